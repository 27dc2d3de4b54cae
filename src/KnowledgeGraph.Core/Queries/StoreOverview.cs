namespace KnowledgeGraph.Core.Queries;

/// <summary>What a store holds, for <c>kg stats</c>: counts, counts by type, the most connected entities and the dates covered.</summary>
public sealed record StoreOverview
{
    public required StoreStats Counts { get; init; }

    public IReadOnlyDictionary<string, int> EntitiesByType { get; init; } = new Dictionary<string, int>();

    public IReadOnlyDictionary<string, int> EventsByType { get; init; } = new Dictionary<string, int>();

    public IReadOnlyDictionary<string, int> QuotesByKind { get; init; } = new Dictionary<string, int>();

    /// <summary>Entities with the most events and quotes, most first.</summary>
    public IReadOnlyList<RankedEntity> TopEntities { get; init; } = [];

    /// <summary>Earliest and latest event start day.</summary>
    public DateOnly? FirstEvent { get; init; }

    public DateOnly? LastEvent { get; init; }

    public int UndatedEvents { get; init; }

    /// <summary>Articles whose publication date is unknown (relative dates in them could not be resolved).</summary>
    public int DocumentsWithoutDate { get; init; }
}
