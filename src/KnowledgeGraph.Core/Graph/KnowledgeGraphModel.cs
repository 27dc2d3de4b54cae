namespace KnowledgeGraph.Core.Graph;

/// <summary>The merged graph of many articles: one entity per real-world thing, one event per real-world event.</summary>
public sealed record KnowledgeGraphModel
{
    public IReadOnlyList<Document> Documents { get; init; } = [];

    public IReadOnlyList<Entity> Entities { get; init; } = [];

    public IReadOnlyList<Event> Events { get; init; } = [];

    public IReadOnlyList<Quote> Quotes { get; init; } = [];

    public IReadOnlyList<TimeValue> Timexes { get; init; } = [];
}
