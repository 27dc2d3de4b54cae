namespace KnowledgeGraph.Core;

public enum TimexType
{
    Date,
    Time,
    Duration,
    Set,
}

public enum TimePrecision
{
    Unknown,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Month,
    Season,
    Quarter,
    Half,
    Year,
    Decade,
    Century,
}

/// <summary>
/// A time expression resolved to a TimeML TIMEX3 value and, where it names a stretch of the
/// calendar, a half-open interval [Start, End) of days for ordering and range queries.
/// </summary>
public sealed record TimeValue
{
    public required string DocumentId { get; init; }

    /// <summary>The surface text as it stands in the document.</summary>
    public required string Text { get; init; }

    /// <summary>TIMEX3 value: 2023-09-13, 2023-10, 2025-W10-WE, P18M, PRESENT_REF, XXXX-WXX-3.</summary>
    public required string Value { get; init; }

    public required TimexType Type { get; init; }

    public required TextSpan Span { get; init; }

    public DateOnly? Start { get; init; }

    /// <summary>Exclusive end day.</summary>
    public DateOnly? End { get; init; }

    public TimePrecision Precision { get; init; } = TimePrecision.Unknown;

    /// <summary>True when this is the report (publication) date standing in for an undated fact.</summary>
    public bool IsReportDate { get; init; }

    /// <summary>The rule that resolved the value, for explanations.</summary>
    public string Rule { get; init; } = "";
}
