namespace KnowledgeGraph.Neo4j.Http;

/// <summary>What a statement changed, as the server counts it (Query API <c>counters</c>, tx API <c>stats</c>).</summary>
public sealed record QueryCounters
{
    public static QueryCounters None { get; } = new();

    public long NodesCreated { get; init; }

    public long NodesDeleted { get; init; }

    public long RelationshipsCreated { get; init; }

    public long RelationshipsDeleted { get; init; }

    public long PropertiesSet { get; init; }

    public long LabelsAdded { get; init; }

    public long IndexesAdded { get; init; }

    public long ConstraintsAdded { get; init; }

    public static QueryCounters operator +(QueryCounters a, QueryCounters b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new QueryCounters
        {
            NodesCreated = a.NodesCreated + b.NodesCreated,
            NodesDeleted = a.NodesDeleted + b.NodesDeleted,
            RelationshipsCreated = a.RelationshipsCreated + b.RelationshipsCreated,
            RelationshipsDeleted = a.RelationshipsDeleted + b.RelationshipsDeleted,
            PropertiesSet = a.PropertiesSet + b.PropertiesSet,
            LabelsAdded = a.LabelsAdded + b.LabelsAdded,
            IndexesAdded = a.IndexesAdded + b.IndexesAdded,
            ConstraintsAdded = a.ConstraintsAdded + b.ConstraintsAdded,
        };
    }

    public static QueryCounters Add(QueryCounters a, QueryCounters b) => a + b;
}
