using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Graph;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage;

/// <summary>Rebuilds the graph from the tables, in the order things were first stored (rowid), like <see cref="GraphBuilder"/>.</summary>
internal sealed class GraphLoader(SqliteConnection connection)
{
    public KnowledgeGraphModel Load() => new()
    {
        Documents = LoadDocuments(),
        Entities = LoadEntities(),
        Events = LoadEvents(),
        Quotes = LoadQuotes(),
        Timexes = LoadTimexes(),
    };

    private List<Document> LoadDocuments() => Rows(
        "SELECT id, text, title, source, url, published, published_source, published_not_before, published_evidence FROM documents ORDER BY rowid",
        r => new Document
        {
            Id = r.GetString(0),
            Text = r.GetString(1),
            Title = Text(r, 2),
            Source = r.GetString(3),
            Url = Text(r, 4),
            Published = TimeColumns.ParseDate(r, 5),
            PublishedSource = ContractNames.ParsePublishedSource(r.GetString(6)),
            PublishedNotBefore = TimeColumns.ParseDate(r, 7),
            PublishedEvidence = Text(r, 8),
        });

    private List<Entity> LoadEntities()
    {
        var aliases = Lookup("SELECT entity_id, alias FROM aliases ORDER BY rowid", r => r.GetString(1));
        var mentions = Lookup(
            "SELECT entity_id, document_id, start_offset, end_offset, text FROM mentions ORDER BY rowid",
            r => new Mention(r.GetString(1), new TextSpan(r.GetInt32(2), r.GetInt32(3)), r.GetString(4)));
        var attributes = Lookup(
            "SELECT entity_id, name, value, document_id, start_offset, end_offset FROM attributes ORDER BY rowid",
            r => new AttributeValue(r.GetString(1), r.GetString(2), r.GetString(3), new TextSpan(r.GetInt32(4), r.GetInt32(5))));
        return Rows("SELECT id, type, subtype, name FROM entities ORDER BY rowid", r =>
        {
            var id = r.GetString(0);
            return new Entity
            {
                Id = id,
                Type = ContractNames.ParseEntityType(r.GetString(1)),
                Subtype = Text(r, 2),
                Name = r.GetString(3),
                Aliases = aliases.GetValueOrDefault(id) ?? [],
                Mentions = mentions.GetValueOrDefault(id) ?? [],
                Attributes = attributes.GetValueOrDefault(id) ?? [],
            };
        });
    }

    private List<Event> LoadEvents()
    {
        var participants = Lookup(
            "SELECT event_id, entity_id, role FROM participants ORDER BY rowid",
            r => new Participant(r.GetString(1), ContractNames.ParseRole(r.GetString(2))));
        var evidence = Lookup(
            "SELECT event_id, document_id, start_offset, end_offset, sentence_start, sentence_end, sentence, rule FROM event_evidence ORDER BY rowid",
            r => new Evidence(r.GetString(1), new TextSpan(r.GetInt32(2), r.GetInt32(3)), new TextSpan(r.GetInt32(4), r.GetInt32(5)), r.GetString(6), r.GetString(7)));
        return Rows($"SELECT id, type, status, place_id, trigger, {TimeColumns.Names} FROM events ORDER BY rowid", r =>
        {
            var id = r.GetString(0);
            var all = evidence.GetValueOrDefault(id) ?? throw new InvalidDataException($"event {id} has no evidence in the store");
            return new Event
            {
                Id = id,
                Type = ContractNames.ParseEventType(r.GetString(1)),
                Status = ContractNames.ParseEventStatus(r.GetString(2)),
                PlaceId = Text(r, 3),
                Trigger = r.GetString(4),
                Time = TimeColumns.Read(r, 5),
                Participants = participants.GetValueOrDefault(id) ?? [],
                Evidence = all[0],
                MoreEvidence = [.. all.Skip(1)],
            };
        });
    }

    private List<Quote> LoadQuotes()
    {
        var mentions = Lookup("SELECT quote_id, entity_id FROM quote_mentions ORDER BY rowid", r => r.GetString(1));
        return Rows(
            $"""
            SELECT id, document_id, kind, text, start_offset, end_offset, speaker_id, addressee_id,
                   evidence_start, evidence_end, sentence_start, sentence_end, sentence, rule, {TimeColumns.Names}
            FROM quotes ORDER BY rowid
            """,
            r =>
            {
                var id = r.GetString(0);
                return new Quote
                {
                    Id = id,
                    Kind = ContractNames.ParseQuoteKind(r.GetString(2)),
                    Text = r.GetString(3),
                    Span = new TextSpan(r.GetInt32(4), r.GetInt32(5)),
                    SpeakerId = Text(r, 6),
                    AddresseeId = Text(r, 7),
                    Evidence = new Evidence(r.GetString(1), new TextSpan(r.GetInt32(8), r.GetInt32(9)), new TextSpan(r.GetInt32(10), r.GetInt32(11)), r.GetString(12), r.GetString(13)),
                    Time = TimeColumns.Read(r, 14),
                    MentionIds = mentions.GetValueOrDefault(id) ?? [],
                };
            });
    }

    private List<TimeValue> LoadTimexes() => Rows(
        "SELECT document_id, start_offset, end_offset, text, value, type, range_start, range_end, precision, report_date, rule FROM time_expressions ORDER BY rowid",
        r => new TimeValue
        {
            DocumentId = r.GetString(0),
            Span = new TextSpan(r.GetInt32(1), r.GetInt32(2)),
            Text = r.GetString(3),
            Value = r.GetString(4),
            Type = ContractNames.ParseTimexType(r.GetString(5)),
            Start = TimeColumns.ParseDate(r, 6),
            End = TimeColumns.ParseDate(r, 7),
            Precision = ContractNames.ParsePrecision(r.GetString(8)),
            IsReportDate = r.GetInt64(9) != 0,
            Rule = r.GetString(10),
        });

    private static string? Text(SqliteDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);

    private List<T> Rows<T>(string sql, Func<SqliteDataReader, T> map)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    // Rows grouped by their first column (the owner's id), each group in row order.
    private Dictionary<string, List<T>> Lookup<T>(string sql, Func<SqliteDataReader, T> map)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var groups = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var key = reader.GetString(0);
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
            }

            list.Add(map(reader));
        }

        return groups;
    }
}
