namespace KnowledgeGraph.Storage;

/// <summary>A neighbour before names are attached: its depth, the nearer neighbour it was reached through, and its links.</summary>
internal sealed record FoundNeighbour(string Id, string? Via, int Depth, PairTally Tally);

/// <summary>The neighbours found level by level, and how many were directly connected before the limit cut them.</summary>
internal sealed record FoundNeighbours(List<FoundNeighbour> Found, int DirectTotal);
