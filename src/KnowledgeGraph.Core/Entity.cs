namespace KnowledgeGraph.Core;

public enum EntityType
{
    Person,
    Organization,
    Location,
    Other,
}

/// <summary>One occurrence of an entity in a document.</summary>
public sealed record Mention(string DocumentId, TextSpan Span, string Text);

/// <summary>An attribute value with where it was read ("age" = "70" from "Putin, 70").</summary>
public sealed record AttributeValue(string Name, string Value, string DocumentId, TextSpan Span);

/// <summary>One real-world thing: a person, organisation, place or other named thing.</summary>
public sealed record Entity
{
    public required string Id { get; init; }

    public required EntityType Type { get; init; }

    /// <summary>Country, City, Region, Facility, ... or null.</summary>
    public string? Subtype { get; init; }

    public required string Name { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public IReadOnlyList<AttributeValue> Attributes { get; init; } = [];

    public IReadOnlyList<Mention> Mentions { get; init; } = [];
}
