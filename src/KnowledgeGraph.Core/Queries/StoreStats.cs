namespace KnowledgeGraph.Core.Queries;

/// <summary>How much a store holds.</summary>
public sealed record StoreStats(int Documents, int Entities, int Events, int Quotes, int TimeExpressions);
