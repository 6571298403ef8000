namespace Dossier.Cli;

/// <summary>Exit codes shared by every command.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Usage = 1;
    public const int NothingAnalysed = 2;
}
