using System.CommandLine;
using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Dossier.Cli.Terminal;
using Dossier.Model;
using Dossier.Output;
using Dossier.Pipeline;
using Dossier.Store;

namespace Dossier.Cli;

/// <summary>
/// `dossier compare STORY [--json] [--db FILE]` or `dossier compare PATHS... [--json]`: how the outlets of a story
/// differ. A story id is looked up in the store that `analyze` wrote; paths are analysed on the spot and every
/// story told by two or more independent sources is compared.
/// </summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var target = new Argument<string[]>("story-or-paths") { Description = "A story id from `dossier analyze` (s1, s2, …), or files and folders to analyse on the spot.", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print the comparison as JSON: the `compare` section of stories.json with the story id and title; an object for a story id, a list of them for paths." };
        var db = new Option<string>("--db") { Description = "The store to look a story id up in: an SQLite file, or postgres://user:pass@host:port/db.", DefaultValueFactory = _ => "dossier.db" };
        var cmd = new Command("compare", "How the outlets of a story differ: facts all report, facts only some report, disagreements, quotes given differently.") { target, json, db };
        cmd.SetAction(parse =>
        {
            var args = parse.GetValue(target)!;
            var dbPath = parse.GetValue(db)!;
            var byId = args is [var id] && !File.Exists(id) && !Directory.Exists(id);
            var (stories, articles, code) = byId ? FromStore(args[0], dbPath) : FromPaths(args);
            if (stories.IsEmpty) return code;
            if (!parse.GetValue(json))
                foreach (var s in stories) Console.WriteLine(MarkdownReport.WriteComparison(s, articles));
            else if (byId)
                Console.WriteLine(ComparisonJson.Write(stories[0]));
            else
                Console.WriteLine("[" + string.Join(",\n", stories.Select(ComparisonJson.Write)) + "]");
            return ExitCodes.Ok;
        });
        return cmd;
    }

    private static (ImmutableArray<Story>, IReadOnlyDictionary<string, Article>, int) FromPaths(string[] paths)
    {
        var (articles, code) = ArticleLoader.Load(paths);
        if (articles.Count == 0) return ([], new Dictionary<string, Article>(), code);
        var pipeline = new DossierPipeline();
        var stories = pipeline.BuildStories([.. articles.Select(a => pipeline.Annotate(a))]);
        var compared = stories.Where(s => s.Comparison.IndependentSources >= 2).ToImmutableArray();
        return (compared.IsEmpty ? stories : compared, articles.ToDictionary(a => a.Id), ExitCodes.Ok);
    }

    private static (ImmutableArray<Story>, IReadOnlyDictionary<string, Article>, int) FromStore(string id, string dbPath)
    {
        var none = new Dictionary<string, Article>();
        if (!ArticleStores.IsPostgres(dbPath) && !File.Exists(dbPath))
        {
            Reporter.Error($"\"{id}\" is neither a file nor a folder, and there is no store at {dbPath} to look it up as a story id (run `dossier analyze` first, or give --db)");
            return ([], none, ExitCodes.Usage);
        }
        using var store = ArticleStores.OpenReadOnly(dbPath);
        if (store.LoadStoryJson(id) is not { } json || JsonNode.Parse(json) is not JsonObject doc)
        {
            var known = store.LoadStories().Select(s => s.Id).Take(20);
            Reporter.Error($"no story \"{id}\" in {dbPath} (and no such file or folder); stories there: {string.Join(", ", known)}");
            return ([], none, ExitCodes.Usage);
        }
        var ids = Strings(doc["articles"]);
        var articles = ids.Select(store.LoadArticle).OfType<Article>().ToList();
        var events = (doc["events"] as JsonArray ?? []).OfType<JsonObject>()
            .Select(e => new Event((string?)e["id"] ?? "", (string?)e["title"] ?? "", DateValue.ParseIso((string?)e["date"]), [.. Strings(e["articles"])]))
            .ToList();
        var pipeline = new DossierPipeline();
        var comparison = pipeline.Compare([.. articles.Select(a => pipeline.Annotate(a))], events);
        var story = new Story(id, (string?)doc["title"] ?? id, [.. articles.Select(a => a.Id)], [.. events], [], [], [], []) { Comparison = comparison };
        return ([story], articles.ToDictionary(a => a.Id), ExitCodes.Ok);
    }

    private static List<string> Strings(JsonNode? array) => [.. (array as JsonArray ?? []).Select(n => (string?)n).OfType<string>()];
}
