using System.Globalization;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Queries;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage;

/// <summary>
/// The links of an entity read from a bounded sample: at most N of its events (as participant, as
/// place) and N of its quotes in each role, in id order. Ids are content hashes, so this is a fixed
/// pseudo-random sample of a busy entity's links; each sampled event or quote is then read by its key.
/// Same link rules as <see cref="EntityLinks.Of"/>.
/// </summary>
internal sealed class SampledLinks(SqliteConnection connection)
{
    public List<EntityLink> Of(string entityId, IReadOnlyList<EventType>? types, int sample)
    {
        var links = new List<EntityLink>();
        var wanted = types is { Count: > 0 } ? types.Select(ContractNames.Of).ToHashSet(StringComparer.Ordinal) : null;
        var eventIds = Ids("SELECT event_id FROM participants WHERE entity_id = $x LIMIT $cap", entityId, sample)
            .Union(Ids("SELECT id FROM events WHERE place_id = $x LIMIT $cap", entityId, sample), StringComparer.Ordinal);
        using var ev = Command("SELECT type, t_start, place_id FROM events WHERE id = $id");
        using var who = Command("SELECT entity_id FROM participants WHERE event_id = $id");
        foreach (var id in eventIds)
        {
            ev.Parameters[0].Value = id;
            string type;
            DateOnly? date;
            string? place;
            using (var r = ev.ExecuteReader())
            {
                if (!r.Read())
                {
                    continue;
                }

                (type, date, place) = (r.GetString(0), Day(r, 1), r.IsDBNull(2) ? null : r.GetString(2));
            }

            if (wanted is not null && !wanted.Contains(type))
            {
                continue;
            }

            foreach (var other in Strings(who, id).Append(place))
            {
                if (other is not null && other != entityId)
                {
                    links.Add(new EntityLink(other, ConnectionKind.Event, id, type, date));
                }
            }
        }

        if (wanted is not null)
        {
            return links;
        }

        using var quote = Command("SELECT q.kind, COALESCE(q.t_start, d.published), q.speaker_id, q.addressee_id FROM quotes q JOIN documents d ON d.id = q.document_id WHERE q.id = $id");
        using var mentioned = Command("SELECT entity_id FROM quote_mentions WHERE quote_id = $id");
        var quoteIds = Ids("SELECT id FROM quotes WHERE speaker_id = $x LIMIT $cap", entityId, sample)
            .Union(Ids("SELECT id FROM quotes WHERE addressee_id = $x LIMIT $cap", entityId, sample), StringComparer.Ordinal)
            .Union(Ids("SELECT quote_id FROM quote_mentions WHERE entity_id = $x LIMIT $cap", entityId, sample), StringComparer.Ordinal);
        foreach (var id in quoteIds)
        {
            quote.Parameters[0].Value = id;
            using var r = quote.ExecuteReader();
            if (!r.Read())
            {
                continue;
            }

            var (kind, date) = (r.GetString(0), Day(r, 1));
            var speaker = r.IsDBNull(2) ? null : r.GetString(2);
            var addressee = r.IsDBNull(3) ? null : r.GetString(3);
            var mentions = Strings(mentioned, id);

            // Speaker and addressee link to each other and to the mentioned; the mentioned only to them.
            IEnumerable<string?> others = entityId == speaker ? mentions.Append(addressee)
                : entityId == addressee ? mentions.Append(speaker)
                : [speaker, addressee];
            foreach (var other in others)
            {
                if (other is not null && other != entityId)
                {
                    links.Add(new EntityLink(other, ConnectionKind.Quote, id, kind, date));
                }
            }
        }

        return links;
    }

    private static DateOnly? Day(SqliteDataReader r, int i) =>
        r.IsDBNull(i) ? null : DateOnly.ParseExact(r.GetString(i), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private SqliteCommand Command(string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add("$id", SqliteType.Text);
        return command;
    }

    private List<string> Ids(string sql, string entityId, int sample)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$x", entityId);
        command.Parameters.AddWithValue("$cap", sample);
        using var r = command.ExecuteReader();
        var ids = new List<string>();
        while (r.Read())
        {
            ids.Add(r.GetString(0));
        }

        return ids;
    }

    private static List<string> Strings(SqliteCommand command, string id)
    {
        command.Parameters[0].Value = id;
        using var r = command.ExecuteReader();
        var list = new List<string>();
        while (r.Read())
        {
            list.Add(r.GetString(0));
        }

        return list;
    }
}
