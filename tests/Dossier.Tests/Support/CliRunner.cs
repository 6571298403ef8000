using Dossier.Cli;

namespace Dossier.Tests.Support;

/// <summary>Runs the CLI in-process as a user would, capturing stdout. Tests that use it share the "Console" collection,
/// since the console is one for the whole process.</summary>
public static class CliRunner
{
    public static (int Exit, string Stdout) Run(params string[] args)
    {
        var saved = Console.Out;
        var captured = new StringWriter();
        Console.SetOut(captured);
        try
        {
            var exit = DossierCli.Root().Parse(args).Invoke();
            return (exit, captured.ToString());
        }
        finally
        {
            Console.SetOut(saved);
        }
    }
}

[CollectionDefinition("Console", DisableParallelization = true)]
public sealed class ConsoleCollection;
