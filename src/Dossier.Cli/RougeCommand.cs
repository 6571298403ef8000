using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Dossier.Eval.Rouge;

namespace Dossier.Cli;

/// <summary>
/// `dossier rouge`: ROUGE-1.5.5 with its options, letters and defaults, on either a ROUGE XML configuration
/// (--config) or two folders matched by file name (--models, --peers). Prints exactly what ROUGE-1.5.5 prints.
/// </summary>
internal static class RougeCommand
{
    public static Command Create()
    {
        var config = new Option<string?>("--config", "-e") { HelpName = "file", Description = "ROUGE XML configuration (ROUGE-EVAL/EVAL/MODELS/PEERS), as given to ROUGE-1.5.5.pl. (ROUGE's own -e names its data folder; here the data is built in.)" };
        var models = new Option<string?>("--models") { HelpName = "dir", Description = "Folder of model (reference) summaries; with --config it replaces every MODEL-ROOT." };
        var peers = new Option<string?>("--peers") { HelpName = "dir", Description = "Folder of peer (system) summaries; with --config it replaces every PEER-ROOT." };
        var modelPattern = new Option<string?>("--model-pattern") { Description = $"Regex with groups 'topic' and 'id' for model file names (default {RougeDirectoryMatcher.DefaultPattern})." };
        var peerPattern = new Option<string?>("--peer-pattern") { Description = "Regex with groups 'topic' and 'id' for peer file names (default as for models)." };
        var system = new Option<string?>("--system") { HelpName = "id", Description = "Evaluate only this peer id (ROUGE's systemID argument); default all (-a)." };
        var all = new Option<bool>("-a") { Description = "Evaluate all systems (the default here)." };
        var n = new Option<int>("-n") { HelpName = "N", Description = "Compute ROUGE-N for N = 1..n." };
        var noLcs = new Option<bool>("-x") { Description = "Do not compute ROUGE-L." };
        var stem = new Option<bool>("-m") { Description = "Stem with ROUGE's Porter stemmer (and its WordNet exceptions)." };
        var stop = new Option<bool>("-s") { Description = "Remove ROUGE's stopwords (SMART common words)." };
        var words = new Option<int>("-l") { HelpName = "words", Description = "Use only the first n words of each summary." };
        var bytes = new Option<int>("-b") { HelpName = "bytes", Description = "Use only the first n bytes of each summary." };
        var skip = new Option<int?>("-2") { HelpName = "gap", Description = "Compute ROUGE-S with this maximum gap (negative: no limit)." };
        var withUni = new Option<bool>("-u") { Description = "ROUGE-SU: count unigrams with the skip-bigrams (needs -2)." };
        var both = new Option<bool>("-U") { Description = "Both ROUGE-S and ROUGE-SU (needs -2)." };
        var weight = new Option<string?>("-w") { HelpName = "weight", Description = "Compute ROUGE-W with this weight (e.g. 1.2)." };
        var formula = new Option<string>("-f") { HelpName = "A|B", Description = "Scoring formula: A = pool over models, B = best model.", DefaultValueFactory = _ => "A" };
        var alpha = new Option<double>("-p") { HelpName = "alpha", Description = "F-measure weight of precision against recall (0..1).", DefaultValueFactory = _ => 0.5 };
        var conf = new Option<string>("-c") { HelpName = "percent", Description = "Confidence interval, percent.", DefaultValueFactory = _ => "95" };
        var resamples = new Option<int>("-r") { HelpName = "count", Description = "Bootstrap resamples.", DefaultValueFactory = _ => 1000 };
        var unit = new Option<int>("-t") { HelpName = "0|1|2", Description = "0: average per-summary scores; 1: pool counts; 2: print raw counts." };
        var perEval = new Option<bool>("-d") { Description = "Print every topic's score." };
        var jackknife = new Option<bool>("--jackknife") { Description = "Not in ROUGE-1.5.5: a topic's score is the mean over its leave-one-out model sets (NIST's DUC scoring)." };
        var timing = new Option<bool>("--time") { Description = "Print the elapsed time to stderr." };
        // ROUGE-1.5.5.pl's own positional form: <config> [<systemID>], so its command lines work unchanged.
        var positional = new Argument<string[]>("config-and-system") { Description = "ROUGE's positional form: CONFIG.xml [SYSTEM-ID].", Arity = new ArgumentArity(0, 2) };

        var cmd = new Command("rouge", "ROUGE-1.5.5, reproduced to the last printed digit: ROUGE-N/L/W/S/SU with bootstrap confidence intervals.")
        {
            config, models, peers, modelPattern, peerPattern, system, all, n, noLcs, stem, stop, words, bytes, skip, withUni, both,
            weight, formula, alpha, conf, resamples, unit, perEval, jackknife, timing, positional,
        };
        cmd.SetAction(parse =>
        {
            var watch = Stopwatch.StartNew();
            var rest = parse.GetValue(positional) ?? [];
            var configPath = parse.GetValue(config) ?? rest.FirstOrDefault();
            var onlySystem = parse.GetValue(system) ?? (rest.Length > 1 ? rest[1] : null);
            var modelDir = parse.GetValue(models);
            var peerDir = parse.GetValue(peers);
            if (configPath is null && (modelDir is null || peerDir is null))
                return Fail("give --config FILE, or both --models DIR and --peers DIR");
            if (parse.GetValue(words) != 0 && parse.GetValue(bytes) != 0)
                return Fail("Please specify length limit in words or bytes but not both.");
            var a = parse.GetValue(alpha);
            if (a is < 0 or > 1) return Fail("Relative importance of ROUGE recall and precision has to be between 0 and 1 inclusively.");
            var confText = parse.GetValue(conf)!;
            if (!double.TryParse(confText, NumberStyles.Float, CultureInfo.InvariantCulture, out var c) || c is < 0 or > 100)
                return Fail("Confidence interval should be within 0 and 100.");
            double? w = null;
            var weightText = parse.GetValue(weight);
            if (weightText is not null)
            {
                if (!double.TryParse(weightText, NumberStyles.Float, CultureInfo.InvariantCulture, out var wv) || wv <= 0)
                    return Fail("ROUGE-W weight factor must greater than 0.");
                w = wv;
            }
            var t = parse.GetValue(unit);
            var options = new RougeOptions
            {
                MaxNGram = parse.GetValue(n),
                ComputeLcs = !parse.GetValue(noLcs),
                WlcsWeight = w,
                SkipDistance = parse.GetValue(skip),
                SkipUnigrams = parse.GetValue(withUni),
                SkipBothVariants = parse.GetValue(both) && !parse.GetValue(withUni),
                Stem = parse.GetValue(stem),
                RemoveStopwords = parse.GetValue(stop),
                WordLimit = parse.GetValue(words),
                ByteLimit = parse.GetValue(bytes),
                BestModel = string.Equals(parse.GetValue(formula), "B", StringComparison.Ordinal),
                Alpha = a,
                Confidence = c,
                ConfidenceText = confText,
                Resamples = parse.GetValue(resamples),
                // ROUGE treats any -t other than 1 or 2 as 0.
                CountingUnit = t is 1 or 2 ? (RougeCountingUnit)t : RougeCountingUnit.Sentence,
                PerEvalScores = parse.GetValue(perEval),
                Jackknife = parse.GetValue(jackknife),
            };
            try
            {
                var evals = configPath is not null
                    ? RougeConfigReader.Read(configPath, modelDir, peerDir)
                    : RougeDirectoryMatcher.Match(modelDir!, peerDir!, parse.GetValue(modelPattern), parse.GetValue(peerPattern));
                var results = new RougeRunner(options, weightText).Run(evals, onlySystem, m => Console.Error.WriteLine(m));
                Console.Out.Write(RougeReport.Format(results, options));
            }
            catch (Exception e) when (e is IOException or FormatException or System.Xml.XmlException or UnauthorizedAccessException)
            {
                return Fail(e.Message);
            }
            if (parse.GetValue(timing)) Console.Error.WriteLine($"rouge: {watch.Elapsed.TotalSeconds:F1} s");
            return ExitCodes.Ok;
        });
        return cmd;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine("rouge: " + message);
        return ExitCodes.Usage;
    }
}
