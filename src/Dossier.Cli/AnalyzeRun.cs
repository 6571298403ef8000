using System.Collections.Immutable;
using Dossier.Cli.Terminal;
using Dossier.Model;
using Dossier.Output;
using Dossier.Pipeline;
using Dossier.Store;
using Spectre.Console;

namespace Dossier.Cli;

/// <summary>
/// One `analyze` run: ingest every input file into the store (one transaction per file), then analyse
/// every stored article and write the outputs. Analysis covers the whole store, so a desk can add folders
/// run after run and always get the stories of everything it has.
/// </summary>
internal sealed class AnalyzeRun(string[] paths, string dbPath, string outDir, Reporter reporter)
{
    public int Execute()
    {
        if (ArticleLoader.Files(paths) is not { } files) return ExitCodes.Usage;
        var pipeline = new DossierPipeline();
        IArticleStore store;
        try { store = ArticleStores.Open(dbPath); }
        catch (StoreUnavailableException e)
        {
            Reporter.Error(e.Message);
            return ExitCodes.Usage;
        }
        using var _ = store;
        var (result, fromThisRun, added) = reporter.WithProgress(progress =>
        {
            var (rejected, seen, newCount) = Ingest(files, pipeline, store, progress.Task("Reading articles"));
            // One analysis at a time per store: with several processes ingesting, the last to analyse sees every article.
            using var analysing = store.LockAnalysis();
            var articles = store.LoadArticles();
            var annotate = progress.Task("Finding entities, dates and quotes");
            var annotated = new List<AnnotatedArticle>(articles.Length);
            foreach (var a in articles)
            {
                annotated.Add(pipeline.Annotate(a, w => Reporter.Error("warning: " + w)));
                annotate(annotated.Count, articles.Length);
            }
            var stories = pipeline.BuildStories(annotated, progress.Task("Building stories"));
            var r = new AnalysisResult(articles, rejected, stories);
            var write = progress.Task("Writing outputs");
            Write(r, store);
            write(1, 1);
            return (r, seen, newCount);
        });
        foreach (var r in result.Rejected) Reporter.Error($"rejected {r.Path}: {r.Reason} ({r.Code})");
        reporter.Info($"[green]{added}[/] new article(s), {result.Articles.Length} in the store, [green]{result.Stories.Length}[/] stories, {result.Rejected.Length} rejected.");
        reporter.Info($"Wrote [blue]{Markup.Escape(Path.Combine(outDir, "stories.json"))}[/], report.md and report.html.");
        if (fromThisRun == 0)
        {
            Reporter.Error("nothing could be analysed in the given paths");
            return ExitCodes.NothingAnalysed;
        }
        return ExitCodes.Ok;
    }

    private static (ImmutableArray<Rejection> Rejected, int Seen, int Added) Ingest(IReadOnlyList<string> files, DossierPipeline pipeline, IArticleStore store, Action<int, int> progress)
    {
        var rejected = ImmutableArray.CreateBuilder<Rejection>();
        int seen = 0, added = 0, done = 0;
        foreach (var file in files)
        {
            var (articles, fileRejected) = pipeline.ReadFile(file);
            rejected.AddRange(fileRejected);
            seen += articles.Length;
            added += store.AddArticles(articles);
            progress(++done, files.Count);
        }
        return (rejected.ToImmutable(), seen, added);
    }

    /// <summary>Writes each output to a temporary name first, so an interrupted run never leaves half a file.</summary>
    private void Write(AnalysisResult result, IArticleStore store)
    {
        Directory.CreateDirectory(outDir);
        WriteAtomically(Path.Combine(outDir, "stories.json"), StoriesJson.Write(result));
        WriteAtomically(Path.Combine(outDir, "report.md"), MarkdownReport.Write(result));
        WriteAtomically(Path.Combine(outDir, "report.html"), HtmlReport.Write(result));
        var byId = result.Articles.ToDictionary(a => a.Id);
        store.SaveStories(result.Stories.Select(s => (s.Id, s.Title, StoriesJson.WriteStory(s, byId))));
    }

    private static void WriteAtomically(string path, string content)
    {
        var tmp = path + ".tmp";
        File.WriteAllText(tmp, content);
        File.Move(tmp, path, overwrite: true);
    }
}
