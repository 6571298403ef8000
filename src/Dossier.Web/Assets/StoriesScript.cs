namespace Dossier.Web.Assets;

/// <summary>The stories list: search box (words or entity names, kept in ?q=), then one row per story, newest first.</summary>
internal static class StoriesScript
{
    public const string Text = """
        const input = el('input', { type: 'search', name: 'q', placeholder: 'Search stories by words or names (e.g. Assad, Astana)…', 'aria-label': 'Search stories', id: 'q' });
        input.value = new URLSearchParams(location.search).get('q') || '';
        const count = el('p', { class: 'meta', id: 'count' });
        const body = el('tbody', { id: 'stories' });
        show(el('h1', {}, 'Stories'), el('form', { class: 'search', role: 'search', id: 'search' }, input), count,
          el('table', {}, el('thead', {}, el('tr', {}, ['Story', 'Dates', 'Articles', 'Outlets', 'Who and where'].map(h => el('th', {}, h)))), body));
        document.getElementById('search').addEventListener('submit', e => { e.preventDefault(); load(); });
        let timer;
        input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(load, 200); });
        async function load() {
          delete document.body.dataset.ready;
          const q = input.value.trim();
          history.replaceState(null, '', q ? '/?q=' + encodeURIComponent(q) : '/');
          try {
            const stories = await api('/api/stories' + (q ? '?q=' + encodeURIComponent(q) : ''));
            count.textContent = plural(stories.length, 'story', 'stories') + (q ? ' matching “' + q + '”' : '');
            body.replaceChildren(...stories.map(s => el('tr', { class: 'story-row', 'data-id': s.id, 'data-last': s.last || '' },
              el('td', {}, el('a', { href: storyHref(s.id), class: 'story-link' }, s.title || s.id)),
              el('td', { class: 'dates' }, span(s.first, s.last)),
              el('td', { class: 'n-articles' }, String(s.articles)),
              el('td', { class: 'n-outlets', title: s.outletNames.join(', ') }, String(s.outlets), el('div', { class: 'meta' }, s.outletNames.join(', '))),
              el('td', {}, s.entities.map(n => el('span', { class: 'pill' }, n))))));
          } catch (err) { count.textContent = err.message; }
          document.body.dataset.ready = '1';
        }
        load();

        """;
}
