using Dossier.Model;

namespace Dossier.Entities;

/// <summary>
/// A role phrase found in tokens [<see cref="Start"/>, <see cref="End"/>): the country it is of (when the text says)
/// and its canonical role. "the Syrian minister of foreign affairs" → (Syria, "foreign minister").
/// </summary>
internal sealed record RoleMatch(int Start, int End, string? Country, string Role)
{
    /// <summary>The key a role is linked on: roles and titles with equal keys name the same office.</summary>
    public string Key => RoleKey(Country, Role);

    public static string RoleKey(string? country, string role) => (country ?? "?").ToLowerInvariant() + "|" + role;
}

/// <summary>
/// Reads role phrases: an optional "the", modifiers ("top"), a nationality or "Country's", and a role from
/// <see cref="EntityVocabulary.Roles"/>. The same grammar finds stand-alone roles for the recogniser and the
/// titles in front of names the merger learns from, so both sides normalise a role the same way.
/// </summary>
internal static class RolePhrase
{
    /// <summary>The role phrase starting at token <paramref name="i"/>, or null.</summary>
    public static RoleMatch? Match(IReadOnlyList<Token> tokens, int i, bool requireCountry)
    {
        var j = i;
        if (j < tokens.Count && tokens[j].Text.Equals("the", StringComparison.OrdinalIgnoreCase)) j++;
        var modifiers = new List<string>();
        TakeModifiers(tokens, ref j, modifiers);
        string? country = null;
        var hasCountry = false;
        if (MatchCountry(tokens, j) is (int len, var c))
        {
            country = c;
            hasCountry = true;
            j += len;
        }
        TakeModifiers(tokens, ref j, modifiers);
        // "the minister" alone says too little to stand for a person; a stand-alone role must say whose it is.
        if (requireCountry && !hasCountry) return null;
        var window = tokens.Skip(j).Take(EntityVocabulary.MaxRoleWords).TakeWhile(t => t.IsWord).Select(t => t.Text).ToList();
        if (MatchRole(window, 0) is not (int roleLen, var phrase)) return null;
        var withModifiers = string.Join(' ', modifiers.Append(phrase));
        var role = EntityVocabulary.Roles.GetValueOrDefault(withModifiers) ?? EntityVocabulary.Roles[phrase];
        // a former minister is another person than the minister
        if (modifiers.Contains("former")) role = "former " + role;
        return new RoleMatch(i, j + roleLen, country, role);
    }

    /// <summary>The longest role phrase at word <paramref name="i"/>: how many words it spans and its lower-case text.</summary>
    public static (int Length, string Phrase)? MatchRole(IReadOnlyList<string> words, int i)
    {
        for (var n = Math.Min(EntityVocabulary.MaxRoleWords, words.Count - i); n >= 1; n--)
        {
            var phrase = string.Join(' ', words.Skip(i).Take(n)).ToLowerInvariant();
            if (EntityVocabulary.Roles.ContainsKey(phrase)) return (n, phrase);
        }
        return null;
    }

    /// <summary>A nationality ("Syrian"), a country used attributively ("US") or possessively ("Syria's"), or "the country's".</summary>
    private static (int Length, string? Country)? MatchCountry(IReadOnlyList<Token> tokens, int j)
    {
        if (j >= tokens.Count) return null;
        if (tokens[j].Text.Equals("country", StringComparison.OrdinalIgnoreCase) && IsPossessive(tokens, j + 1))
            return (2, null);
        if (!tokens[j].IsCapitalized) return null;
        for (var n = Math.Min(3, tokens.Count - j); n >= 1; n--)
        {
            var span = tokens.Skip(j).Take(n).ToList();
            if (span.Any(t => !t.IsWord)) continue;
            if (Gazetteer.Lookup(string.Join(' ', span.Select(t => t.Text))) is not { Country: string country } entry) continue;
            var possessive = entry.Type == EntityType.Location && IsPossessive(tokens, j + n);
            return (n + (possessive ? 1 : 0), country);
        }
        return null;
    }

    private static bool IsPossessive(IReadOnlyList<Token> tokens, int j) =>
        j < tokens.Count && tokens[j].Text is "'s" or "'S" or "'";

    private static void TakeModifiers(IReadOnlyList<Token> tokens, ref int j, List<string> into)
    {
        while (j < tokens.Count && EntityVocabulary.RolePremodifiers.Contains(tokens[j].Text))
        {
            into.Add(tokens[j].Text.ToLowerInvariant());
            j++;
        }
    }
}
