using System.Collections.Immutable;
using Dossier.Model;

namespace Dossier.Quotes;

/// <summary>A person named in the article: the fullest written form, its comparison key and the titles seen with it.</summary>
internal sealed record PersonName(string Display, string[] Key, ImmutableHashSet<string> Titles)
{
    /// <summary>'m' or 'f' when a title tells ("Mr.", "spokeswoman"), else null.</summary>
    public char? Gender =>
        Titles.Any(QuoteLexicon.MaleTitles.Contains) == Titles.Any(QuoteLexicon.FemaleTitles.Contains) ? null
        : Titles.Any(QuoteLexicon.MaleTitles.Contains) ? 'm' : 'f';
}

/// <summary>Where a person is named in the text.</summary>
internal sealed record PersonOccurrence(TextSpan Span, PersonName Person);

/// <summary>
/// The people an article names, from the entity recogniser's person mentions when it gives them, and from the
/// article's own capitalised names otherwise (titled names, names after a role noun, names that speak), because the
/// recogniser may miss names and the quote stage must stand on its own.
/// </summary>
internal sealed class NameIndex
{
    private readonly List<PersonName> _people = [];
    private readonly List<PersonOccurrence> _occurrences = [];

    public IReadOnlyList<PersonOccurrence> Occurrences => _occurrences;

    public static NameIndex Build(QuoteContext c, IEnumerable<SpeakerPhrase> speakers)
    {
        var index = new NameIndex();
        foreach (var m in c.Mentions.Where(m => m.Type == EntityType.Person && !m.IsRole && m.ArticleId == c.Article.Id))
            index.Add(m.Text, []);
        var runs = NameRuns(c).ToList();
        foreach (var (first, last, titles) in runs)
        {
            var before = c.Lower(first - 1);
            var titled = titles.Any(NameWords.IsTitle) || NameWords.IsTitle(before) && !c[first - 1].IsCapitalized;
            var name = c.Slice(NameWords.Span(c, first + titles.Length, last));
            if (titled && !NameWords.HasOrgWord(name))
                index.Add(name, NameWords.IsTitle(before) ? [.. titles, before] : titles);
        }
        foreach (var s in speakers.Where(s => s.Kind == SpeakerKind.Name && s.NameSpan is not null))
        {
            var name = c.Slice(s.NameSpan!.Value);
            if (NameWords.Key(name).Length >= 2 && !NameWords.HasOrgWord(name)) index.Add(name, []);
        }
        index.MergeTitles();
        foreach (var (first, last, titles) in runs)
        {
            var span = NameWords.Span(c, first + titles.Length, last);
            if (!c.InsideQuote(span.Start) && index.Find(c.Slice(span)) is { } p) index._occurrences.Add(new PersonOccurrence(span, p));
        }
        foreach (var m in c.Mentions.Where(m => m.Type == EntityType.Person && !m.IsRole && m.ArticleId == c.Article.Id))
            if (!c.InsideQuote(m.Span.Start) && !index._occurrences.Any(o => o.Span.Overlaps(m.Span)) && index.Find(m.Text) is { } p)
                index._occurrences.Add(new PersonOccurrence(m.Span, p));
        index._occurrences.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return index;
    }

    /// <summary>The fullest known form of the person a (partial) name refers to: "al-Assad" → "Bashar al-Assad".</summary>
    public PersonName? Find(string name)
    {
        var key = NameWords.Key(name);
        return _people.Where(p => NameWords.Compatible(key, p.Key))
            .OrderByDescending(p => p.Key.Length).FirstOrDefault();
    }

    /// <summary>The person last named before <paramref name="position"/> who holds the title ("the minister" → Walid al-Moallem).</summary>
    public PersonName? ByTitle(string title, int position)
    {
        var titles = QuoteLexicon.RoleSynonyms.TryGetValue(title, out var more) ? [title, .. more] : new[] { title };
        for (var i = _occurrences.Count - 1; i >= 0; i--)
            if (_occurrences[i].Span.Start < position && titles.Any(_occurrences[i].Person.Titles.Contains)) return _occurrences[i].Person;
        return null;
    }

    private void Add(string written, IEnumerable<string> titles)
    {
        var display = NameWords.Display(written);
        var words = display.Split(' ');
        var t = words.TakeWhile(w => NameWords.IsTitle(w.ToLowerInvariant())).Count();
        display = string.Join(' ', words.Skip(t));
        var key = NameWords.Key(display);
        if (key.Length == 0) return;
        var all = titles.Concat(words.Take(t)).Select(w => w.ToLowerInvariant()).ToImmutableHashSet();
        _people.Add(new PersonName(display, key, all));
    }

    // a person's titles are pooled over every form of the name ("Foreign Minister Walid al-Moallem" … "Mr. al-Moallem")
    private void MergeTitles()
    {
        var merged = _people.Select(p => p with
        {
            Titles = _people.Where(q => NameWords.Compatible(q.Key, p.Key) || NameWords.Compatible(p.Key, q.Key))
                .SelectMany(q => q.Titles).ToImmutableHashSet(),
        }).ToList();
        _people.Clear();
        _people.AddRange(merged);
    }

    /// <summary>Maximal runs of name words, with the leading title words split off.</summary>
    private static IEnumerable<(int First, int Last, string[] Titles)> NameRuns(QuoteContext c)
    {
        for (var i = 0; i < c.Count; i++)
        {
            if (!NameWords.IsNamePart(c, i)) continue;
            var j = i;
            while (NameWords.IsNamePart(c, j + 1)) j++;
            var n = NameWords.TitleCount(c, i, j + 1);
            if (i + n <= j) yield return (i, j, [.. Enumerable.Range(i, n).Select(k => c.Lower(k))]);
            i = j;
        }
    }
}
