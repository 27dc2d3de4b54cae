namespace KnowledgeGraph.Core.Queries;

/// <summary>The answer to a <see cref="NeighbourQuery"/>: the centre and its neighbours, nearest and most connected first.</summary>
public sealed record Neighbourhood(NamedEntity Center, IReadOnlyList<Neighbour> Neighbours)
{
    /// <summary>How many entities were connected at depth 1 before <see cref="NeighbourQuery.Limit"/> cut the list.</summary>
    public int DirectTotal { get; init; }
}
