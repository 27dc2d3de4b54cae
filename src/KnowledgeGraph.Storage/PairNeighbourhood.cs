using System.Globalization;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage;

/// <summary>
/// A neighbourhood read from <c>entity_pairs</c>, counts exact at every depth. Depth 1 is the first
/// <c>Limit</c> rows of the centre's rank index and a count of its rows. A deeper level reads each
/// frontier entity's rows strongest first, skips entities found at an earlier level (one key probe
/// per frontier they could neighbour) and stops after <c>Limit</c> new ones: an entity that is not
/// among them is outranked there by <c>Limit</c> entities at least as strong everywhere, so the
/// <c>Limit</c> strongest of the level are always read, each with its strongest via.
/// </summary>
internal sealed class PairNeighbourhood(SqliteConnection connection)
{
    public FoundNeighbours Find(string center, int depth, int limit)
    {
        using var ranked = Command("SELECT other_id, events, quotes, first, last, recent FROM entity_pairs WHERE entity_id = $x ORDER BY events + quotes DESC, last DESC, other_id");
        using var linked = Command("SELECT 1 FROM entity_pairs WHERE entity_id = $x AND other_id = $y");
        linked.Parameters.Add("$y", SqliteType.Text);

        // Entities found at a level are the neighbours of the frontier before it: earlier[k] is the frontier of level k + 1.
        var earlier = new List<List<string>>();
        var result = new List<FoundNeighbour>();
        var frontier = new List<string> { center };
        for (var level = 1; level <= depth && frontier.Count > 0; level++)
        {
            var found = new Dictionary<string, (string From, PairTally Tally)>(StringComparer.Ordinal);
            foreach (var from in frontier)
            {
                ranked.Parameters[0].Value = from;
                using var r = ranked.ExecuteReader();
                for (var taken = 0; taken < limit && r.Read();)
                {
                    var other = r.GetString(0);
                    if (other == center || earlier.Any(f => IsLinked(linked, f, other)))
                    {
                        continue;
                    }

                    taken++;
                    var tally = PairTally.Read(r, 1, other);
                    if (!found.TryGetValue(other, out var best) || tally.IsStrongerThan(best.Tally))
                    {
                        found[other] = (from, tally);
                    }
                }
            }

            var kept = FoundNeighbour.Strongest(found, level, limit);
            result.AddRange(kept);
            earlier.Add(frontier);
            frontier = [.. kept.Select(k => k.Id)];
        }

        using var count = Command("SELECT count(*) FROM entity_pairs WHERE entity_id = $x");
        count.Parameters[0].Value = center;
        return new FoundNeighbours(result, Convert.ToInt32(count.ExecuteScalar(), CultureInfo.InvariantCulture));
    }

    private static bool IsLinked(SqliteCommand linked, List<string> frontier, string other)
    {
        foreach (var f in frontier)
        {
            linked.Parameters[0].Value = f;
            linked.Parameters[1].Value = other;
            if (linked.ExecuteScalar() is not null)
            {
                return true;
            }
        }

        return false;
    }

    private SqliteCommand Command(string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add("$x", SqliteType.Text);
        return command;
    }
}
