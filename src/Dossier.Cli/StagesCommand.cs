using System.CommandLine;
using Dossier.Pipeline;

namespace Dossier.Cli;

/// <summary>`dossier stages`: prints the pipeline order.</summary>
internal static class StagesCommand
{
    public static Command Create()
    {
        var cmd = new Command("stages", "Print the pipeline's stages in the order they run.");
        cmd.SetAction(_ =>
        {
            foreach (var s in DossierPipeline.StageNames) Console.WriteLine(s);
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
