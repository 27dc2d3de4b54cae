namespace KnowledgeGraph.Core.Queries;

/// <summary>
/// The entities around <paramref name="Entity"/> (name or alias, any case) up to <paramref name="Depth"/> steps away,
/// through shared events (participants and place) and quotes (speaker, addressee, mentioned entities).
/// With <paramref name="Types"/>, only events of those types link, and quotes do not.
/// At most <paramref name="Limit"/> entities per depth are kept (the most connected); depth 2 grows from those.
/// </summary>
public sealed record NeighbourQuery(string Entity, int Depth = 1, IReadOnlyList<EventType>? Types = null, int Limit = 25);
