namespace Dossier.Web.Assets;

/// <summary>
/// A story: summary with a source marker per sentence, the timeline on a time axis, who said what by speaker
/// (with fidelity flags), entities with aliases, how the outlets differ, each outlet's coverage, and the articles.
/// </summary>
internal static class StoryScript
{
    public const string Text = """
        api('/api/stories/' + encodeURIComponent(pageId)).then(render, fail);

        function render(s) {
          document.title = (s.title || s.id) + ' · Dossier';
          const info = s.articleInfo || {};
          const outletOf = id => (info[id] || {}).outlet || 'unknown outlet';
          const articleLink = (id, sentence, label) => el('a', { href: articleHref(id, sentence) }, label || (info[id] || {}).title || id);
          show(
            el('h1', { id: 'story-title' }, s.title || s.id),
            el('p', { class: 'meta' }, span(s.first, s.last), ' · ', plural(s.articles.length, 'article'), ' · ', plural(s.outlets.length, 'outlet'), ': ', s.outlets.join(', ')),
            summary(s, outletOf, articleLink),
            timeline(s, outletOf, articleLink),
            quotes(s, outletOf, articleLink),
            entities(s),
            differ(s, outletOf, articleLink),
            coverage(s, outletOf, articleLink),
            el('h2', {}, 'Articles'),
            el('ul', { id: 'articles' }, s.articles.map(id => el('li', {}, articleLink(id), ' ', el('span', { class: 'meta' }, outletOf(id), ' · ', (info[id] || {}).published || 'undated')))));
          ready();
        }

        function summary(s, outletOf, articleLink) {
          const panel = el('div', { class: 'source-panel', id: 'source', hidden: true, role: 'region', 'aria-live': 'polite' });
          const para = el('p', { class: 'summary', id: 'summary' });
          s.summary.forEach((x, i) => {
            const origin = (x.sentences[0] || {});
            const marker = el('button', { type: 'button', class: 'marker', 'data-summary': i, 'aria-expanded': 'false',
              title: x.outlets.join(', ') + (origin.text ? ' — “' + origin.text + '”' : '') }, String(x.outlets.length));
            marker.addEventListener('click', () => {
              const open = marker.getAttribute('aria-expanded') === 'true';
              para.querySelectorAll('.marker').forEach(m => m.setAttribute('aria-expanded', 'false'));
              if (open) { panel.hidden = true; return; }
              marker.setAttribute('aria-expanded', 'true');
              panel.replaceChildren(
                el('p', {}, el('strong', {}, 'Summary sentence ' + (i + 1)), ' rests on ', plural(x.sentences.length, 'sentence'), ' from ', x.outlets.join(', '), ':'),
                ...x.sentences.map((r, k) => el('div', { class: 'source', 'data-article': r.article, 'data-sentence': r.sentence },
                  el('span', { class: 'meta' }, k === 0 ? 'told in ' : 'also in ', outletOf(r.article), ' — '), articleLink(r.article, r.sentence),
                  el('blockquote', { class: 'source-text' }, r.text || ''))));
              panel.hidden = false;
            });
            para.append(el('span', { class: 'sum-sentence', id: 'summary-' + i }, x.text), marker, ' ');
          });
          return [el('h2', {}, 'Summary'), s.summary.length ? para : el('p', { class: 'meta' }, 'No summary.'), panel];
        }

        function timeline(s, outletOf, articleLink) {
          const entries = s.timeline.map((t, i) => ({ t, i, time: isoTime(t.date) })).filter(e => !isNaN(e.time)).sort((a, b) => a.time - b.time);
          if (!entries.length) return [el('h2', {}, 'Timeline'), el('p', { class: 'meta' }, 'No dated events.')];
          const min = entries[0].time, max = entries[entries.length - 1].time, width = Math.max(max - min, 1);
          const axis = el('div', { class: 'axis', id: 'axis', role: 'img', 'aria-label': 'Time axis from ' + entries[0].t.date + ' to ' + entries[entries.length - 1].t.date },
            el('div', { class: 'line' }),
            el('span', { class: 'end', 'style-left': '0' }, entries[0].t.date.slice(0, 4)),
            el('span', { class: 'end', 'style-left': 'calc(100% - 2.5rem)' }, entries[entries.length - 1].t.date.slice(0, 4)));
          entries.forEach((e, k) => {
            const left = (entries.length === 1 ? 50 : 100 * (e.time - min) / width).toFixed(3) + '%';
            const label = el('span', { class: 'label', 'style-left': left, 'style-top': (2.2 + 1.3 * (k % 5)) + 'rem' }, e.t.date);
            axis.append(el('a', { class: 'tick', href: '#timeline-' + e.i, 'style-left': left, 'data-date': e.t.date, title: e.t.date + ': ' + e.t.text }), label);
          });
          const list = el('ol', { class: 'timeline', id: 'timeline' }, entries.map(e => el('li', { id: 'timeline-' + e.i, 'data-date': e.t.date },
            el('span', { class: 'date' }, e.t.date),
            el('div', {}, e.t.text, el('div', { class: 'meta' }, 'from ', e.t.sentences.map((r, k) => [k ? ', ' : '', articleLink(r.article, r.sentence, outletOf(r.article))]))))));
          const undated = s.timeline.length - entries.length;
          return [el('h2', {}, 'Timeline'), axis, list, undated ? el('p', { class: 'meta' }, plural(undated, 'entry', 'entries') + ' without a known year left off the axis.') : null];
        }

        function quotes(s, outletOf, articleLink) {
          const bySpeaker = new Map();
          s.quotes.forEach((q, i) => { const k = q.entity || (q.speaker || '').toLowerCase(); if (!bySpeaker.has(k)) bySpeaker.set(k, []); bySpeaker.get(k).push([q, i]); });
          const groups = [...bySpeaker.values()].sort((a, b) => b.length - a.length);
          return [el('h2', {}, 'Who said what'), groups.length ? el('div', { id: 'quotes' }, groups.map(g => el('div', { class: 'speaker', 'data-speaker': g[0][0].speaker },
            el('h3', {}, g[0][0].speaker || 'unknown speaker', el('span', { class: 'meta' }, ' · ' + plural(g.length, 'statement'))),
            g.map(([q, i]) => {
              const marked = new Set((q.differs || []).flatMap(d => d.words));
              const words = (q.text || '').split(/(\s+)/).map(w => marked.has(w.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}'’-]+$/gu, '')) ? el('mark', {}, w) : w);
              return el('div', { class: 'quote', id: 'quote-' + i },
                q.direct ? ['“', words, '”'] : words,
                el('div', { class: 'said' }, q.cue || 'said', ' · ', q.direct ? 'direct' : 'reported', ' · ', articleLink(q.article, q.sentence, outletOf(q.article)),
                  (q.differs || []).map(d => el('span', { class: 'flag', title: 'words only here: ' + d.words.join(' ') + (d.missing.length ? '; words only there: ' + d.missing.join(' ') : '') },
                    '⚑ worded differently by ' + d.outlet))));
            })))) : el('p', { class: 'meta' }, 'No quotes found.')];
        }

        function entities(s) {
          const rows = [...s.entities].sort((a, b) => b.mentions - a.mentions);
          return [el('h2', {}, 'Who and what'), el('table', { id: 'entities' },
            el('thead', {}, el('tr', {}, ['Name', 'Type', 'Also called', 'Mentions', 'Outlets'].map(h => el('th', {}, h)))),
            el('tbody', {}, rows.map(e => el('tr', { 'data-entity': e.id },
              el('td', {}, e.name), el('td', {}, e.type), el('td', {}, e.aliases.filter(a => a !== e.name).join(', ')),
              el('td', {}, String(e.mentions)), el('td', {}, e.outlets.join(', '))))))];
        }

        // How the outlets differ (the story's compare section): disagreements first, then facts only one outlet reports,
        // then facts every outlet of the event reports; each item links the sentences it rests on.
        function differ(s, outletOf, articleLink) {
          const c = s.compare;
          if (!c || c.independentSources < 2) return null;
          const cite = st => el('div', { class: 'source', 'data-article': st.article, 'data-sentence': st.sentence },
            el('span', { class: 'meta' }, outletOf(st.article), ' — '), articleLink(st.article, st.sentence), el('blockquote', { class: 'source-text' }, st.text));
          const kinds = { figures: 'Different figures', figurechange: 'A figure that changed between reports', denial: 'Claim and denial', framing: 'Opposite framing' };
          return [el('h2', {}, 'How the outlets differ'),
            el('p', { class: 'meta' }, plural(c.independentSources, 'independent source'), ' (copies count once) · ', plural(c.shared.length, 'shared fact'), ' · ', plural(c.disagreements.length, 'disagreement')),
            el('div', { id: 'disagreements' }, c.disagreements.map(d => el('div', { class: 'disagreement', 'data-kind': d.kind },
              el('h3', {}, kinds[d.kind] || d.kind, ': ', d.point),
              d.sides.map(x => el('div', {}, el('strong', {}, x.outlet), ' (', x.reported || 'date unknown', '): ', x.says, cite(x.statement))),
              el('p', { class: 'meta' }, d.note)))),
            el('div', { id: 'exclusives' }, c.exclusives.map(x => el('div', { class: 'exclusive', 'data-outlet': x.outlet },
              el('h3', {}, 'Only ', x.outlet, el('span', { class: 'meta' }, ' · ' + plural(x.total, 'fact') + ' in ' + x.event)),
              el('ul', {}, x.facts.slice(0, 10).map(f => el('li', {}, f.text, ' ', articleLink(f.statements[0].article, f.statements[0].sentence, '→'))))))),
            el('div', { id: 'shared' }, c.shared.filter(f => f.reportedByAll).slice(0, 10).map(f => el('div', { class: 'shared' },
              el('strong', {}, 'Every outlet of the event: '), f.text, el('span', { class: 'meta' }, ' · ', f.outlets.join(', '), f.attributedTo ? ' · attributed to ' + f.attributedTo : ''))))];
        }

        // What each outlet reports that the others do not: names, summary sentences and dates resting on it alone.
        function coverage(s, outletOf, articleLink) {
          const only = (outlets, o) => outlets.length === 1 && outlets[0] === o;
          return [el('h2', {}, 'Outlets'), el('div', { class: 'outlets', id: 'coverage' }, s.outlets.map(o => {
            const mine = s.articles.filter(id => outletOf(id) === o);
            const names = s.entities.filter(e => only(e.outlets, o)).map(e => e.name);
            const sums = s.summary.filter(x => only(x.outlets, o));
            const dates = s.timeline.filter(t => t.articles.every(id => outletOf(id) === o));
            return el('div', { class: 'outlet', 'data-outlet': o },
              el('h3', {}, o), el('div', { class: 'meta' }, plural(mine.length, 'article')),
              el('ul', {}, mine.map(id => el('li', {}, articleLink(id)))),
              names.length ? el('p', {}, el('strong', {}, 'Only here: '), names.join(', ')) : null,
              sums.length ? el('p', {}, el('strong', {}, 'Summary sentences only it reports: '), String(sums.length)) : null,
              dates.length ? el('p', {}, el('strong', {}, 'Dates only it gives: '), dates.map(t => t.date).join(', ')) : null);
          }))];
        }

        """;
}
