namespace Dossier.Web.Assets;

/// <summary>
/// Helpers every page script uses. Untrusted strings only ever become text nodes or attribute values set
/// through the DOM; no markup is parsed from data (no innerHTML), and links are built only to this server's
/// own addresses, so an article's "javascript:" link or "onerror=" attribute stays inert text.
/// </summary>
internal static class CommonScript
{
    public const string Text = """
        'use strict';
        const app = document.getElementById('app');
        const pageId = document.body.dataset.id;
        // Only this server's own paths may become links.
        const safeHref = h => (typeof h === 'string' && /^\/(?!\/)|^#/.test(h)) ? h : '#';
        function el(tag, attrs, ...kids) {
          const e = document.createElement(tag);
          for (const [k, v] of Object.entries(attrs || {})) {
            if (v === null || v === undefined || v === false) continue;
            if (k === 'class') e.className = v;
            else if (k === 'href') e.setAttribute('href', safeHref(v));
            else if (k === 'onclick') e.addEventListener('click', v);
            else if (/^(id|title|hidden|type|name|value|placeholder|role|aria-[a-z]+|data-[a-z-]+|style-left|style-top)$/.test(k)) {
              if (k === 'style-left') e.style.left = v; else if (k === 'style-top') e.style.top = v; else e.setAttribute(k, String(v));
            }
          }
          for (const k of kids.flat(Infinity)) if (k !== null && k !== undefined && k !== false) e.append(k instanceof Node ? k : document.createTextNode(String(k)));
          return e;
        }
        const articleHref = (id, sentence) => '/articles/' + encodeURIComponent(id) + (sentence === undefined ? '' : '#s-' + sentence);
        const storyHref = (id, anchor) => '/stories/' + encodeURIComponent(id) + (anchor ? '#' + anchor : '');
        const plural = (n, one, many) => n + ' ' + (n === 1 ? one : (many || one + 's'));
        const when = iso => (iso || '').replace('T', ' ');
        const span = (first, last) => !first ? 'undated' : (first === last ? when(first) : when(first) + ' – ' + when(last));
        async function api(path) {
          const r = await fetch(path, { headers: { 'Accept': 'application/json' } });
          if (!r.ok) throw new Error(r.status === 404 ? 'Not found.' : 'The server answered ' + r.status + '.');
          return r.json();
        }
        function show(...nodes) { app.replaceChildren(...nodes.flat(Infinity).filter(n => n !== null && n !== undefined && n !== false)); }
        function ready() {
          if (location.hash) {
            const t = document.getElementById(decodeURIComponent(location.hash.slice(1)));
            if (t) { t.classList.add('target'); t.scrollIntoView({ block: 'center' }); }
          }
          document.body.dataset.ready = '1';
        }
        function fail(err) { show(el('h1', {}, 'Not available'), el('p', { class: 'error' }, err.message), el('p', {}, el('a', { href: '/' }, 'All stories'))); document.body.dataset.ready = '1'; }
        // ISO dates of any precision ("2015", "2015-07", "2015-07-23T14:41") to a time value; unknown years give NaN.
        function isoTime(iso) {
          const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2}):(\d{2}))?/.exec(iso || '');
          return m ? Date.UTC(+m[1], (+m[2] || 1) - 1, +m[3] || 1, +m[4] || 0, +m[5] || 0) : NaN;
        }

        """;
}
