using System.Collections.Immutable;
using Dossier.Model;
using Dossier.Text;

namespace Dossier.Compare;

/// <summary>
/// A statement with what comparison reads: its article (and that article's place among the story's), its tokens, its outlet group (articles that count as one independent
/// source), its content terms (stems and entity keys) and, once the story's IDF is known, its weighted vector.
/// </summary>
internal sealed record StatementUnit(int Index, Statement Statement, Article Article, int ArticleIndex, int Group, ImmutableArray<Token> Tokens, ImmutableArray<string> Terms)
{
    public TermVector Vector { get; init; } = TermVector.Empty;

    /// <summary>Content stems only, without entity keys: what two statements' wordings share.</summary>
    public IEnumerable<string> Stems => Terms.Where(t => !t.StartsWith(EntityPrefix, StringComparison.Ordinal));

    public const string EntityPrefix = "E:";

    /// <summary>The figures in the statement (numbers that are not years), as written without separators.</summary>
    public IReadOnlySet<string> Figures => _figures ??= Quantity.Numbers(Tokens).Where(n => !IsYear(Tokens[n.Index].Text)).Select(n => n.Text).ToHashSet();

    private IReadOnlySet<string>? _figures;

    /// <summary>A four-digit number from 1800 to 2100 written without separators: a year, not a figure.</summary>
    public static bool IsYear(string s) => s.Length == 4 && int.TryParse(s, out var y) && y is >= 1800 and <= 2100;

    /// <summary>
    /// Content words and numbers, stemmed and lower-cased; stopwords, punctuation and the scaffolding of attribution
    /// ("said", "told", "spokesman", "declined to comment") left out: two statements do not say the same thing because
    /// both report that someone spoke.
    /// </summary>
    public static IEnumerable<string> ContentStems(IEnumerable<Token> tokens) =>
        tokens.Where(t => (t.IsWord && t.Text.Length > 1 && !Stopwords.Contains(t.Text.ToLowerInvariant())) || t.Kind == TokenKind.Number)
              .Select(t => t.Kind == TokenKind.Number ? t.Text : Stemmer.Stem(t.Text.ToLowerInvariant()))
              .Where(s => !Scaffolding.Contains(s));

    private static readonly HashSet<string> Scaffolding = [.. new[]
    {
        "say", "said", "says", "saying", "told", "tell", "tells", "add", "added", "adds", "comment", "comments", "declined", "spokesman",
        "spokeswoman", "spokesperson", "statement", "according", "asked", "interview", "quoted", "reported", "reporters",
    }.Select(Stemmer.Stem)];
}
