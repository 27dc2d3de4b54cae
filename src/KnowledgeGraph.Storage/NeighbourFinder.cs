using KnowledgeGraph.Core.Queries;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage;

/// <summary>
/// Answers <see cref="NeighbourQuery"/>: per level, the <c>Limit</c> entities most strongly linked to
/// the level before (distinct events and quotes, then the latest date, then id), each with its counts,
/// first and last dates and latest connections; the next depth grows from those only. Without an
/// event-type filter the links come from <c>entity_pairs</c> (<see cref="PairNeighbourhood"/>), with one
/// from the event tables (<see cref="LinkNeighbourhood"/>).
/// </summary>
internal sealed class NeighbourFinder(SqliteConnection connection)
{
    // Depth beyond this reaches most of a news graph and says little.
    private const int MaxDepth = 3;

    private readonly EntityResolver _resolver = new(connection);
    private readonly EntityLinks _links = new(connection);

    public Neighbourhood? Find(NeighbourQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (_resolver.ResolveOne(query.Entity) is not { } center)
        {
            return null;
        }

        var limit = Math.Max(1, query.Limit);
        var depth = Math.Clamp(query.Depth, 1, MaxDepth);
        var (found, directTotal) = query.Types is { Count: > 0 } types
            ? new LinkNeighbourhood(connection).Find(center.Id, depth, limit, types)
            : new PairNeighbourhood(connection).Find(center.Id, depth, limit);
        var names = _resolver.Describe(found.Select(r => r.Id).Concat(found.Where(r => r.Via is not null).Select(r => r.Via!)).Distinct(StringComparer.Ordinal));
        var neighbours = found
            .Where(r => names.ContainsKey(r.Id))
            .Select(r => new Neighbour
            {
                Entity = names[r.Id],
                Depth = r.Depth,
                Via = r.Via is null ? null : names.GetValueOrDefault(r.Via),
                Events = r.Tally.Events,
                Quotes = r.Tally.Quotes,
                First = r.Tally.First,
                Last = r.Tally.Last,
                Connections = [.. r.Tally.Recent.Select(_links.Describe)],
            })
            .ToList();
        return new Neighbourhood(center, neighbours) { DirectTotal = directTotal };
    }
}
