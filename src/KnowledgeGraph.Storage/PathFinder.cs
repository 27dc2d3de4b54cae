using KnowledgeGraph.Core.Queries;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage;

/// <summary>
/// Answers <see cref="PathQuery"/> with a breadth-first search from both ends at once, always growing
/// the smaller side, reading each entity's linked entities from <c>entity_pairs</c> (one index range)
/// as it is reached. This touches a few thousand rows where loading a million-event graph into
/// memory first would take seconds (README "Query latency" has the figures).
/// </summary>
internal sealed class PathFinder(SqliteConnection connection)
{
    // Entities reached before the search gives up: a path through most of the graph says nothing.
    private const int MaxVisited = 200_000;

    private readonly EntityResolver _resolver = new(connection);
    private readonly EntityLinks _links = new(connection);

    public PathResult? Find(PathQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (_resolver.ResolveOne(query.From) is not { } from || _resolver.ResolveOne(query.To) is not { } to)
        {
            return null;
        }

        if (from.Id == to.Id)
        {
            return new PathResult(from, to, []);
        }

        var a = new Side(from.Id);
        var b = new Side(to.Id);
        var meeting = new List<string>();
        while (a.Frontier.Count > 0 && b.Frontier.Count > 0 && a.Level + b.Level < query.MaxHops && a.Parents.Count + b.Parents.Count < MaxVisited)
        {
            var grow = a.Frontier.Count <= b.Frontier.Count ? a : b;
            var other = ReferenceEquals(grow, a) ? b : a;
            grow.Expand(_links, other);
            var reached = grow.Frontier.Where(other.Parents.ContainsKey).ToList();
            if (reached.Count > 0)
            {
                // All met nodes are at this side's new level; keep those nearest the other end.
                var nearest = reached.Min(n => other.Distance[n]);
                meeting = [.. reached.Where(n => other.Distance[n] == nearest)];
                break;
            }
        }

        if (meeting.Count == 0)
        {
            return new PathResult(from, to, []);
        }

        var chains = new List<List<string>>();
        foreach (var m in meeting.Order(StringComparer.Ordinal))
        {
            foreach (var left in a.PathsTo(m, query.MaxChains))
            {
                foreach (var right in b.PathsTo(m, query.MaxChains))
                {
                    if (chains.Count < query.MaxChains)
                    {
                        chains.Add([.. left, .. Enumerable.Reverse(right).Skip(1)]);
                    }
                }
            }
        }

        var names = _resolver.Describe(chains.SelectMany(c => c).Distinct(StringComparer.Ordinal));
        var steps = new Dictionary<(string, string), PathStep>();
        PathStep Step(string x, string y)
        {
            if (!steps.TryGetValue((x, y), out var step))
            {
                steps[(x, y)] = step = new PathStep(names[x], names[y], _links.Between(x, y));
            }

            return step;
        }

        var result = chains
            .Select(c => (IReadOnlyList<PathStep>)[.. c.Zip(c.Skip(1), Step)])
            .ToList();
        return new PathResult(from, to, result);
    }

    /// <summary>One end of the search: every entity reached with the entities it was reached from.</summary>
    private sealed class Side
    {
        public Side(string start)
        {
            Parents[start] = [];
            Distance[start] = 0;
            Frontier = [start];
        }

        public Dictionary<string, List<string>> Parents { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, int> Distance { get; } = new(StringComparer.Ordinal);

        public List<string> Frontier { get; private set; }

        public int Level { get; private set; }

        /// <summary>
        /// Reaches the next level, least busy entities first, and stops as soon as it touches the other side:
        /// every meeting at this level gives a chain of the same, shortest length, so the busy entities
        /// left (a hub's links are tens of thousands of rows) would add only more chains of that length.
        /// </summary>
        public void Expand(EntityLinks links, Side other)
        {
            var next = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var node in Frontier.OrderBy(links.Degree).ThenBy(n => n, StringComparer.Ordinal))
            {
                var met = false;
                foreach (var found in links.Others(node))
                {
                    if (Parents.ContainsKey(found))
                    {
                        continue;
                    }

                    if (!next.TryGetValue(found, out var parents))
                    {
                        next[found] = parents = [];
                    }

                    parents.Add(node);
                    met |= other.Parents.ContainsKey(found);
                }

                if (met)
                {
                    break;
                }
            }

            Level++;
            foreach (var (node, parents) in next)
            {
                Parents[node] = parents;
                Distance[node] = Level;
            }

            Frontier = [.. next.Keys];
        }

        /// <summary>Up to <paramref name="max"/> shortest chains from this side's start to <paramref name="node"/>, start first.</summary>
        public List<List<string>> PathsTo(string node, int max)
        {
            var parents = Parents[node];
            if (parents.Count == 0)
            {
                return [[node]];
            }

            var paths = new List<List<string>>();
            foreach (var parent in parents.Order(StringComparer.Ordinal))
            {
                foreach (var path in PathsTo(parent, max - paths.Count))
                {
                    paths.Add([.. path, node]);
                    if (paths.Count >= max)
                    {
                        return paths;
                    }
                }
            }

            return paths;
        }
    }
}
