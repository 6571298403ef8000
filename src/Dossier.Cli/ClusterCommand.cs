using System.CommandLine;
using System.Text.Json;
using Dossier.Pipeline;

namespace Dossier.Cli;

/// <summary>`dossier cluster PATHS... [--jsonl]`: each article's event and story.</summary>
internal static class ClusterCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Articles (files or folders, any input format).", Arity = ArgumentArity.OneOrMore };
        var jsonl = new Option<bool>("--jsonl") { Description = "One JSON object per article: {\"path\", \"id\", \"event\", \"story\"}." };
        var cmd = new Command("cluster", "Group articles into events and events into stories, as analyze does.") { paths, jsonl };
        cmd.SetAction(parse =>
        {
            var (articles, code) = ArticleLoader.Load(parse.GetValue(paths)!);
            if (articles.Count == 0) return code;
            var pipeline = new DossierPipeline();
            var stories = pipeline.Cluster([.. articles.Select(a => pipeline.Annotate(a))]);
            var place = stories.SelectMany(s => s.Events.SelectMany(e => e.ArticleIds.Select(id => (id, Event: e, Story: s))))
                .ToDictionary(x => x.id);
            foreach (var a in articles)
            {
                var (_, e, s) = place[a.Id];
                Console.WriteLine(parse.GetValue(jsonl)
                    ? JsonSerializer.Serialize(new { path = a.Path, id = a.Id, @event = e.Id, story = s.Id })
                    : $"{s.Id}\t{e.Id}\t{a.Id}\t{a.Path}\t{Output.Outlets.Name(a)}\t{a.Title ?? ""}");
            }
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
