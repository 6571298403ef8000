using System.Text.Json;
using Dossier.Tests.Support;

namespace Dossier.Tests.Store;

/// <summary>
/// Files for the concurrent-ingest tests, written into a temporary folder: the five seeds; copies of two seeds under
/// another folder (the same texts at other paths); and 30 JSON-lines wire files of 4 articles each, made of the seeds'
/// paragraphs, every article in four files at different places. So writers that share files, and files that share
/// texts, meet on the same rows all the time.
/// </summary>
internal static class IngestCorpus
{
    public static IReadOnlyList<string> Write(TempDir dir)
    {
        var files = new List<string>();
        var seeds = Directory.GetFiles(TestData.SeedsDir).Order(StringComparer.Ordinal).ToList();
        foreach (var s in seeds) files.Add(Copy(dir, s, "in/seeds/" + Path.GetFileName(s)));
        foreach (var s in seeds.Take(2)) files.Add(Copy(dir, s, "in/copies/" + Path.GetFileName(s)));

        var paragraphs = seeds.Select(s => File.ReadAllText(s).Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Trim()).Where(p => p.Length > 80).ToArray()).ToArray();
        const int Pool = 30;
        var pool = Enumerable.Range(0, Pool).Select(i =>
        {
            var from = paragraphs[i % paragraphs.Length];
            var text = string.Join("\n\n", Enumerable.Range(0, 3).Select(k => from[(i + k) % from.Length]));
            return JsonSerializer.Serialize(new { title = $"Wire report {i}", source = $"Wire {i % 4}", published = $"2015-07-{10 + i % 15}", text = $"Report {i}.\n\n{text}" });
        }).ToArray();
        for (var f = 0; f < Pool; f++)
            files.Add(dir.Write($"in/wire/w{f:00}.jsonl", string.Join("\n", Enumerable.Range(0, 4).Select(k => pool[(f + k * 7) % Pool])) + "\n"));
        return files;
    }

    private static string Copy(TempDir dir, string from, string to)
    {
        var path = dir.File(to);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(from, path);
        return path;
    }

    /// <summary>
    /// Three overlapping shares of the files, each file in two of them, each share in its own order (forward,
    /// backward, odd places then even), so concurrent writers collide on files and on texts.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> Shares(IReadOnlyList<string> files)
    {
        var thirds = Enumerable.Range(0, 3).Select(k => files.Where((_, i) => i % 3 == k).ToList()).ToArray();
        List<string> Share(int k) => [.. thirds[k], .. thirds[(k + 1) % 3]];
        var second = Share(1);
        second.Reverse();
        var third = Share(2);
        return [Share(0), second, [.. third.Where((_, i) => i % 2 == 1), .. third.Where((_, i) => i % 2 == 0)]];
    }
}
