namespace KnowledgeGraph.Core.Queries;

/// <summary>An entity connected to the centre of a neighbourhood, with how strongly and when.</summary>
public sealed record Neighbour
{
    public required NamedEntity Entity { get; init; }

    /// <summary>1 for a direct neighbour, 2 for a neighbour of a neighbour, ...</summary>
    public required int Depth { get; init; }

    /// <summary>For depth 2 and more: the nearer neighbour it was reached through (the most connected one).</summary>
    public NamedEntity? Via { get; init; }

    /// <summary>Distinct events linking it to the centre (or to <see cref="Via"/>).</summary>
    public required int Events { get; init; }

    /// <summary>Distinct quotes linking it to the centre (or to <see cref="Via"/>).</summary>
    public required int Quotes { get; init; }

    public DateOnly? First { get; init; }

    public DateOnly? Last { get; init; }

    /// <summary>A few of the connecting events and quotes, latest first.</summary>
    public IReadOnlyList<Connection> Connections { get; init; } = [];
}
