using KnowledgeGraph.Core;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage;

/// <summary>
/// A neighbourhood restricted to some event types, which <c>entity_pairs</c> does not break down: the
/// centre's links are read from the event tables and counted per entity; the <c>Limit</c> strongest
/// are kept, and the next depth grows from those only, so a hub's neighbourhood stays a readable size.
/// </summary>
internal sealed class LinkNeighbourhood(SqliteConnection connection)
{
    // Beyond depth 1, a busy entity contributes a fixed sample of this many events, so a neighbourhood
    // through a few hubs stays fast; depth-2 counts are then lower bounds.
    private const int SampleBeyondDepthOne = 200;

    private readonly EntityLinks _links = new(connection);
    private readonly SampledLinks _sampled = new(connection);

    public FoundNeighbours Find(string center, int depth, int limit, IReadOnlyList<EventType> types)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { center };
        var result = new List<FoundNeighbour>();
        var frontier = new List<string> { center };
        var directTotal = 0;
        for (var level = 1; level <= depth && frontier.Count > 0; level++)
        {
            // Per new entity: its tally through each frontier entity; the strongest one is "via".
            var found = new Dictionary<string, (string From, PairTally Tally)>(StringComparer.Ordinal);
            foreach (var from in frontier)
            {
                var perOther = new Dictionary<string, (PairTally Tally, HashSet<string> Counted)>(StringComparer.Ordinal);
                foreach (var link in level == 1 ? _links.Of(from, types) : _sampled.Of(from, types, SampleBeyondDepthOne))
                {
                    if (seen.Contains(link.Other))
                    {
                        continue;
                    }

                    if (!perOther.TryGetValue(link.Other, out var other))
                    {
                        perOther[link.Other] = other = (new PairTally(), new HashSet<string>(StringComparer.Ordinal));
                    }

                    if (other.Counted.Add(link.ConnectionId))
                    {
                        other.Tally.Add(link);
                    }
                }

                foreach (var (other, (tally, _)) in perOther)
                {
                    if (!found.TryGetValue(other, out var best) || tally.IsStrongerThan(best.Tally))
                    {
                        found[other] = (from, tally);
                    }
                }
            }

            if (level == 1)
            {
                directTotal = found.Count;
            }

            var kept = FoundNeighbour.Strongest(found, level, limit);
            result.AddRange(kept);
            seen.UnionWith(found.Keys);
            frontier = [.. kept.Select(k => k.Id)];
        }

        return new FoundNeighbours(result, directTotal);
    }
}
