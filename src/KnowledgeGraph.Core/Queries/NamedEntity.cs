namespace KnowledgeGraph.Core.Queries;

/// <summary>An entity as query results show it: its id, canonical name and type.</summary>
public sealed record NamedEntity(string Id, string Name, EntityType Type);
