using System.Text;
using System.Text.RegularExpressions;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Queries;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage;

/// <summary>
/// Timeline, quote and count queries over the store. SQL text is fixed fragments; every value the
/// user gives travels as a parameter (FTS words too, after being reduced to quoted tokens).
/// </summary>
internal sealed partial class StoreQueries(SqliteConnection connection)
{
    // An entity (alias x) whose canonical name, a whole word of it, or an alias equals the parameter, any case.
    private static string EntityMatches(string x, string parameter) =>
        $"""
        (lower({x}.name) = lower({parameter})
         OR instr(' ' || lower({x}.name) || ' ', ' ' || lower({parameter}) || ' ') > 0
         OR EXISTS (SELECT 1 FROM aliases al WHERE al.entity_id = {x}.id AND lower(al.alias) = lower({parameter})))
        """;

    public IReadOnlyList<TimelineEntry> Timeline(TimelineQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var sql = new StringBuilder(
            $"""
            SELECT e.id, e.type, e.status, pl.name, ev.sentence, ev.document_id, d.title,
                   (SELECT group_concat(name, char(31)) FROM (
                        SELECT x.name AS name FROM participants p JOIN entities x ON x.id = p.entity_id
                        WHERE p.event_id = e.id ORDER BY p.role <> 'agent', p.rowid)),
                   {Prefixed("e", TimeColumns.Names)}
            FROM events e
            JOIN event_evidence ev ON ev.rowid = (SELECT min(rowid) FROM event_evidence WHERE event_id = e.id)
            LEFT JOIN documents d ON d.id = ev.document_id
            LEFT JOIN entities pl ON pl.id = e.place_id
            WHERE 1 = 1
            """);
        using var command = connection.CreateCommand();
        if (!string.IsNullOrWhiteSpace(query.Entity))
        {
            sql.Append(
                $"""

                 AND (EXISTS (SELECT 1 FROM participants p JOIN entities x ON x.id = p.entity_id WHERE p.event_id = e.id AND {EntityMatches("x", "$entity")})
                      OR (pl.id IS NOT NULL AND {EntityMatches("pl", "$entity")}))
                """);
            command.Parameters.AddWithValue("$entity", query.Entity.Trim());
        }

        // An event's days [t_start, t_end) overlap the asked days [from, to].
        if (query.From is { } from)
        {
            sql.Append("\n AND e.t_start IS NOT NULL AND COALESCE(e.t_end, e.t_start) > $from");
            command.Parameters.AddWithValue("$from", TimeColumns.Date(from));
        }

        if (query.To is { } to)
        {
            sql.Append("\n AND e.t_start IS NOT NULL AND e.t_start <= $to");
            command.Parameters.AddWithValue("$to", TimeColumns.Date(to));
        }

        sql.Append("\nORDER BY e.t_start IS NULL, e.t_start, e.t_end, e.rowid");
        command.CommandText = sql.ToString();
        using var r = command.ExecuteReader();
        var entries = new List<TimelineEntry>();
        while (r.Read())
        {
            entries.Add(new TimelineEntry
            {
                EventId = r.GetString(0),
                Type = ContractNames.ParseEventType(r.GetString(1)),
                Status = ContractNames.ParseEventStatus(r.GetString(2)),
                Place = r.IsDBNull(3) ? null : r.GetString(3),
                Sentence = r.GetString(4),
                DocumentId = r.GetString(5),
                DocumentTitle = r.IsDBNull(6) ? null : r.GetString(6),
                Participants = r.IsDBNull(7) ? [] : r.GetString(7).Split('\u001f'),
                Time = TimeColumns.Read(r, 8),
            });
        }

        return entries;
    }

    public IReadOnlyList<QuoteHit> Quotes(QuoteQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var sql = new StringBuilder(
            """
            SELECT q.id, q.kind, q.text, s.name, a.name, COALESCE(q.t_start, d.published) AS said, q.sentence, q.document_id, d.title
            FROM quotes q
            JOIN documents d ON d.id = q.document_id
            LEFT JOIN entities s ON s.id = q.speaker_id
            LEFT JOIN entities a ON a.id = q.addressee_id
            WHERE 1 = 1
            """);
        using var command = connection.CreateCommand();
        if (!string.IsNullOrWhiteSpace(query.Speaker))
        {
            sql.Append($"\n AND s.id IS NOT NULL AND {EntityMatches("s", "$speaker")}");
            command.Parameters.AddWithValue("$speaker", query.Speaker.Trim());
        }

        if (!string.IsNullOrWhiteSpace(query.Addressee))
        {
            sql.Append($"\n AND a.id IS NOT NULL AND {EntityMatches("a", "$addressee")}");
            command.Parameters.AddWithValue("$addressee", query.Addressee.Trim());
        }

        // "about" is an entity the quote mentions, or words in the quote or its sentence.
        if (!string.IsNullOrWhiteSpace(query.About))
        {
            var words = FtsWords(query.About);
            sql.Append($"\n AND (EXISTS (SELECT 1 FROM quote_mentions m JOIN entities x ON x.id = m.entity_id WHERE m.quote_id = q.id AND {EntityMatches("x", "$about")})");
            sql.Append(words is null ? ")" : "\n      OR q.id IN (SELECT quote_id FROM quotes_fts WHERE quotes_fts MATCH $about_fts))");
            command.Parameters.AddWithValue("$about", query.About.Trim());
            if (words is not null)
            {
                command.Parameters.AddWithValue("$about_fts", words);
            }
        }

        if (FtsWords(query.Text) is { } textWords)
        {
            sql.Append("\n AND q.id IN (SELECT quote_id FROM quotes_fts WHERE quotes_fts MATCH $text_fts)");
            command.Parameters.AddWithValue("$text_fts", "text : (" + textWords + ")");
        }

        if (query.From is { } from)
        {
            sql.Append("\n AND said >= $from");
            command.Parameters.AddWithValue("$from", TimeColumns.Date(from));
        }

        if (query.To is { } to)
        {
            sql.Append("\n AND said <= $to");
            command.Parameters.AddWithValue("$to", TimeColumns.Date(to));
        }

        sql.Append("\nORDER BY said IS NULL, said, q.document_id, q.start_offset");
        command.CommandText = sql.ToString();
        using var r = command.ExecuteReader();
        var hits = new List<QuoteHit>();
        while (r.Read())
        {
            hits.Add(new QuoteHit
            {
                QuoteId = r.GetString(0),
                Kind = ContractNames.ParseQuoteKind(r.GetString(1)),
                Text = r.GetString(2),
                Speaker = r.IsDBNull(3) ? null : r.GetString(3),
                Addressee = r.IsDBNull(4) ? null : r.GetString(4),
                Date = TimeColumns.ParseDate(r, 5),
                Sentence = r.GetString(6),
                DocumentId = r.GetString(7),
                DocumentTitle = r.IsDBNull(8) ? null : r.GetString(8),
            });
        }

        return hits;
    }

    public StoreStats Stats()
    {
        int Count(string table)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT count(*) FROM {table}"; // table names are our constants, never user input
            return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }

        return new StoreStats(Count("documents"), Count("entities"), Count("events"), Count("quotes"), Count("time_expressions"));
    }

    /// <summary>User words as an FTS5 query of quoted tokens, all required: 'old friend' -> "old" "friend"; null when there are none.</summary>
    internal static string? FtsWords(string? words)
    {
        if (string.IsNullOrWhiteSpace(words))
        {
            return null;
        }

        var tokens = Word().Matches(words).Select(m => "\"" + m.Value + "\"").ToList();
        return tokens.Count == 0 ? null : string.Join(' ', tokens);
    }

    private static string Prefixed(string alias, string columns) =>
        string.Join(", ", columns.Split(", ").Select(c => alias + "." + c));

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
