namespace KnowledgeGraph.Core.Queries;

/// <summary>The shortest chains of events and quotes linking two entities, at most <paramref name="MaxHops"/> steps long; up to <paramref name="MaxChains"/> of them.</summary>
public sealed record PathQuery(string From, string To, int MaxHops = 6, int MaxChains = 5);
