namespace KnowledgeGraph.Neo4j.Projection;

/// <summary>A property of every row in a table: its key (a fixed identifier) and its type.</summary>
public sealed record Column(string Name, PropertyType Type);
