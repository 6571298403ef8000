namespace Dossier.Pipeline;

/// <summary>
/// The catalogue of input errors. Each code has one meaning, so the CLI, the store and the reports
/// say the same thing about the same failure, and a user can search for it.
/// </summary>
public static class DossierError
{
    public const string Empty = "E001";
    public const string Binary = "E002";
    public const string TruncatedGzip = "E003";
    public const string Undecodable = "E004";
    public const string Unparsable = "E005";
    public const string NoArticleText = "E006";
    public const string Unreadable = "E007";
    public const string TooLarge = "E008";

    public static string Describe(string code) => code switch
    {
        Empty => "empty file",
        Binary => "binary file, not text or HTML",
        TruncatedGzip => "truncated or corrupt gzip data",
        Undecodable => "text encoding could not be decoded",
        Unparsable => "could not be parsed",
        NoArticleText => "no article text found",
        Unreadable => "file could not be read",
        TooLarge => "file too large",
        _ => "error",
    };
}
