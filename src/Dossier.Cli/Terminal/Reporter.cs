using Spectre.Console;

namespace Dossier.Cli.Terminal;

/// <summary>
/// Where the CLI talks to the user. On a terminal it shows progress and a closing summary; with stdout
/// redirected, stdout stays clean for data and the closing summary goes to stderr as plain text, with the errors.
/// </summary>
internal sealed class Reporter
{
    public bool Interactive { get; } = !System.Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    public static void Error(string message) => System.Console.Error.WriteLine("dossier: " + message);

    /// <summary>Runs <paramref name="work"/> with a progress display when interactive, or plainly otherwise.</summary>
    public T WithProgress<T>(Func<IProgressSink, T> work)
    {
        if (!Interactive) return work(new NullProgress());
        return AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .Start(ctx => work(new SpectreProgress(ctx)));
    }

    public void Info(string markupText)
    {
        if (Interactive) AnsiConsole.MarkupLine(markupText);
        else System.Console.Error.WriteLine(Markup.Remove(markupText));
    }
}

/// <summary>A named task whose progress can be advanced.</summary>
internal interface IProgressSink
{
    Action<int, int> Task(string description);
}

internal sealed class NullProgress : IProgressSink
{
    public Action<int, int> Task(string description) => (_, _) => { };
}

internal sealed class SpectreProgress(ProgressContext ctx) : IProgressSink
{
    public Action<int, int> Task(string description)
    {
        var task = ctx.AddTask(Markup.Escape(description), maxValue: 1);
        return (done, total) =>
        {
            task.MaxValue = Math.Max(1, total);
            task.Value = done;
        };
    }
}
