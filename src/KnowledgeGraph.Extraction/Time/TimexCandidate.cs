using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Time;

/// <summary>What a pattern recognised, before it is resolved against a reference time.</summary>
internal enum TimexKind
{
    /// <summary>A calendar date, month or year with every needed part given or missing: "Sept. 13", "March 1996".</summary>
    Calendar,

    /// <summary>A bare month, optionally with last/this/next: "in December", "last April".</summary>
    Month,

    Weekday,

    /// <summary>today, yesterday, tomorrow (Amount = offset in days).</summary>
    DayOffset,

    /// <summary>last/this/next + unit, anchored on the publication date: "next month", "this weekend".</summary>
    Deictic,

    /// <summary>N units ago, from the publication date.</summary>
    Ago,

    /// <summary>N units later/earlier, the following day, that year: anchored on the narrative's last time.</summary>
    Anaphoric,

    Season,
    Quarter,
    Holiday,
    Duration,
    Set,

    /// <summary>A value given by the pattern itself: PRESENT_REF, PAST_REF, FUTURE_REF, an absolute year.</summary>
    Fixed,

    /// <summary>A clock time: "5 p.m.", "noon".</summary>
    Clock,
}

/// <summary>
/// A recognised time expression with the parts its pattern read. Direction is -1 (last, ago,
/// earlier), 0 (this, that, same) or +1 (next, later, following); null when the text gives none.
/// </summary>
internal sealed record TimexCandidate(TextSpan Span, TimexKind Kind, string Rule)
{
    public int? Year { get; init; }

    public int? Month { get; init; }

    public int? Day { get; init; }

    public int? Weekday { get; init; }

    /// <summary>A count; null when vague ("several years").</summary>
    public int? Amount { get; init; }

    /// <summary>Unit letter: Y, M, W, WE, D, Q, H, DE, CE, S for seconds with IsClockUnit.</summary>
    public string? Unit { get; init; }

    public bool IsClockUnit { get; init; }

    public int? Direction { get; init; }

    /// <summary>Season code, part of day, holiday key, or a fixed value.</summary>
    public string? Code { get; init; }

    /// <summary>Type a fixed value carries.</summary>
    public TimexType Type { get; init; } = TimexType.Date;

    /// <summary>Clock time as "HH:MM" for TIME values.</summary>
    public string? Clock { get; init; }
}
