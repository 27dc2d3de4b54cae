using KnowledgeGraph.Core.Queries;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage;

/// <summary>
/// Answers <see cref="NeighbourQuery"/>: the centre's links are read from the store and counted per
/// entity (distinct events and quotes, first and last dates); the <c>Limit</c> most connected are
/// kept, and the next depth grows from those only, so a hub's neighbourhood stays a readable size.
/// </summary>
internal sealed class NeighbourFinder(SqliteConnection connection)
{
    // Connections shown per neighbour: enough to see why, few enough to read.
    private const int ConnectionsShown = 3;

    // Depth beyond this reaches most of a news graph and says little.
    private const int MaxDepth = 3;

    // Beyond depth 1, a busy entity contributes a fixed sample of this many events (and quotes per role), so a
    // neighbourhood through a few hubs stays fast; depth-2 counts are then lower bounds.
    private const int SampleBeyondDepthOne = 200;

    private readonly EntityResolver _resolver = new(connection);
    private readonly EntityLinks _links = new(connection);
    private readonly SampledLinks _sampled = new(connection);

    public Neighbourhood? Find(NeighbourQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (_resolver.ResolveOne(query.Entity) is not { } center)
        {
            return null;
        }

        var limit = Math.Max(1, query.Limit);
        var depth = Math.Clamp(query.Depth, 1, MaxDepth);
        var seen = new HashSet<string>(StringComparer.Ordinal) { center.Id };
        var result = new List<(string Id, string? Via, int Depth, Tally Tally)>();
        var frontier = new List<string> { center.Id };
        var directTotal = 0;
        for (var level = 1; level <= depth && frontier.Count > 0; level++)
        {
            // Per new entity: its tally through each frontier entity; the strongest one is "via".
            var found = new Dictionary<string, (string From, Tally Tally)>(StringComparer.Ordinal);
            foreach (var from in frontier)
            {
                var perOther = new Dictionary<string, Tally>(StringComparer.Ordinal);
                foreach (var link in level == 1 ? _links.Of(from, query.Types) : _sampled.Of(from, query.Types, SampleBeyondDepthOne))
                {
                    if (seen.Contains(link.Other))
                    {
                        continue;
                    }

                    if (!perOther.TryGetValue(link.Other, out var tally))
                    {
                        perOther[link.Other] = tally = new Tally();
                    }

                    tally.Add(link);
                }

                foreach (var (other, tally) in perOther)
                {
                    if (!found.TryGetValue(other, out var best) || tally.Total > best.Tally.Total)
                    {
                        found[other] = (from, tally);
                    }
                }
            }

            if (level == 1)
            {
                directTotal = found.Count;
            }

            var kept = found
                .OrderByDescending(f => f.Value.Tally.Total)
                .ThenByDescending(f => f.Value.Tally.Last)
                .ThenBy(f => f.Key, StringComparer.Ordinal)
                .Take(limit)
                .ToList();
            foreach (var (id, (from, tally)) in kept)
            {
                result.Add((id, level == 1 ? null : from, level, tally));
            }

            seen.UnionWith(found.Keys);
            frontier = [.. kept.Select(k => k.Key)];
        }

        var names = _resolver.Describe(result.Select(r => r.Id).Concat(result.Where(r => r.Via is not null).Select(r => r.Via!)).Distinct(StringComparer.Ordinal));
        var neighbours = result
            .Where(r => names.ContainsKey(r.Id))
            .Select(r => new Neighbour
            {
                Entity = names[r.Id],
                Depth = r.Depth,
                Via = r.Via is null ? null : names.GetValueOrDefault(r.Via),
                Events = r.Tally.Events.Count,
                Quotes = r.Tally.Quotes.Count,
                First = r.Tally.First,
                Last = r.Tally.Last,
                Connections = [.. r.Tally.Latest(ConnectionsShown).Select(_links.Describe)],
            })
            .ToList();
        return new Neighbourhood(center, neighbours) { DirectTotal = directTotal };
    }

    /// <summary>The distinct events and quotes linking one entity to another, and their date range.</summary>
    private sealed class Tally
    {
        private readonly Dictionary<string, EntityLink> _links = new(StringComparer.Ordinal);

        public HashSet<string> Events { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Quotes { get; } = new(StringComparer.Ordinal);

        public DateOnly? First { get; private set; }

        public DateOnly? Last { get; private set; }

        public int Total => Events.Count + Quotes.Count;

        public void Add(EntityLink link)
        {
            if (!(link.Kind == ConnectionKind.Event ? Events : Quotes).Add(link.ConnectionId))
            {
                return;
            }

            _links[link.ConnectionId] = link;
            if (link.Date is { } d)
            {
                First = First is { } f && f <= d ? f : d;
                Last = Last is { } l && l >= d ? l : d;
            }
        }

        public IEnumerable<EntityLink> Latest(int count) =>
            _links.Values.OrderByDescending(l => l.Date ?? DateOnly.MinValue).ThenBy(l => l.ConnectionId, StringComparer.Ordinal).Take(count);
    }
}
