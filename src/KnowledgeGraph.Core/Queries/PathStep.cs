namespace KnowledgeGraph.Core.Queries;

/// <summary>One link of a chain: two entities and a few of the events or quotes that connect them.</summary>
public sealed record PathStep(NamedEntity From, NamedEntity To, IReadOnlyList<Connection> Connections);
