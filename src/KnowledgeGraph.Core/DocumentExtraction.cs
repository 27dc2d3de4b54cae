namespace KnowledgeGraph.Core;

/// <summary>A problem met while reading or extracting one input; the run goes on with the rest.</summary>
public sealed record InputError(string Source, string Message, long? Line = null, long? Offset = null)
{
    public override string ToString()
    {
        var where = Line is { } l ? $"{Source}:{l}" : Offset is { } o ? $"{Source}@{o}" : Source;
        return $"{where}: {Message}";
    }
}

/// <summary>Everything the pipeline found in one article: a pure function of its text and the options.</summary>
public sealed record DocumentExtraction
{
    public required Document Document { get; init; }

    public IReadOnlyList<Entity> Entities { get; init; } = [];

    public IReadOnlyList<Event> Events { get; init; } = [];

    public IReadOnlyList<Quote> Quotes { get; init; } = [];

    public IReadOnlyList<TimeValue> Timexes { get; init; } = [];
}
