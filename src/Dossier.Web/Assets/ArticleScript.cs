namespace Dossier.Web.Assets;

/// <summary>
/// An article: its clean text with each sentence that a story cites marked and linked back to the story,
/// the boilerplate lines cleaning cut (with the rule), and its near-duplicates. Its URL is shown as text,
/// never as a link, since it comes from the page itself.
/// </summary>
internal static class ArticleScript
{
    public const string Text = """
        api('/api/articles/' + encodeURIComponent(pageId)).then(render, fail);

        function render(a) {
          document.title = (a.title || a.id) + ' · Dossier';
          const text = el('div', { class: 'text', id: 'text' });
          let at = 0;
          for (const s of a.sentences) {
            if (s.start > at) text.append(a.text.slice(at, s.start));
            const links = s.links || [];
            text.append(el('span', { class: 'sent' + (links.length ? ' linked' : ''), id: 's-' + s.index, 'data-sentence': s.index,
              title: links.map(l => describe(l)).join('\n') || null }, a.text.slice(s.start, s.end)));
            links.forEach(l => text.append(el('a', { class: 'cite', href: storyHref(l.story, l.kind + '-' + l.item), title: describe(l) }, l.kind === 'summary' ? 'Σ' : l.kind === 'timeline' ? 'T' : '❝')));
            at = Math.max(at, s.end);
          }
          if (at < a.text.length) text.append(a.text.slice(at));
          const facts = [['Outlet', a.outlet], ['Published', a.published || 'not given'], ['Byline', a.byline], ['Address', a.url], ['File', a.path + ' (' + a.format + ')'],
            ['Other dates on the page', a.pageDates.join(', ')], ['Truncated', a.truncated ? 'yes, it stops mid-sentence' : null]].filter(f => f[1]);
          show(
            el('h1', { id: 'article-title' }, a.title || a.id),
            el('table', { class: 'facts' }, el('tbody', {}, facts.map(([k, v]) => el('tr', {}, el('th', {}, k), el('td', {}, v))),
              a.fragmentOf ? el('tr', {}, el('th', {}, 'Split from'), el('td', {}, el('a', { href: articleHref(a.fragmentOf) }, a.fragmentOf))) : null)),
            el('p', { class: 'meta' }, 'In ', a.stories.length ? a.stories.map((s, k) => [k ? ', ' : '', el('a', { href: storyHref(s.id), class: 'story-link' }, s.title || s.id)]) : 'no story'),
            el('h2', {}, 'Text'),
            el('p', { class: 'meta' }, 'Marked sentences are used by the story (Σ summary, T timeline, ❝ quote); follow the mark to see where.'),
            text,
            el('h2', {}, 'Removed as boilerplate'),
            a.removed.length ? el('ul', { class: 'removed', id: 'removed' }, a.removed.map(r => el('li', {}, r.line, el('span', { class: 'rule' }, r.rule)))) : el('p', { class: 'meta' }, 'Nothing.'),
            el('h2', {}, 'Near-duplicates'),
            a.nearDuplicates.length ? el('ul', { id: 'duplicates' }, a.nearDuplicates.map(d => el('li', {}, el('a', { href: articleHref(d.id) }, d.title || d.id),
              el('span', { class: 'meta' }, ' ' + d.outlet + ' · ' + d.relation + ' · ' + Math.round(d.overlap * 100) + '% shared wording')))) : el('p', { class: 'meta' }, 'None among the articles of its stories.'));
          ready();
        }

        function describe(l) {
          return (l.kind === 'summary' ? 'Summary sentence ' + (l.item + 1) : l.kind === 'timeline' ? 'Timeline, ' + l.date : 'Quote of ' + (l.speaker || 'an unknown speaker')) + ' in “' + (l.storyTitle || l.story) + '”';
        }

        """;
}
