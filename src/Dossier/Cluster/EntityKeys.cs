using System.Collections.Frozen;
using System.Collections.Immutable;
using Dossier.Model;
using Dossier.Text;

namespace Dossier.Cluster;

/// <summary>
/// The names an article talks about, as lower-case one-word keys ("Bashar al-Assad" → "bashar", "assad"), so that
/// "al-Assad", "Assad" and "President Bashar Assad" meet. Uses the recogniser's mentions when the article has any;
/// otherwise (the recogniser runs in parallel and may not have) capitalised words that do not open a sentence,
/// a quotation or a clause after a colon.
/// </summary>
internal static class EntityKeys
{
    /// <summary>Capitalised words that are part of many names but identify none (titles and offices).</summary>
    private static readonly FrozenSet<string> TitleWords = new[]
    {
        "president", "vice", "minister", "ministers", "foreign", "deputy", "prime", "general", "chairman", "secretary",
        "spokesman", "spokeswoman", "chief", "head", "senator", "governor", "king", "queen", "prince", "mayor",
        "mr", "mrs", "ms", "dr", "sir", "incoming", "former",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static ImmutableArray<string> Of(AnnotatedArticle a, ImmutableArray<Token> tokens)
    {
        var names = a.Mentions.Where(m => !m.IsRole).ToList();
        return names.Count > 0
            ? [.. names.SelectMany(m => Tokenizer.Tokenize(m.Text)).Where(t => t.IsWord).Select(t => Key(t.Text)).OfType<string>()]
            : FromCapitals(a.Article, tokens);
    }

    private static ImmutableArray<string> FromCapitals(Article article, ImmutableArray<Token> tokens)
    {
        var keys = ImmutableArray.CreateBuilder<string>();
        var sentences = article.Sentences;
        var s = 0;
        var clauseStart = true;
        foreach (var t in tokens)
        {
            while (s < sentences.Length && t.Span.Start >= sentences[s].Span.End) { s++; clauseStart = true; }
            if (t.Kind == TokenKind.Quote || t.Text is ":" or "—" or "(" or "[")
            {
                clauseStart = true;
                continue;
            }
            if (t.Kind == TokenKind.Punctuation) continue;
            var opens = clauseStart;
            clauseStart = false;
            if (!t.IsWord || opens) continue;
            if (!LooksLikeName(t.Text)) continue;
            if (Key(t.Text) is string key) keys.Add(key);
        }
        return keys.ToImmutable();
    }

    private static bool LooksLikeName(string w) =>
        char.IsUpper(w[0]) || (StripArticle(w) is var core && core.Length < w.Length && core.Length > 0 && char.IsUpper(core[0]));

    /// <summary>The comparable key of a name word, or null for words that name nothing on their own.</summary>
    internal static string? Key(string word)
    {
        var w = StripArticle(word.Replace(".", "", StringComparison.Ordinal)).ToLowerInvariant();
        if (w.Length < 2 || w == "'s" || !w.Any(char.IsLetter)) return null;
        if (Stopwords.Contains(w) || TitleWords.Contains(w)) return null;
        if (Months.ByName.ContainsKey(w) || Months.Weekdays.ContainsKey(w)) return null;
        return w;
    }

    /// <summary>Arabic "al-"/"el-" is spelt with and without its hyphen and capital, so the key drops it.</summary>
    private static string StripArticle(string w) =>
        w.Length > 3 && (w.StartsWith("al-", StringComparison.OrdinalIgnoreCase) || w.StartsWith("el-", StringComparison.OrdinalIgnoreCase))
            ? w[3..]
            : w;
}
