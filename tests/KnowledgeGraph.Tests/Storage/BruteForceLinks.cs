using System.Globalization;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Tests.Storage;

/// <summary>
/// The entity links of a store counted from scratch in memory, independently of the store's own
/// queries: two entities are linked by each event they both belong to (participant or place) and by
/// each quote where one is the speaker and the other the addressee or mentioned, or one is the
/// addressee and the other mentioned. Also a neighbourhood and a shortest distance over those links.
/// </summary>
internal static class BruteForceLinks
{
    public sealed record Link(bool IsQuote, string Id, DateOnly? Date);

    /// <summary>"x y" (both directions) to the distinct links between x and y.</summary>
    public static Dictionary<string, Dictionary<string, Link>> Pairs(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        var pairs = new Dictionary<string, Dictionary<string, Link>>(StringComparer.Ordinal);
        void Add(string? x, string? y, Link link)
        {
            if (x is null || y is null || x == y)
            {
                return;
            }

            foreach (var key in new[] { $"{x} {y}", $"{y} {x}" })
            {
                if (!pairs.TryGetValue(key, out var links))
                {
                    pairs[key] = links = new Dictionary<string, Link>(StringComparer.Ordinal);
                }

                links[link.Id] = link;
            }
        }

        var members = Rows(connection, "SELECT event_id, entity_id FROM participants").Concat(Rows(connection, "SELECT id, place_id FROM events"))
            .Where(r => r[1] is not null).GroupBy(r => r[0]!).ToDictionary(g => g.Key, g => g.Select(r => r[1]!).ToList());
        foreach (var e in Rows(connection, "SELECT id, t_start FROM events"))
        {
            var list = members.GetValueOrDefault(e[0]!) ?? [];
            foreach (var x in list)
            {
                foreach (var y in list)
                {
                    Add(x, y, new Link(false, e[0]!, Day(e[1])));
                }
            }
        }

        var published = Rows(connection, "SELECT id, published FROM documents").ToDictionary(r => r[0]!, r => r[1]);
        var mentioned = Rows(connection, "SELECT quote_id, entity_id FROM quote_mentions").ToLookup(r => r[0]!, r => r[1]!);
        foreach (var q in Rows(connection, "SELECT id, document_id, t_start, speaker_id, addressee_id FROM quotes"))
        {
            var link = new Link(true, q[0]!, Day(q[2] ?? published[q[1]!]));
            Add(q[3], q[4], link);
            foreach (var m in mentioned[q[0]!])
            {
                Add(q[3], m, link);
                Add(q[4], m, link);
            }
        }

        return pairs;
    }

    /// <summary>The pairs as "x y events+quotes first last [latest ids]", in key order: what <c>entity_pairs</c> should hold.</summary>
    public static List<string> Rows(Dictionary<string, Dictionary<string, Link>> pairs) =>
        [.. pairs.OrderBy(p => p.Key.Split(' ')[0], StringComparer.Ordinal).ThenBy(p => p.Key.Split(' ')[1], StringComparer.Ordinal).Select(p =>
        {
            var links = p.Value.Values.ToList();
            var days = links.Where(l => l.Date is not null).Select(l => l.Date!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal).ToList();
            return $"{p.Key} {links.Count(l => !l.IsQuote)}+{links.Count(l => l.IsQuote)} {days.FirstOrDefault()} {days.LastOrDefault()} [{string.Join(",", Latest(p.Value))}]";
        })];

    /// <summary>The three latest link ids: date descending, undated last, then id.</summary>
    public static IEnumerable<string> Latest(Dictionary<string, Link> links) =>
        links.Values.OrderByDescending(l => l.Date ?? DateOnly.MinValue).ThenBy(l => l.Id, StringComparer.Ordinal).Take(3).Select(l => l.Id);

    /// <summary>
    /// Level by level: every entity not seen at an earlier level, with its strongest link to the level
    /// before (most links, then latest date; the first frontier entity on a tie), the <paramref name="limit"/>
    /// strongest kept and grown from. Formatted as the test formats a <c>Neighbour</c>.
    /// </summary>
    public static (List<string> Neighbours, int DirectTotal) Neighbourhood(Dictionary<string, Dictionary<string, Link>> pairs, string center, int depth, int limit)
    {
        var adjacency = pairs.Keys.Select(k => k.Split(' ')).ToLookup(k => k[0], k => k[1]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { center };
        var frontier = new List<string> { center };
        var result = new List<string>();
        for (var level = 1; level <= depth; level++)
        {
            var found = new Dictionary<string, (string From, int Total, DateOnly? Last)>(StringComparer.Ordinal);
            foreach (var from in frontier)
            {
                foreach (var other in adjacency[from].Where(o => !seen.Contains(o)))
                {
                    var links = pairs[$"{from} {other}"].Values;
                    var (total, last) = (links.Count, links.Max(l => l.Date));
                    if (!found.TryGetValue(other, out var best) || total > best.Total || (total == best.Total && (last ?? DateOnly.MinValue) > (best.Last ?? DateOnly.MinValue)))
                    {
                        found[other] = (from, total, last);
                    }
                }
            }

            var kept = found.OrderByDescending(f => f.Value.Total).ThenByDescending(f => f.Value.Last).ThenBy(f => f.Key, StringComparer.Ordinal).Take(limit).ToList();
            foreach (var (id, (from, _, _)) in kept)
            {
                var links = pairs[$"{from} {id}"];
                var dated = links.Values.Where(l => l.Date is not null).Select(l => l.Date).ToList();
                result.Add($"{level} {id} via {(level == 1 ? null : from)} {links.Values.Count(l => !l.IsQuote)}+{links.Values.Count(l => l.IsQuote)} {dated.Min()} {dated.Max()} [{string.Join(",", Latest(links))}]");
            }

            seen.UnionWith(found.Keys);
            frontier = [.. kept.Select(k => k.Key)];
        }

        return (result, adjacency[center].Count());
    }

    /// <summary>Hops on a shortest chain from a to b; 0 when a is b or no chain of at most six hops exists.</summary>
    public static int Distance(Dictionary<string, Dictionary<string, Link>> pairs, string a, string b)
    {
        var adjacency = pairs.Keys.Select(k => k.Split(' ')).ToLookup(k => k[0], k => k[1]);
        var distance = new Dictionary<string, int>(StringComparer.Ordinal) { [a] = 0 };
        var queue = new Queue<string>([a]);
        while (queue.TryDequeue(out var node))
        {
            foreach (var next in adjacency[node].Where(n => !distance.ContainsKey(n)))
            {
                distance[next] = distance[node] + 1;
                queue.Enqueue(next);
            }
        }

        return distance.TryGetValue(b, out var hops) && hops <= 6 ? hops : 0;
    }

    private static DateOnly? Day(string? text) => text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static List<string?[]> Rows(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var r = command.ExecuteReader();
        var rows = new List<string?[]>();
        while (r.Read())
        {
            rows.Add([.. Enumerable.Range(0, r.FieldCount).Select(i => r.IsDBNull(i) ? null : r.GetString(i))]);
        }

        return rows;
    }
}
