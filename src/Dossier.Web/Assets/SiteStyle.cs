namespace Dossier.Web.Assets;

/// <summary>The one stylesheet, inlined in every page so the browser works offline and fetches nothing else.</summary>
internal static class SiteStyle
{
    public const string Text = """
        :root { --ink: #1d232b; --muted: #5d6773; --line: #d9dee4; --accent: #1f5fa8; --soft: #eef3f9; --warn: #a8551f; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fbfcfd; }
        body { margin: 0; line-height: 1.5; }
        a { color: var(--accent); text-decoration: none; } a:hover { text-decoration: underline; }
        header.top { display: flex; gap: 1rem; align-items: baseline; padding: .6rem 1.5rem; background: #17324f; color: #fff; }
        header.top .brand { color: #fff; font-weight: 700; font-size: 1.15rem; } header.top .db { color: #b8c7d8; font-size: .85rem; }
        main { max-width: 1100px; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
        h1 { font-size: 1.6rem; margin: .6rem 0 .2rem; } h2 { font-size: 1.15rem; margin: 2rem 0 .6rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
        .meta { color: var(--muted); font-size: .9rem; } .pill { display: inline-block; background: var(--soft); border-radius: 1rem; padding: 0 .55rem; margin: 0 .25rem .25rem 0; font-size: .82rem; }
        .search { display: flex; gap: .5rem; margin: 1rem 0; } .search input { flex: 1; font-size: 1rem; padding: .45rem .6rem; border: 1px solid var(--line); border-radius: .3rem; }
        table { border-collapse: collapse; width: 100%; } th, td { text-align: left; vertical-align: top; padding: .45rem .5rem; border-bottom: 1px solid var(--line); } th { font-size: .8rem; text-transform: uppercase; color: var(--muted); }
        .summary { font-size: 1.05rem; background: #fff; border: 1px solid var(--line); border-radius: .4rem; padding: .8rem 1rem; }
        .marker { font-size: .7rem; vertical-align: super; border: 1px solid var(--accent); color: var(--accent); background: #fff; border-radius: .7rem; padding: 0 .35rem; margin: 0 .3rem 0 .1rem; cursor: pointer; }
        .marker[aria-expanded="true"] { background: var(--accent); color: #fff; }
        .source-panel { margin-top: .6rem; background: var(--soft); border-left: 4px solid var(--accent); padding: .5rem .8rem; border-radius: .2rem; }
        .source-panel[hidden] { display: none; } .source-panel blockquote { margin: .2rem 0 .6rem 1rem; font-style: italic; }
        .axis { position: relative; height: 9rem; margin: 1rem 1.5rem 0; }
        .axis .line { position: absolute; left: 0; right: 0; top: 1.2rem; height: 2px; background: var(--ink); }
        .axis .tick { position: absolute; top: .75rem; width: 12px; height: 12px; margin-left: -6px; border-radius: 50%; background: var(--accent); border: 2px solid #fff; box-shadow: 0 0 0 1px var(--accent); }
        .axis .label { position: absolute; font-size: .75rem; white-space: nowrap; transform: translateX(-50%); color: var(--muted); }
        .axis .end { position: absolute; top: -.3rem; font-size: .75rem; color: var(--muted); }
        ol.timeline { list-style: none; padding: 0; } ol.timeline li { display: grid; grid-template-columns: 8rem 1fr; gap: .8rem; padding: .4rem 0; border-bottom: 1px dashed var(--line); }
        ol.timeline .date { font-weight: 600; font-variant-numeric: tabular-nums; }
        .speaker { margin: 1rem 0; } .speaker h3 { font-size: 1rem; margin: 0 0 .3rem; }
        .quote { margin: .3rem 0 .3rem 1rem; } .quote .said { color: var(--muted); font-size: .85rem; }
        .flag { color: var(--warn); font-size: .8rem; margin-left: .4rem; } mark { background: #ffe3a3; }
        .outlets { display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: .8rem; }
        .outlet { background: #fff; border: 1px solid var(--line); border-radius: .4rem; padding: .6rem .8rem; } .outlet h3 { margin: 0 0 .3rem; font-size: 1rem; }
        .text { white-space: pre-wrap; background: #fff; border: 1px solid var(--line); border-radius: .4rem; padding: 1rem 1.2rem; font-size: 1.02rem; }
        .sent.linked { background: #eaf2fb; border-bottom: 2px solid #9cc0e8; } .sent.target, .target { outline: 3px solid #f2b84b; }
        .cite { font-size: .7rem; vertical-align: super; margin: 0 .2rem; }
        ul.removed li { font-family: ui-monospace, monospace; font-size: .85rem; } .rule { color: var(--muted); margin-left: .5rem; }
        .error { color: #8a1f1f; } .loading { color: var(--muted); }
        """;
}
