namespace KnowledgeGraph.Core.Queries;

/// <summary>An entity with how many events it takes part in (as participant or place) and how many quotes it says.</summary>
public sealed record RankedEntity(NamedEntity Entity, int Events, int Quotes);
