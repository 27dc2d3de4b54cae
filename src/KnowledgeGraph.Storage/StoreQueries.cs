using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Queries;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage;

/// <summary>
/// Timeline, quote and count queries over the store. SQL text is fixed fragments; every value the
/// user gives travels as a parameter (FTS words too, after being reduced to quoted tokens). Names
/// are resolved to entity ids first (<see cref="EntityResolver"/>), so the lookups use indexes.
/// </summary>
internal sealed partial class StoreQueries(SqliteConnection connection)
{
    private readonly EntityResolver _resolver = new(connection);

    public IReadOnlyList<TimelineEntry> Timeline(TimelineQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        // Without an entity, a range starting at --from is read per event length (an exact bound) instead of scanning from the earliest event.
        var ids = string.IsNullOrWhiteSpace(query.Entity) && query.From is { } rangeFrom
            ? TimelineRange.Ids(connection, query, rangeFrom)
            : null;
        return Details(ids ?? TimelineIds(query));
    }

    private List<string> TimelineIds(TimelineQuery query)
    {
        using var select = connection.CreateCommand();
        var sql = new StringBuilder("SELECT e.id FROM events e");
        if (!string.IsNullOrWhiteSpace(query.Entity))
        {
            if (_resolver.ResolveOne(query.Entity) is not { } entity)
            {
                return [];
            }

            // Start from the entity's own events (index on participants and on place), never from a scan of all events in date order.
            sql.Clear().Append(
                """
                SELECT e.id FROM (SELECT event_id AS id FROM participants WHERE entity_id = $entity UNION SELECT id FROM events WHERE place_id = $entity) mine
                CROSS JOIN events e ON e.id = mine.id
                """);
            select.Parameters.AddWithValue("$entity", entity.Id);
        }

        sql.Append("\nWHERE 1 = 1");

        AppendTypes(sql, select, "e.type", query.Types);

        // An event's days [t_start, t_end) overlap the asked days [from, to].
        if (query.From is { } from)
        {
            sql.Append("\n AND e.t_start IS NOT NULL AND COALESCE(e.t_end, e.t_start) > $from");
            select.Parameters.AddWithValue("$from", TimeColumns.Date(from));
        }

        if (query.To is { } to)
        {
            sql.Append("\n AND e.t_start IS NOT NULL AND e.t_start <= $to");
            select.Parameters.AddWithValue("$to", TimeColumns.Date(to));
        }

        sql.Append("\nORDER BY e.t_start IS NULL, e.t_start, e.t_end, e.rowid");
        AppendLimit(sql, select, query.Limit);
        select.CommandText = sql.ToString();
        return ReadStrings(select);
    }

    private List<TimelineEntry> Details(List<string> ids)
    {
        // Details are read only for the events shown, so a limit on a busy entity stays cheap.
        using var detail = connection.CreateCommand();
        detail.CommandText =
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
            WHERE e.id = $id
            """;
        return ReadEach(detail, ids, r => new TimelineEntry
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

    /// <summary>One row per id, in the ids' order, read with a prepared command taking <c>$id</c>; ids with no row are skipped.</summary>
    private static List<T> ReadEach<T>(SqliteCommand command, List<string> ids, Func<SqliteDataReader, T> map)
    {
        var id = command.Parameters.Add("$id", SqliteType.Text);
        var rows = new List<T>(ids.Count);
        foreach (var value in ids)
        {
            id.Value = value;
            using var r = command.ExecuteReader();
            if (r.Read())
            {
                rows.Add(map(r));
            }
        }

        return rows;
    }

    public IReadOnlyList<QuoteHit> Quotes(QuoteQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        // Only ids and sort keys go through the sort (a broad search matches tens of thousands of quotes); the
        // full rows are read for the quotes shown. Words drive the search from the FTS index and sort through
        // the narrow quote_keys rows (see QuoteKeys); the quotes table is joined only when other filters need it.
        var textWords = FtsWords(query.Text);
        var needsQuote = !string.IsNullOrWhiteSpace(query.Speaker) || !string.IsNullOrWhiteSpace(query.Addressee) || !string.IsNullOrWhiteSpace(query.About);
        var keys = textWords is null ? "q" : "k";
        var sql = new StringBuilder(textWords is null
            ? "SELECT q.id, COALESCE(q.t_start, d.published) AS said FROM quotes q\nJOIN documents d ON d.id = q.document_id"
            : "SELECT k.quote_id, k.said AS said FROM quotes_fts f CROSS JOIN quote_keys k ON k.fts_rowid = f.rowid"
              + (needsQuote ? "\nJOIN quotes q ON q.id = k.quote_id" : ""));
        sql.Append("\nWHERE 1 = 1");
        using var command = connection.CreateCommand();
        foreach (var (name, column, parameter) in new[] { (query.Speaker, "q.speaker_id", "$speaker"), (query.Addressee, "q.addressee_id", "$addressee") })
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                continue;
            }

            if (_resolver.ResolveOne(name) is not { } entity)
            {
                return [];
            }

            sql.Append($"\n AND {column} = {parameter}");
            command.Parameters.AddWithValue(parameter, entity.Id);
        }

        // "about" is an entity the quote mentions (any entity the words may stand for), or words in the quote or its sentence.
        if (!string.IsNullOrWhiteSpace(query.About))
        {
            var candidates = _resolver.Resolve(query.About).Matches;
            var words = FtsWords(query.About);
            var tests = new List<string>();
            if (candidates.Count > 0)
            {
                var names = new List<string>();
                for (var i = 0; i < candidates.Count; i++)
                {
                    names.Add("$about" + i);
                    command.Parameters.AddWithValue("$about" + i, candidates[i].Id);
                }

                tests.Add($"EXISTS (SELECT 1 FROM quote_mentions m WHERE m.quote_id = q.id AND m.entity_id IN ({string.Join(", ", names)}))");
            }

            if (words is not null)
            {
                tests.Add("q.id IN (SELECT quote_id FROM quotes_fts WHERE quotes_fts MATCH $about_fts)");
                command.Parameters.AddWithValue("$about_fts", words);
            }

            sql.Append(tests.Count == 0 ? "\n AND 0" : "\n AND (" + string.Join("\n      OR ", tests) + ")");
        }

        if (textWords is not null)
        {
            sql.Append("\n AND quotes_fts MATCH $text_fts");
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

        sql.Append($"\nORDER BY said IS NULL, said, {keys}.document_id, {keys}.start_offset");
        AppendLimit(sql, command, query.Limit);
        command.CommandText = sql.ToString();
        var ids = ReadStrings(command);

        using var detail = connection.CreateCommand();
        detail.CommandText =
            """
            SELECT q.id, q.kind, q.text, s.name, a.name, COALESCE(q.t_start, d.published), q.sentence, q.document_id, d.title,
                   CASE WHEN q.t_start IS NULL THEN NULL ELSE q.t_precision END
            FROM quotes q
            JOIN documents d ON d.id = q.document_id
            LEFT JOIN entities s ON s.id = q.speaker_id
            LEFT JOIN entities a ON a.id = q.addressee_id
            WHERE q.id = $id
            """;
        return ReadEach(detail, ids, r => new QuoteHit
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
            DatePrecision = r.IsDBNull(9) ? null : ContractNames.ParsePrecision(r.GetString(9)),
        });
    }

    public StoreStats Stats()
    {
        int Count(string table)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT count(*) FROM {table}"; // table names are our constants, never user input
            return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
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

    /// <summary>" AND column IN ($type0, $type1)" for the asked event types; nothing when none are asked.</summary>
    internal static void AppendTypes(StringBuilder sql, SqliteCommand command, string column, IReadOnlyList<EventType>? types)
    {
        if (types is not { Count: > 0 })
        {
            return;
        }

        var names = new List<string>();
        foreach (var type in types.Distinct())
        {
            var parameter = "$type" + names.Count.ToString(CultureInfo.InvariantCulture);
            names.Add(parameter);
            command.Parameters.AddWithValue(parameter, ContractNames.Of(type));
        }

        sql.Append($"\n AND {column} IN ({string.Join(", ", names)})");
    }

    private static void AppendLimit(StringBuilder sql, SqliteCommand command, int? limit)
    {
        if (limit is { } n && n > 0)
        {
            sql.Append("\nLIMIT $limit");
            command.Parameters.AddWithValue("$limit", n);
        }
    }

    private static List<string> ReadStrings(SqliteCommand command)
    {
        using var r = command.ExecuteReader();
        var list = new List<string>();
        while (r.Read())
        {
            list.Add(r.GetString(0));
        }

        return list;
    }

    private static string Prefixed(string alias, string columns) =>
        string.Join(", ", columns.Split(", ").Select(c => alias + "." + c));

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
