namespace Dossier.Store;

/// <summary>The SQLite store's tables. Derived data (sentences, annotations) is recomputed from the text, so only inputs and results are kept.</summary>
internal static class Schema
{
    public const string Create = """
        CREATE TABLE IF NOT EXISTS articles (
            id          TEXT PRIMARY KEY,       -- content hash of the normalised body
            seq         INTEGER NOT NULL,       -- arrival order
            path        TEXT NOT NULL,          -- with ordinal, the canonical order (BINARY collation: code-point order, as in PostgreSQL's "C")
            format      TEXT NOT NULL,
            source      TEXT,
            title       TEXT,
            published   TEXT,                   -- ISO 8601 (partial allowed), NULL when the text does not say
            text        TEXT NOT NULL,
            url         TEXT,
            byline      TEXT,
            page_dates  TEXT NOT NULL,          -- JSON array of ISO dates shown on the page that are not publication dates
            fragment_of TEXT,
            truncated   INTEGER NOT NULL,
            removed     TEXT NOT NULL,          -- JSON array of [line, rule]
            provenance  TEXT NOT NULL,          -- JSON array of [stage, rule]
            ordinal     INTEGER NOT NULL DEFAULT 0  -- place in its file
        );
        CREATE INDEX IF NOT EXISTS articles_seq ON articles(seq);
        CREATE TABLE IF NOT EXISTS stories (
            id    TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            json  TEXT NOT NULL
        );
        """;

    /// <summary>Stores made before articles kept their place in the file get the column (0 for the old rows, whose seq then orders them).</summary>
    public const string AddOrdinal = "ALTER TABLE articles ADD COLUMN ordinal INTEGER NOT NULL DEFAULT 0";

    public const string CreateOrderIndex = "CREATE INDEX IF NOT EXISTS articles_order ON articles(path, ordinal, seq)";
}
