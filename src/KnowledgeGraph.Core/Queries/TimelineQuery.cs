namespace KnowledgeGraph.Core.Queries;

/// <summary>
/// Which events a timeline shows: those of an entity (canonical name or alias, any case), within [From, To],
/// of the given types (all when none), at most <paramref name="Limit"/> of them in time order (all when null).
/// </summary>
public sealed record TimelineQuery(
    string? Entity = null,
    DateOnly? From = null,
    DateOnly? To = null,
    IReadOnlyList<EventType>? Types = null,
    int? Limit = null);
