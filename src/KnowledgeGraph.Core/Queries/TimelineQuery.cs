namespace KnowledgeGraph.Core.Queries;

/// <summary>Which events a timeline shows: those of an entity (canonical name or alias, any case), within [From, To].</summary>
public sealed record TimelineQuery(string? Entity = null, DateOnly? From = null, DateOnly? To = null);
