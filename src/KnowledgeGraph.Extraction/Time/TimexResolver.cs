using System.Globalization;
using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Time;

/// <summary>
/// Turns candidates into TIMEX3 values for one document, in text order. Deictic expressions
/// ("next month") anchor on the publication date; anaphoric ones ("two years later", "the
/// following day") on the last date the narrative gave; weekdays, months, seasons and holidays
/// without a modifier go to the past or the future by the tense of their clause.
/// One instance per document: it carries the narrative anchor forward.
/// </summary>
internal sealed partial class TimexResolver
{
    // An anchor further back than this many characters no longer frames "a year ago" in financial copy.
    private const int QuarterAnchorReach = 400;

    private readonly DateOnly? _reference;
    // Financial copy compares with "a year earlier" long after naming the quarter: the last quarter named stays in reach this far.
    private const int LastQuarterReach = 1000;

    private (string Value, DateOnly Start, TimePrecision Precision, int Offset)? _anchor;
    private (DateOnly Start, int Offset)? _lastQuarter;

    public TimexResolver(DateOnly? reference) => _reference = reference;

    /// <summary>Kinds whose value depends on the tense of their clause.</summary>
    public static bool NeedsTense(TimexCandidate c) => c.Kind switch
    {
        TimexKind.Weekday or TimexKind.Season or TimexKind.Holiday => c.Direction is null,
        TimexKind.Month => c.Direction is null,
        TimexKind.Calendar => c.Year is null,
        TimexKind.Quarter => c.Year is null,
        _ => false,
    };

    public ResolvedTimex? Resolve(TimexCandidate c, ClauseTense tense)
    {
        ArgumentNullException.ThrowIfNull(c);
        var resolved = c.Kind switch
        {
            TimexKind.Calendar => Calendar(c, tense),
            TimexKind.Month => Month(c, tense),
            TimexKind.Weekday => Weekday(c, tense),
            TimexKind.DayOffset => DayOffset(c),
            TimexKind.Deictic => Deictic(c),
            TimexKind.Ago => Ago(c),
            TimexKind.Anaphoric => Anaphoric(c),
            TimexKind.Season => Season(c, tense),
            TimexKind.Quarter => Quarter(c, tense),
            TimexKind.Holiday => Holiday(c, tense),
            TimexKind.Duration => new ResolvedTimex(DurationValue(c), TimexType.Duration, c.Rule),
            TimexKind.Set => new ResolvedTimex(c.Code!, TimexType.Set, c.Rule),
            TimexKind.Fixed => new ResolvedTimex(c.Code!, c.Type, c.Rule),
            TimexKind.Clock => Clock(c),
            _ => (ResolvedTimex?)null,
        };
        if (c.Clock is not null && c.Kind != TimexKind.Clock && resolved is { Type: TimexType.Date } day && day.Value.Length == 10)
        {
            resolved = new ResolvedTimex(day.Value + "T" + c.Clock, TimexType.Time, day.Rule + "-clock");
        }

        // A year-ago comparison does not move the narrative: "year-earlier" twice stays one year back.
        if (resolved is { } r && r.Type is TimexType.Date or TimexType.Time && c.Kind != TimexKind.Fixed
            && c.Rule != "year-ago" && !r.Rule.EndsWith("-quarter", StringComparison.Ordinal))
        {
            var (start, _, precision) = TimexInterval.Of(r.Value);
            if (start is { } s)
            {
                _anchor = (r.Value, s, precision, c.Span.Start);
                if (precision == TimePrecision.Quarter)
                {
                    _lastQuarter = (s, c.Span.Start);
                }
            }
        }

        return resolved;
    }

    private static string DurationValue(TimexCandidate c)
    {
        var amount = c.Code ?? (c.Amount?.ToString(CultureInfo.InvariantCulture) ?? "X");
        return c.Unit switch
        {
            // TimeML writes decades and centuries in years: "two decades" is P20Y.
            "DE" when c.Amount is { } n => $"P{n * 10}Y",
            "CE" when c.Amount is { } n => $"P{n * 100}Y",
            "WE" => $"P{amount}WE",
            _ => (c.IsClockUnit ? "PT" : "P") + amount + c.Unit,
        };
    }

    private ResolvedTimex? DayOffset(TimexCandidate c)
    {
        if (_reference is not { } r)
        {
            return new ResolvedTimex(c.Amount == 0 && c.Code is null ? "PRESENT_REF" : "XXXX-XX-XX", TimexType.Date, c.Rule);
        }

        var day = CalendarMath.Day(r.AddDays(c.Amount ?? 0));
        return c.Code is null
            ? new ResolvedTimex(day, TimexType.Date, c.Rule)
            : new ResolvedTimex(day + "T" + c.Code, TimexType.Time, c.Rule);
    }

    private ResolvedTimex? Clock(TimexCandidate c)
    {
        var day = _anchor is { Precision: TimePrecision.Day } a && c.Span.Start - a.Offset < 40 ? a.Start : _reference;
        var date = day is { } d ? CalendarMath.Day(d) : "XXXX-XX-XX";
        return new ResolvedTimex(date + "T" + c.Clock, TimexType.Time, c.Rule);
    }

    private ResolvedTimex? Deictic(TimexCandidate c)
    {
        if (_reference is not { } r)
        {
            return new ResolvedTimex(c.Direction switch { < 0 => "PAST_REF", > 0 => "FUTURE_REF", _ => "PRESENT_REF" }, TimexType.Date, c.Rule);
        }

        return new ResolvedTimex(Shift(r, c.Unit!, c.Direction ?? 0) ?? "PRESENT_REF", TimexType.Date, c.Rule);
    }

    private ResolvedTimex? Ago(TimexCandidate c)
    {
        if (c.Amount is null && c.Unit == "Y" && c.Direction < 0 && _reference is { } near)
        {
            // "a few years ago": some year of this decade or the end of the last, TimeML's "199X".
            return new ResolvedTimex((near.Year / 10).ToString("000", CultureInfo.InvariantCulture) + "X", TimexType.Date, c.Rule + "-vague");
        }

        if (c.Amount is not { } n || _reference is not { } r)
        {
            return new ResolvedTimex(c.Direction > 0 ? "FUTURE_REF" : "PAST_REF", TimexType.Date, c.Rule);
        }

        // Financial copy: "profit rose from $3 million a year ago", said of the quarter just named.
        if (c.Unit == "Y" && n == 1 && QuarterInReach(c) is { } q)
        {
            return new ResolvedTimex(Shift(q, "Q", 4 * n * (c.Direction ?? -1))!, TimexType.Date, c.Rule + "-quarter");
        }

        var value = c.IsClockUnit ? CalendarMath.Day(r) : Shift(r, c.Unit!, n * (c.Direction ?? -1));
        return value is null ? null : new ResolvedTimex(value, TimexType.Date, c.Rule);
    }

    private ResolvedTimex? Anaphoric(TimexCandidate c)
    {
        if (c.Amount is not { } n)
        {
            return new ResolvedTimex(c.Direction > 0 ? "FUTURE_REF" : "PAST_REF", TimexType.Date, c.Rule);
        }

        var delta = n * (c.Direction ?? 0);
        if (c.Rule == "year-ago" || (c.Unit == "Y" && n == 1))
        {
            if (QuarterInReach(c) is { } q)
            {
                return new ResolvedTimex(Shift(q, "Q", 4 * delta)!, TimexType.Date, c.Rule + "-quarter");
            }

            if (c.Code == "quarter" && _reference is { } r)
            {
                var latest = new DateOnly(r.Year, ((CalendarMath.Quarter(r.Month) - 1) * 3) + 1, 1).AddMonths(-3);
                return new ResolvedTimex(Shift(latest, "Q", 4 * delta)!, TimexType.Date, c.Rule + "-latest-quarter");
            }

            if (c.Rule == "year-ago" && _reference is { } reportDay)
            {
                // "year-earlier results": a year before the report, not before the last date told.
                return new ResolvedTimex(CalendarMath.Year(reportDay.Year + delta), TimexType.Date, c.Rule);
            }
        }

        // The anchor must be at least as fine as the unit ("the following day" needs a day); else the report date.
        var anchor = _anchor is { } a && Rank(a.Precision) <= Rank(UnitPrecision(c.Unit!)) ? a.Start : _reference;
        if (anchor is not { } b)
        {
            return new ResolvedTimex(delta < 0 ? "PAST_REF" : delta > 0 ? "FUTURE_REF" : "PRESENT_REF", TimexType.Date, c.Rule);
        }

        var value = c.IsClockUnit ? CalendarMath.Day(b) : Shift(b, c.Unit!, delta);
        return value is null ? null : new ResolvedTimex(value, TimexType.Date, c.Rule);
    }

    /// <summary>The quarter a year-ago comparison refers to: the anchor if it is one, else the last quarter named nearby.</summary>
    private DateOnly? QuarterInReach(TimexCandidate c) =>
        _anchor is { Precision: TimePrecision.Quarter } a && c.Span.Start - a.Offset < QuarterAnchorReach ? a.Start
        : _lastQuarter is { } q && c.Span.Start - q.Offset < LastQuarterReach ? q.Start
        : null;

    private static TimePrecision UnitPrecision(string unit) => unit switch
    {
        "D" => TimePrecision.Day,
        "W" => TimePrecision.Week,
        "WE" => TimePrecision.Week,
        "M" => TimePrecision.Month,
        "Q" => TimePrecision.Quarter,
        "Y" => TimePrecision.Year,
        "DE" => TimePrecision.Decade,
        _ => TimePrecision.Century,
    };

    private static int Rank(TimePrecision p) => p switch
    {
        TimePrecision.Minute or TimePrecision.Hour or TimePrecision.Day => 0,
        TimePrecision.Week or TimePrecision.Weekend => 1,
        TimePrecision.Month => 2,
        TimePrecision.Season or TimePrecision.Quarter => 3,
        TimePrecision.Half => 4,
        TimePrecision.Year => 5,
        TimePrecision.Decade => 6,
        _ => 7,
    };

    /// <summary>The value of the <paramref name="unit"/> that holds <paramref name="from"/>, moved by <paramref name="delta"/> units.</summary>
    private static string? Shift(DateOnly from, string unit, int delta) => unit switch
        {
            "D" => CalendarMath.Day(from.AddDays(delta)),
            "W" => CalendarMath.Week(from.AddDays(7 * delta)),
            "WE" => CalendarMath.Week(from.AddDays(7 * delta)) + "-WE",
            "M" => CalendarMath.Month(from.AddMonths(delta).Year, from.AddMonths(delta).Month),
            "Q" => QuarterValue(from.AddMonths(3 * delta)),
            "H" => $"{CalendarMath.Year(from.AddMonths(6 * delta).Year)}-H{(from.AddMonths(6 * delta).Month <= 6 ? 1 : 2)}",
            "Y" => CalendarMath.Year(from.Year + delta),
            "DE" => ((from.Year / 10) + delta).ToString("000", CultureInfo.InvariantCulture),
            "CE" => ((from.Year / 100) + delta).ToString("00", CultureInfo.InvariantCulture),
            _ => null,
        };

    private static string QuarterValue(DateOnly d) => $"{CalendarMath.Year(d.Year)}-Q{CalendarMath.Quarter(d.Month)}";
}
