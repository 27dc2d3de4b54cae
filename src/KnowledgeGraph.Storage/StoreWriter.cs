using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Graph;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage;

/// <summary>
/// Writes one article's extraction inside the caller's transaction. Entities and events are shared
/// across articles: inserted once by id, then only gain aliases, mentions, attributes, participants
/// and evidence. Everything that belongs to one article is keyed by its document id.
/// Each statement is prepared once per batch and reused (<see cref="PreparedStatements"/>); the
/// entity-pair table is kept in step by <see cref="PairWriter"/>.
/// </summary>
internal sealed class StoreWriter : IDisposable
{
    private readonly PreparedStatements _sql;
    private readonly PairWriter _pairs;

    public StoreWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        _sql = new PreparedStatements(connection, transaction);
        _pairs = new PairWriter(_sql);
    }

    public enum Outcome
    {
        Added,
        Replaced,
        Unchanged,
    }

    public Outcome Write(DocumentExtraction extraction)
    {
        var d = extraction.Document;
        var hash = ContentHash(d);
        var stored = Scalar("SELECT content_hash FROM documents WHERE id = $id", ("$id", d.Id)) as string;
        if (stored == hash)
        {
            return Outcome.Unchanged;
        }

        if (stored is not null)
        {
            DeleteDocumentFacts(d.Id);
        }

        Execute(
            """
            INSERT OR REPLACE INTO documents (id, content_hash, title, source, url, published, published_source, published_not_before, published_evidence, text)
            VALUES ($id, $hash, $title, $source, $url, $published, $published_source, $not_before, $evidence, $text)
            """,
            ("$id", d.Id), ("$hash", hash), ("$title", d.Title), ("$source", d.Source), ("$url", d.Url),
            ("$published", TimeColumns.Date(d.Published)), ("$published_source", ContractNames.Of(d.PublishedSource)),
            ("$not_before", TimeColumns.Date(d.PublishedNotBefore)), ("$evidence", d.PublishedEvidence), ("$text", d.Text));

        foreach (var entity in extraction.Entities)
        {
            WriteEntity(entity);
        }

        foreach (var ev in extraction.Events)
        {
            WriteEvent(ev);
        }

        foreach (var quote in extraction.Quotes)
        {
            WriteQuote(quote, d);
        }

        foreach (var t in extraction.Timexes)
        {
            Execute(
                """
                INSERT OR IGNORE INTO time_expressions (document_id, start_offset, end_offset, text, value, type, range_start, range_end, precision, report_date, rule)
                VALUES ($d, $s, $e, $text, $value, $type, $rs, $re, $precision, $report, $rule)
                """,
                ("$d", t.DocumentId), ("$s", t.Span.Start), ("$e", t.Span.End), ("$text", t.Text), ("$value", t.Value),
                ("$type", ContractNames.Of(t.Type)), ("$rs", TimeColumns.Date(t.Start)), ("$re", TimeColumns.Date(t.End)),
                ("$precision", ContractNames.Of(t.Precision)), ("$report", t.IsReportDate ? 1 : 0), ("$rule", t.Rule));
        }

        return stored is null ? Outcome.Added : Outcome.Replaced;
    }

    // The text and the publication date decide what the pipeline finds, so they decide "the same article".
    private static string ContentHash(Document d) =>
        StableId.Make("sha", d.Text, d.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "", d.Title ?? "");

    private void DeleteDocumentFacts(string documentId)
    {
        _pairs.ForgetDocument(documentId);
        Execute("DELETE FROM mentions WHERE document_id = $d", ("$d", documentId));
        Execute("DELETE FROM attributes WHERE document_id = $d", ("$d", documentId));
        Execute("DELETE FROM event_evidence WHERE document_id = $d", ("$d", documentId));
        Execute("DELETE FROM quote_mentions WHERE quote_id IN (SELECT id FROM quotes WHERE document_id = $d)", ("$d", documentId));
        Execute("DELETE FROM quotes_fts WHERE quote_id IN (SELECT id FROM quotes WHERE document_id = $d)", ("$d", documentId));
        Execute("DELETE FROM quote_keys WHERE document_id = $d", ("$d", documentId));
        Execute("DELETE FROM quotes WHERE document_id = $d", ("$d", documentId));
        Execute("DELETE FROM time_expressions WHERE document_id = $d", ("$d", documentId));
        DeleteOrphans();
        _pairs.RecountForgotten();
    }

    // An event or entity only the replaced text gave has nothing left to show for it: without this
    // an event with no evidence stayed behind and LoadGraph refused the store.
    private void DeleteOrphans()
    {
        const string noEvidence = "NOT EXISTS (SELECT 1 FROM event_evidence ee WHERE ee.event_id = events.id)";
        Execute($"DELETE FROM participants WHERE event_id IN (SELECT id FROM events WHERE {noEvidence})");
        Execute($"DELETE FROM events WHERE {noEvidence}");
        const string unused =
            """
            NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = entities.id)
            AND NOT EXISTS (SELECT 1 FROM participants p WHERE p.entity_id = entities.id)
            AND NOT EXISTS (SELECT 1 FROM events e WHERE e.place_id = entities.id)
            AND NOT EXISTS (SELECT 1 FROM quotes q WHERE q.speaker_id = entities.id OR q.addressee_id = entities.id)
            AND NOT EXISTS (SELECT 1 FROM quote_mentions qm WHERE qm.entity_id = entities.id)
            """;
        Execute($"DELETE FROM aliases WHERE entity_id IN (SELECT id FROM entities WHERE {unused})");
        Execute($"DELETE FROM entities WHERE {unused}");
    }

    private void WriteEntity(Entity e)
    {
        Execute(
            "INSERT OR IGNORE INTO entities (id, type, subtype, name) VALUES ($id, $type, $subtype, $name)",
            ("$id", e.Id), ("$type", ContractNames.Of(e.Type)), ("$subtype", e.Subtype), ("$name", e.Name));
        if (e.Subtype is not null)
        {
            Execute("UPDATE entities SET subtype = $subtype WHERE id = $id AND subtype IS NULL", ("$id", e.Id), ("$subtype", e.Subtype));
        }

        foreach (var alias in e.Aliases)
        {
            Execute(
                "INSERT OR IGNORE INTO aliases (entity_id, alias) SELECT $id, $alias WHERE NOT EXISTS (SELECT 1 FROM entities WHERE id = $id AND name = $alias)",
                ("$id", e.Id), ("$alias", alias));
        }

        foreach (var m in e.Mentions)
        {
            Execute(
                "INSERT OR IGNORE INTO mentions (entity_id, document_id, start_offset, end_offset, text) VALUES ($id, $d, $s, $e, $text)",
                ("$id", e.Id), ("$d", m.DocumentId), ("$s", m.Span.Start), ("$e", m.Span.End), ("$text", m.Text));
        }

        foreach (var a in e.Attributes)
        {
            Execute(
                "INSERT OR IGNORE INTO attributes (entity_id, name, value, document_id, start_offset, end_offset) VALUES ($id, $name, $value, $d, $s, $e)",
                ("$id", e.Id), ("$name", a.Name), ("$value", a.Value), ("$d", a.DocumentId), ("$s", a.Span.Start), ("$e", a.Span.End));
        }
    }

    private void WriteEvent(Event ev)
    {
        var command = Command(
            $"INSERT OR IGNORE INTO events (id, type, status, place_id, trigger, {TimeColumns.Names}) VALUES ($id, $type, $status, $place, $trigger, {TimeColumns.Parameters})",
            ("$id", ev.Id), ("$type", ContractNames.Of(ev.Type)), ("$status", ContractNames.Of(ev.Status)), ("$place", ev.PlaceId), ("$trigger", ev.Trigger));
        TimeColumns.Bind(command, ev.Time);
        var isNew = command.ExecuteNonQuery() == 1;

        // Stored already (another article reports it): only members it did not have yet get new links.
        var membersBefore = isNew ? null : _pairs.EventMembers(ev.Id);

        foreach (var p in ev.Participants)
        {
            Execute(
                "INSERT OR IGNORE INTO participants (event_id, entity_id, role) VALUES ($id, $entity, $role)",
                ("$id", ev.Id), ("$entity", p.EntityId), ("$role", ContractNames.Of(p.Role)));
        }

        foreach (var e in ev.MoreEvidence.Prepend(ev.Evidence))
        {
            Execute(
                """
                INSERT OR IGNORE INTO event_evidence (event_id, document_id, start_offset, end_offset, sentence_start, sentence_end, sentence, rule)
                VALUES ($id, $d, $s, $e, $ss, $se, $sentence, $rule)
                """,
                ("$id", ev.Id), ("$d", e.DocumentId), ("$s", e.Span.Start), ("$e", e.Span.End),
                ("$ss", e.SentenceSpan.Start), ("$se", e.SentenceSpan.End), ("$sentence", e.Sentence), ("$rule", e.Rule));
        }

        if (membersBefore is null)
        {
            _pairs.NewEvent(ev);
        }
        else
        {
            _pairs.EventWritten(ev.Id, membersBefore);
        }
    }

    private void WriteQuote(Quote q, Document article)
    {
        var e = q.Evidence;
        var command = Command(
            $"""
            INSERT OR IGNORE INTO quotes (id, document_id, kind, text, start_offset, end_offset, speaker_id, addressee_id,
                evidence_start, evidence_end, sentence_start, sentence_end, sentence, rule, {TimeColumns.Names})
            VALUES ($id, $d, $kind, $text, $s, $e, $speaker, $addressee, $es, $ee, $ss, $se, $sentence, $rule, {TimeColumns.Parameters})
            """,
            ("$id", q.Id), ("$d", e.DocumentId), ("$kind", ContractNames.Of(q.Kind)), ("$text", q.Text), ("$s", q.Span.Start), ("$e", q.Span.End),
            ("$speaker", q.SpeakerId), ("$addressee", q.AddresseeId), ("$es", e.Span.Start), ("$ee", e.Span.End),
            ("$ss", e.SentenceSpan.Start), ("$se", e.SentenceSpan.End), ("$sentence", e.Sentence), ("$rule", e.Rule));
        TimeColumns.Bind(command, q.Time);
        if (command.ExecuteNonQuery() == 0)
        {
            return; // already stored: its search row and mentions are there too
        }

        Execute("INSERT INTO quotes_fts (quote_id, text, sentence) VALUES ($id, $text, $sentence)", ("$id", q.Id), ("$text", q.Text), ("$sentence", e.Sentence));
        Execute(QuoteKeys.Insert, ("$id", q.Id), ("$said", TimeColumns.Date(q.Time?.Start)), ("$d", e.DocumentId), ("$s", q.Span.Start));
        foreach (var entityId in q.MentionIds)
        {
            Execute("INSERT OR IGNORE INTO quote_mentions (quote_id, entity_id) VALUES ($id, $entity)", ("$id", q.Id), ("$entity", entityId));
        }

        _pairs.NewQuote(q, article);
    }

    public void Dispose() => _sql.Dispose();

    private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters) => _sql.Command(sql, parameters);

    private void Execute(string sql, params (string Name, object? Value)[] parameters) => _sql.Execute(sql, parameters);

    private object? Scalar(string sql, params (string Name, object? Value)[] parameters) => _sql.Scalar(sql, parameters);
}
