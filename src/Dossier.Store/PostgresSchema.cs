namespace Dossier.Store;

/// <summary>
/// The PostgreSQL store's tables: the SQLite columns with PostgreSQL's types. Paths compare in the "C" collation
/// (code-point order), as SQLite's BINARY does, so both stores agree on the canonical order whatever the server's locale.
/// JSON columns stay text: they are written and read whole, never queried inside.
/// </summary>
internal static class PostgresSchema
{
    public const string Create = """
        CREATE TABLE IF NOT EXISTS articles (
            id          TEXT PRIMARY KEY,
            seq         BIGINT GENERATED ALWAYS AS IDENTITY,
            path        TEXT COLLATE "C" NOT NULL,
            ordinal     INTEGER NOT NULL,
            format      TEXT NOT NULL,
            source      TEXT,
            title       TEXT,
            published   TEXT,
            text        TEXT NOT NULL,
            url         TEXT,
            byline      TEXT,
            page_dates  TEXT NOT NULL,
            fragment_of TEXT,
            truncated   INTEGER NOT NULL,
            removed     TEXT NOT NULL,
            provenance  TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS articles_order ON articles (path, ordinal, seq);
        CREATE TABLE IF NOT EXISTS stories (
            id    TEXT PRIMARY KEY,
            pos   INTEGER NOT NULL,
            title TEXT NOT NULL,
            json  TEXT NOT NULL
        );
        """;
}
