using System.Collections.Immutable;
using Dossier.Model;

namespace Dossier.Entities;

/// <summary>
/// A mention as the merger sees it: where it sits in the input, the key it is compared on, and for persons
/// the title the text gives them (for roles, the role itself).
/// </summary>
internal sealed record MentionInfo(int Index, int Article, Mention Mention, string Key, ImmutableArray<string> Words, GazetteerEntry? Known, RoleMatch? Role)
{
    public EntityType Type => Mention.Type;

    public bool IsRole => Mention.IsRole;

    /// <summary>Typed by default, not by evidence: may join a cluster of another type.</summary>
    public bool IsWeak => Mention.Rule is Rules.CapSingle or Rules.Acronym;

    public bool IsName => !IsRole;

    public static List<MentionInfo> Collect(IReadOnlyList<AnnotatedArticle> articles)
    {
        var all = new List<MentionInfo>();
        for (var a = 0; a < articles.Count; a++)
        {
            var tokens = TitleContext.TokensOf(articles[a]);
            var found = articles[a].Mentions;
            if (found.IsDefault) continue;
            foreach (var m in found.OrderBy(m => m.Span.Start))
                all.Add(Create(all.Count, a, m, tokens));
        }
        return all;
    }

    private static MentionInfo Create(int index, int article, Mention m, IReadOnlyList<Token> tokens)
    {
        if (m.IsRole)
        {
            var role = RolePhrase.Match(Dossier.Text.Tokenizer.Tokenize(m.Text), 0, requireCountry: false);
            var key = role is null ? "role:" + NameKey.Of(m.Text) : "role:" + role.Key;
            return new MentionInfo(index, article, m, key, NameKey.Words(m.Text), null, role);
        }
        // gazetteer names key on their canonical form, so "US", "U.S." and "United States" meet
        var known = m.Type == EntityType.Person ? null : Gazetteer.Lookup(m.Text);
        var words = NameKey.Words(known?.Canonical ?? m.Text);
        var title = m.Type == EntityType.Person || m.Rule is Rules.CapSingle ? TitleContext.Of(m, tokens) : null;
        return new MentionInfo(index, article, m, string.Join(' ', words), words, known, title);
    }
}
