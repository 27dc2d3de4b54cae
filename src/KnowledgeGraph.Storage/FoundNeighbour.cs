namespace KnowledgeGraph.Storage;

/// <summary>A neighbour before names are attached: its depth, the nearer neighbour it was reached through, and its links.</summary>
internal sealed record FoundNeighbour(string Id, string? Via, int Depth, PairTally Tally)
{
    /// <summary>
    /// The <paramref name="limit"/> strongest of the entities found at <paramref name="level"/>, in the
    /// order a neighbourhood lists them: most links, then the latest date, then the id.
    /// </summary>
    public static List<FoundNeighbour> Strongest(Dictionary<string, (string From, PairTally Tally)> found, int level, int limit) =>
        [.. found
            .OrderByDescending(f => f.Value.Tally.Total)
            .ThenByDescending(f => f.Value.Tally.Last)
            .ThenBy(f => f.Key, StringComparer.Ordinal)
            .Take(limit)
            .Select(f => new FoundNeighbour(f.Key, level == 1 ? null : f.Value.From, level, f.Value.Tally))];
}

/// <summary>The neighbours found level by level, and how many were directly connected before the limit cut them.</summary>
internal sealed record FoundNeighbours(List<FoundNeighbour> Found, int DirectTotal);
