namespace KnowledgeGraph.Storage;

/// <summary>
/// The tables of the SQLite store. Offsets are UTF-16 indices as in <c>TextSpan</c>; dates are
/// 'YYYY-MM-DD' text so that they sort and compare as dates. Time values are spread over the
/// t_* columns (see <see cref="TimeColumns"/>).
/// </summary>
internal static class StoreSchema
{
    public const int Version = 2;

    private const string TimeColumnsDdl =
        "t_text TEXT, t_value TEXT, t_type TEXT, t_start TEXT, t_end TEXT, t_precision TEXT, t_report_date INTEGER, t_rule TEXT, t_document TEXT, t_span_start INTEGER, t_span_end INTEGER";

    public static readonly string Create = $"""
        CREATE TABLE IF NOT EXISTS documents (
            id TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL,
            title TEXT,
            source TEXT NOT NULL,
            url TEXT,
            published TEXT,
            published_source TEXT NOT NULL,
            published_not_before TEXT,
            published_evidence TEXT,
            text TEXT NOT NULL);

        CREATE TABLE IF NOT EXISTS entities (
            id TEXT PRIMARY KEY,
            type TEXT NOT NULL,
            subtype TEXT,
            name TEXT NOT NULL,
            name_key TEXT);
        CREATE INDEX IF NOT EXISTS entities_name ON entities (name COLLATE NOCASE);

        CREATE TABLE IF NOT EXISTS aliases (
            entity_id TEXT NOT NULL,
            alias TEXT NOT NULL,
            alias_key TEXT,
            PRIMARY KEY (entity_id, alias));
        CREATE INDEX IF NOT EXISTS aliases_alias ON aliases (alias COLLATE NOCASE);

        CREATE TABLE IF NOT EXISTS mentions (
            entity_id TEXT NOT NULL,
            document_id TEXT NOT NULL,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (entity_id, document_id, start_offset, end_offset));
        CREATE INDEX IF NOT EXISTS mentions_document ON mentions (document_id);

        CREATE TABLE IF NOT EXISTS attributes (
            entity_id TEXT NOT NULL,
            name TEXT NOT NULL,
            value TEXT NOT NULL,
            document_id TEXT NOT NULL,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            PRIMARY KEY (entity_id, name, value, document_id, start_offset, end_offset));

        CREATE TABLE IF NOT EXISTS events (
            id TEXT PRIMARY KEY,
            type TEXT NOT NULL,
            status TEXT NOT NULL,
            place_id TEXT,
            trigger TEXT NOT NULL,
            {TimeColumnsDdl});
        CREATE INDEX IF NOT EXISTS events_time ON events (t_start);

        CREATE TABLE IF NOT EXISTS participants (
            event_id TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            role TEXT NOT NULL,
            PRIMARY KEY (event_id, entity_id, role));
        CREATE INDEX IF NOT EXISTS participants_entity ON participants (entity_id);

        CREATE TABLE IF NOT EXISTS event_evidence (
            event_id TEXT NOT NULL,
            document_id TEXT NOT NULL,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            sentence_start INTEGER NOT NULL,
            sentence_end INTEGER NOT NULL,
            sentence TEXT NOT NULL,
            rule TEXT NOT NULL,
            PRIMARY KEY (event_id, document_id, start_offset, end_offset));
        CREATE INDEX IF NOT EXISTS event_evidence_document ON event_evidence (document_id);

        CREATE TABLE IF NOT EXISTS quotes (
            id TEXT PRIMARY KEY,
            document_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            speaker_id TEXT,
            addressee_id TEXT,
            evidence_start INTEGER NOT NULL,
            evidence_end INTEGER NOT NULL,
            sentence_start INTEGER NOT NULL,
            sentence_end INTEGER NOT NULL,
            sentence TEXT NOT NULL,
            rule TEXT NOT NULL,
            {TimeColumnsDdl});
        CREATE INDEX IF NOT EXISTS quotes_document ON quotes (document_id);
        CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes (speaker_id);

        CREATE TABLE IF NOT EXISTS quote_mentions (
            quote_id TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            PRIMARY KEY (quote_id, entity_id));

        CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5 (
            quote_id UNINDEXED, text, sentence,
            tokenize = 'porter unicode61 remove_diacritics 2');

        CREATE TABLE IF NOT EXISTS time_expressions (
            document_id TEXT NOT NULL,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            text TEXT NOT NULL,
            value TEXT NOT NULL,
            type TEXT NOT NULL,
            range_start TEXT,
            range_end TEXT,
            precision TEXT NOT NULL,
            report_date INTEGER NOT NULL,
            rule TEXT NOT NULL,
            PRIMARY KEY (document_id, start_offset, end_offset, value));

        PRAGMA user_version = {Version};
        """;

    /// <summary>
    /// Indexes for the query layer (name lookup by folded key, neighbourhoods, paths). Created after
    /// <see cref="NameKeys.AddColumns"/> so that a version-1 store gains the key columns first.
    /// </summary>
    public const string QueryIndexes = """
        CREATE INDEX IF NOT EXISTS entities_name_key ON entities (name_key);
        CREATE INDEX IF NOT EXISTS aliases_alias_key ON aliases (alias_key, entity_id);
        CREATE INDEX IF NOT EXISTS participants_entity_event ON participants (entity_id, event_id);
        CREATE INDEX IF NOT EXISTS events_place ON events (place_id) WHERE place_id IS NOT NULL;
        CREATE INDEX IF NOT EXISTS quotes_addressee ON quotes (addressee_id) WHERE addressee_id IS NOT NULL;
        CREATE INDEX IF NOT EXISTS quote_mentions_entity ON quote_mentions (entity_id, quote_id);
        CREATE INDEX IF NOT EXISTS events_span_start ON events (CAST(julianday(COALESCE(t_end, t_start)) - julianday(t_start) AS INTEGER), t_start) WHERE t_start IS NOT NULL;
        """;
}
