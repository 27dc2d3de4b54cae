using System.Globalization;
using System.Text;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Queries;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage;

/// <summary>
/// The edges of the entity graph, read from the store on demand: two entities are linked by an event
/// when both take part in it or one is its place, and by a quote when one says it and the other is
/// its addressee or is mentioned in it (two entities merely mentioned together are not linked).
/// <see cref="Of"/> reads them from the event and quote tables (the definition <c>entity_pairs</c>
/// follows); <see cref="Others"/> and <see cref="Between"/> read that table.
/// </summary>
internal sealed class EntityLinks(SqliteConnection connection)
{
    private const string Said = "COALESCE(q.t_start, d.published)";

    /// <summary>Every link of <paramref name="entityId"/>; with <paramref name="types"/>, only events of those types.</summary>
    public List<EntityLink> Of(string entityId, IReadOnlyList<EventType>? types)
    {
        using var command = connection.CreateCommand();
        var sql = new StringBuilder();
        var typeFilter = new StringBuilder();
        StoreQueries.AppendTypes(typeFilter, command, "e.type", types);
        sql.Append(
            $"""
            SELECT o.entity_id, 0, e.id, e.type, e.t_start FROM participants p JOIN events e ON e.id = p.event_id JOIN participants o ON o.event_id = e.id
            WHERE p.entity_id = $x AND o.entity_id <> $x{typeFilter}
            UNION ALL
            SELECT e.place_id, 0, e.id, e.type, e.t_start FROM participants p JOIN events e ON e.id = p.event_id
            WHERE p.entity_id = $x AND e.place_id IS NOT NULL AND e.place_id <> $x{typeFilter}
            UNION ALL
            SELECT o.entity_id, 0, e.id, e.type, e.t_start FROM events e JOIN participants o ON o.event_id = e.id
            WHERE e.place_id = $x AND o.entity_id <> $x{typeFilter}
            """);
        if (types is not { Count: > 0 })
        {
            sql.Append(
                $"""

                UNION ALL
                SELECT q.addressee_id, 1, q.id, q.kind, {Said} FROM quotes q JOIN documents d ON d.id = q.document_id
                WHERE q.speaker_id = $x AND q.addressee_id IS NOT NULL AND q.addressee_id <> $x
                UNION ALL
                SELECT m.entity_id, 1, q.id, q.kind, {Said} FROM quotes q JOIN documents d ON d.id = q.document_id JOIN quote_mentions m ON m.quote_id = q.id
                WHERE q.speaker_id = $x AND m.entity_id <> $x
                UNION ALL
                SELECT q.speaker_id, 1, q.id, q.kind, {Said} FROM quotes q JOIN documents d ON d.id = q.document_id
                WHERE q.addressee_id = $x AND q.speaker_id IS NOT NULL AND q.speaker_id <> $x
                UNION ALL
                SELECT m.entity_id, 1, q.id, q.kind, {Said} FROM quotes q JOIN documents d ON d.id = q.document_id JOIN quote_mentions m ON m.quote_id = q.id
                WHERE q.addressee_id = $x AND m.entity_id <> $x
                UNION ALL
                SELECT q.speaker_id, 1, q.id, q.kind, {Said} FROM quote_mentions mx JOIN quotes q ON q.id = mx.quote_id JOIN documents d ON d.id = q.document_id
                WHERE mx.entity_id = $x AND q.speaker_id IS NOT NULL AND q.speaker_id <> $x
                UNION ALL
                SELECT q.addressee_id, 1, q.id, q.kind, {Said} FROM quote_mentions mx JOIN quotes q ON q.id = mx.quote_id JOIN documents d ON d.id = q.document_id
                WHERE mx.entity_id = $x AND q.addressee_id IS NOT NULL AND q.addressee_id <> $x
                """);
        }

        command.CommandText = sql.ToString();
        command.Parameters.AddWithValue("$x", entityId);
        using var r = command.ExecuteReader();
        var links = new List<EntityLink>();
        while (r.Read())
        {
            links.Add(new EntityLink(
                r.GetString(0),
                r.GetInt32(1) == 0 ? ConnectionKind.Event : ConnectionKind.Quote,
                r.GetString(2),
                r.GetString(3),
                r.IsDBNull(4) ? null : DateOnly.ParseExact(r.GetString(4), "yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        return links;
    }

    /// <summary>How busy an entity is (events it takes part in), to expand the least busy first; one index count.</summary>
    public long Degree(string entityId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM participants WHERE entity_id = $x";
        command.Parameters.AddWithValue("$x", entityId);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>The distinct entities linked to <paramref name="entityId"/>, without details: what a path search needs; one index range.</summary>
    public List<string> Others(string entityId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT other_id FROM entity_pairs WHERE entity_id = $x";
        command.Parameters.AddWithValue("$x", entityId);
        using var r = command.ExecuteReader();
        var others = new List<string>();
        while (r.Read())
        {
            others.Add(r.GetString(0));
        }

        return others;
    }

    /// <summary>The latest events and quotes linking two entities (up to <see cref="PairTally.Kept"/>), with their sentences.</summary>
    public List<Connection> Between(string a, string b)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT events, quotes, first, last, recent FROM entity_pairs WHERE entity_id = $a AND other_id = $b";
        command.Parameters.AddWithValue("$a", a);
        command.Parameters.AddWithValue("$b", b);
        IReadOnlyList<EntityLink> recent;
        using (var r = command.ExecuteReader())
        {
            recent = r.Read() ? PairTally.Read(r, 0, b).Recent : [];
        }

        return [.. recent.Select(Describe)];
    }

    /// <summary>The link as a <see cref="Connection"/> with the sentence that reports it.</summary>
    public Connection Describe(EntityLink link)
    {
        using var command = connection.CreateCommand();
        command.CommandText = link.Kind == ConnectionKind.Event
            ? "SELECT ev.sentence, ev.document_id, e.t_precision FROM event_evidence ev JOIN events e ON e.id = ev.event_id WHERE ev.event_id = $id ORDER BY ev.rowid LIMIT 1"
            : "SELECT sentence, document_id, CASE WHEN t_start IS NULL THEN NULL ELSE t_precision END FROM quotes WHERE id = $id";
        command.Parameters.AddWithValue("$id", link.ConnectionId);
        using var r = command.ExecuteReader();
        var hasRow = r.Read();
        return new Connection
        {
            Kind = link.Kind,
            Id = link.ConnectionId,
            Label = link.Label,
            Date = link.Date,
            Sentence = hasRow ? r.GetString(0) : null,
            DocumentId = hasRow ? r.GetString(1) : null,
            DatePrecision = hasRow && link.Date is not null && !r.IsDBNull(2) ? ContractNames.ParsePrecision(r.GetString(2)) : null,
        };
    }
}
