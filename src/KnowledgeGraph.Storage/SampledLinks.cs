using System.Globalization;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Queries;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage;

/// <summary>
/// The event links of an entity, restricted to some event types, read from a bounded sample: at most
/// N of its events as participant and N as place, in id order. Ids are content hashes, so this is a
/// fixed pseudo-random sample of a busy entity's links; each sampled event is then read by its key.
/// Same link rules as <see cref="EntityLinks.Of"/>. (A neighbourhood without a type filter reads
/// <c>entity_pairs</c> instead and needs no sample.)
/// </summary>
internal sealed class SampledLinks(SqliteConnection connection)
{
    public List<EntityLink> Of(string entityId, IReadOnlyList<EventType> types, int sample)
    {
        var links = new List<EntityLink>();
        var wanted = types.Select(ContractNames.Of).ToHashSet(StringComparer.Ordinal);
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

            if (!wanted.Contains(type))
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
