using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage;

/// <summary>
/// <c>quote_keys</c>: one narrow row per full-text row (same rowid as <c>quotes_fts</c>) with the
/// quote id and its sort keys. Reading a column of an FTS5 hit loads the whole stored row (quote
/// and sentence text), and a broad search has tens of thousands of hits; sorting them by date
/// through this table reads a few bytes per hit instead. The store writer adds a row with every
/// full-text row and deletes them together when an article is replaced.
/// </summary>
internal static class QuoteKeys
{
    public const string Create = """
        CREATE TABLE IF NOT EXISTS quote_keys (
            fts_rowid INTEGER PRIMARY KEY,
            quote_id TEXT NOT NULL,
            said TEXT,
            document_id TEXT NOT NULL,
            start_offset INTEGER NOT NULL);
        CREATE INDEX IF NOT EXISTS quote_keys_document ON quote_keys (document_id);
        """;

    /// <summary>Right after a <c>quotes_fts</c> insert (last_insert_rowid is that row); the document row is written first.</summary>
    public const string Insert = """
        INSERT INTO quote_keys (fts_rowid, quote_id, said, document_id, start_offset)
        VALUES (last_insert_rowid(), $id, COALESCE($said, (SELECT published FROM documents WHERE id = $d)), $d, $s)
        """;

    /// <summary>Fills the table for a store written before it existed; a no-op once filled (one indexed probe).</summary>
    public static void Fill(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText =
            """
            INSERT INTO quote_keys (fts_rowid, quote_id, said, document_id, start_offset)
            SELECT f.rowid, q.id, COALESCE(q.t_start, d.published), q.document_id, q.start_offset
            FROM quotes_fts f JOIN quotes q ON q.id = f.quote_id JOIN documents d ON d.id = q.document_id
            WHERE NOT EXISTS (SELECT 1 FROM quote_keys) AND EXISTS (SELECT 1 FROM quotes)
            """;
        command.ExecuteNonQuery();
    }
}
