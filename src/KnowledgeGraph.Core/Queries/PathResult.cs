namespace KnowledgeGraph.Core.Queries;

/// <summary>The shortest chains between two entities; empty when none is found within the hop limit.</summary>
public sealed record PathResult(NamedEntity From, NamedEntity To, IReadOnlyList<IReadOnlyList<PathStep>> Chains)
{
    /// <summary>Steps in each chain (all chains are equally short); 0 when there is none.</summary>
    public int Hops => Chains.Count == 0 ? 0 : Chains[0].Count;
}
