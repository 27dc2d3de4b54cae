using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Time;

/// <summary>
/// The fast path: runs the compiled patterns over the text and keeps, where expressions overlap,
/// the longest (then earliest). Produces unresolved candidates; <see cref="TimexResolver"/> gives values.
/// </summary>
internal static partial class FastTimexScanner
{
    // Full names, and abbreviations only as they stand before a day ("Sept. 13", "Jan 5"): "Mar" alone would fire on every "Market".
    private static readonly string[] MonthNames =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept", "Oct.", "Nov.", "Dec.",
        "Jan ", "Feb ", "Mar ", "Apr ", "Jun ", "Jul ", "Aug ", "Sep ", "Oct ", "Nov ", "Dec ",
        "JANUARY", "FEBRUARY", "MARCH", "APRIL", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER",
    ];

    private static readonly string[] Units = ["second", "minute", "hour", "day", "night", "week", "month", "quarter", "year", "decade", "centur"];

    private static readonly TimexRule[] Rules =
    [
        new("month-day-year", TimexPatterns.MonthDayYear(), MonthNames, StringComparison.Ordinal, (15, 30), MonthDayYear),
        new("day-month-year", TimexPatterns.DayMonthYear(), MonthNames, StringComparison.Ordinal, (10, 20), DayMonthYear),
        new("iso-date", TimexPatterns.IsoDate(), ["-0", "-1"], StringComparison.Ordinal, (10, 10), IsoDate, wordStart: false),
        new("month-year", TimexPatterns.MonthYear(), MonthNames, StringComparison.Ordinal, (10, 20), MonthYear),
        new("month-relative-year", TimexPatterns.MonthRelativeYear(), MonthNames, StringComparison.Ordinal, (5, 25), MonthRelativeYear),
        new("month", TimexPatterns.MonthAlone(), MonthNames, StringComparison.Ordinal, (25, 10), MonthAlone),
        new("weekday", TimexPatterns.Weekday(), ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"], StringComparison.Ordinal, (25, 25), Weekday),
        new("year", TimexPatterns.Year(), ["16", "17", "18", "19", "20"], StringComparison.Ordinal, (25, 10), Year),
        new("spoken-year", TimexPatterns.SpokenYear(), ["nineteen", "eighteen", "two thousand"], StringComparison.OrdinalIgnoreCase, (15, 40), SpokenYear),
        new("decade", TimexPatterns.Decade(), ["0s", "0's", "ties"], StringComparison.OrdinalIgnoreCase, (20, 10), Decade, wordStart: false),
        new("century", TimexPatterns.Century(), ["century"], StringComparison.OrdinalIgnoreCase, (20, 10), Century),
        new("day-word", TimexPatterns.DayWord(), ["today", "yesterday", "tomorrow", "tonight", "overnight", "morning", "afternoon", "evening", "night"], StringComparison.OrdinalIgnoreCase, (20, 25), DayWord),
        new("relative-unit", TimexPatterns.RelativeUnit(), Units, StringComparison.OrdinalIgnoreCase, (35, 10), RelativeUnit),
        new("offset", TimexPatterns.Offset(), ["ago", "later", "earlier", "afterward", "hence", "from now"], StringComparison.OrdinalIgnoreCase, (50, 10), Offset),
        new("year-ago", TimexPatterns.YearAgoAdjective(), ["year-"], StringComparison.OrdinalIgnoreCase, (25, 30), YearAgoAdjective),
        new("anaphoric-unit", TimexPatterns.AnaphoricUnit(), Units, StringComparison.OrdinalIgnoreCase, (20, 10), AnaphoricUnit),
        new("duration", TimexPatterns.Duration(), Units, StringComparison.OrdinalIgnoreCase, (40, 10), Duration),
        new("vague-duration", TimexPatterns.VagueDuration(), Units, StringComparison.OrdinalIgnoreCase, (35, 10), VagueDuration),
        new("set", TimexPatterns.Set(), ["every", "each", "daily", "weekly", "monthly", "yearly", "hourly", "nightly", "once", "twice", "times"], StringComparison.OrdinalIgnoreCase, (20, 25), Set),
        new("reference", TimexPatterns.Reference(), ["now", "current", "these days", "present", "recent", "past", "future", "later date"], StringComparison.OrdinalIgnoreCase, (15, 30), Reference),
        new("season", TimexPatterns.Season(), ["spring", "summer", "fall", "autumn", "winter"], StringComparison.OrdinalIgnoreCase, (20, 20), Season),
        new("quarter", TimexPatterns.Quarter(), ["quarter", "half", "Q1", "Q2", "Q3", "Q4"], StringComparison.OrdinalIgnoreCase, (40, 30), Quarter),
        new("the-weekend", TimexPatterns.TheWeekend(), ["weekend"], StringComparison.OrdinalIgnoreCase, (10, 5), TheWeekend),
        new("bare-quarter", TimexPatterns.BareQuarter(), ["quarter", "period"], StringComparison.OrdinalIgnoreCase, (25, 10), BareQuarter),
        new("holiday", TimexPatterns.Holiday(), ["Christmas", "New Year", "Thanksgiving", "Easter", "Good Friday", "Halloween", "Valentine", "Labor Day", "Memorial Day", "Independence Day", "Boxing Day"], StringComparison.Ordinal, (5, 25), Holiday),
        new("clock", TimexPatterns.ClockTime(), ["a.m", "p.m", "noon", "midnight", "afternoon", "morning"], StringComparison.OrdinalIgnoreCase, (15, 25), Clock, wordStart: false),
    ];

    public static List<TimexCandidate> Scan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<TimexCandidate>();
        foreach (var rule in Rules)
        {
            foreach (var m in rule.Matches(text))
            {
                if (rule.Make(m) is { } c && c.Span.Length > 0
                    && (c.Code != NeedsPreposition || PrecededByPreposition(text, c.Span.Start)))
                {
                    found.Add(c);
                }
            }
        }

        AddYearRanges(found, text);
        return MergeClockWithDay(text, KeepLongest(found));
    }

    /// <summary>"10 p.m. Wednesday", "noon Thursday", "5 p.m. EST, Nov. 6": one TIME expression, as TimeML tags it.</summary>
    internal static List<TimexCandidate> MergeClockWithDay(string text, List<TimexCandidate> sorted)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        var merged = new List<TimexCandidate>(sorted.Count);
        for (var i = 0; i < sorted.Count; i++)
        {
            var c = sorted[i];
            if (c.Kind == TimexKind.Clock && i + 1 < sorted.Count && sorted[i + 1] is var day
                && (day.Kind is TimexKind.Weekday or TimexKind.DayOffset || (day.Kind == TimexKind.Calendar && day.Day is not null))
                && ClockDayGap().IsMatch(text.AsSpan(c.Span.End, day.Span.Start - c.Span.End)))
            {
                merged.Add(day with { Span = new TextSpan(c.Span.Start, day.Span.End), Clock = c.Clock, Type = TimexType.Time });
                i++;
                continue;
            }

            merged.Add(c);
        }

        return merged;
    }

    [GeneratedRegex(@"^[\s,]*(?:on\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ClockDayGap();

    /// <summary>Longest first, then earliest; a candidate overlapping a kept one is dropped.</summary>
    internal static List<TimexCandidate> KeepLongest(List<TimexCandidate> found)
    {
        found.Sort((a, b) => a.Span.Length != b.Span.Length ? b.Span.Length.CompareTo(a.Span.Length) : a.Span.Start.CompareTo(b.Span.Start));
        var kept = new List<TimexCandidate>();
        foreach (var c in found)
        {
            if (!kept.Exists(k => k.Span.Overlaps(c.Span)))
            {
                kept.Add(c);
            }
        }

        kept.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return kept;
    }

    private static TextSpan SpanOf(Capture m) => new(m.Index, m.Index + m.Length);

    private static int? IntOf(Group g) => g.Success ? int.Parse(g.Value, NumberStyles.None, CultureInfo.InvariantCulture) : null;

    private static int MonthOf(Group g) => TimeLexicon.Months[g.Value.TrimEnd('.')];

    private static int? Rel(string word) => word.ToLowerInvariant() switch
    {
        "last" or "past" or "previous" or "the previous" or "prior" or "earlier" or "ago" or "before" => -1,
        "next" or "coming" or "this coming" or "following" or "the following" or "the next" or "later" or "after" or "afterward" or "afterwards" or "hence" or "from now" => 1,
        "this" or "current" or "same" or "that" => 0,
        _ => null,
    };

    private static TimexCandidate? MonthDayYear(Match m)
    {
        var day = m.Groups["dayword"].Success ? TimeLexicon.ParseAmount(m.Groups["dayword"].Value) : IntOf(m.Groups["day"]);
        var mon = m.Groups["mon"].Value;
        // "May one day ..." is not the first of May: a spelled-out day after May or March needs a preposition before.
        var bare = m.Groups["dayword"].Success && mon is "May" or "March" && !m.Groups["wd"].Success;
        return new TimexCandidate(SpanOf(m), TimexKind.Calendar, "month-day-year")
        {
            Code = bare ? NeedsPreposition : null,
            Year = IntOf(m.Groups["year"]), Month = MonthOf(m.Groups["mon"]), Day = day,
            Weekday = m.Groups["wd"].Success ? TimeLexicon.Weekdays[m.Groups["wd"].Value] : null,
        };
    }

    private static TimexCandidate? DayMonthYear(Match m) => new(SpanOf(m), TimexKind.Calendar, "day-month-year")
    {
        Year = IntOf(m.Groups["year"]), Month = MonthOf(m.Groups["mon"]), Day = IntOf(m.Groups["day"]),
    };

    private static TimexCandidate? IsoDate(Match m) => new(SpanOf(m), TimexKind.Calendar, "iso-date")
    {
        Year = IntOf(m.Groups["year"]), Month = IntOf(m.Groups["m"]), Day = IntOf(m.Groups["day"]),
    };

    private static TimexCandidate? MonthYear(Match m) => new(SpanOf(m), TimexKind.Calendar, "month-year")
    {
        Year = IntOf(m.Groups["year"]), Month = MonthOf(m.Groups["mon"]),
    };

    private static TimexCandidate? MonthRelativeYear(Match m) => new(SpanOf(m), TimexKind.Month, "month-relative-year")
    {
        Month = MonthOf(m.Groups["mon"]), Direction = Rel(m.Groups["rel"].Value), Unit = "Y",
    };

    private static TimexCandidate? MonthAlone(Match m)
    {
        var mon = m.Groups["mon"].Value;
        // An abbreviation alone ("Jan" the name, "Mar.") is not a month without its day.
        if (mon.Length <= 4 && mon is not ("May" or "June" or "July"))
        {
            return null;
        }

        // "May" and "March" alone are too often a verb or a name; they need a modifier or a preposition (checked in Scan).
        var bare = mon is "May" or "March" && !m.Groups["rel"].Success && !m.Groups["pos"].Success;
        return new TimexCandidate(SpanOf(m), TimexKind.Month, "month")
        {
            Code = bare ? NeedsPreposition : null,
            Month = MonthOf(m.Groups["mon"]), Direction = m.Groups["rel"].Success ? Rel(m.Groups["rel"].Value) : null,
        };
    }

    private const string NeedsPreposition = "needs-preposition";

    private static bool PrecededByPreposition(string text, int index)
    {
        var from = Math.Max(0, index - 12);
        return PrepositionAtEnd().IsMatch(text.AsSpan(from, index - from));
    }

    [GeneratedRegex(@"\b(?:in|by|since|until|till|from|to|of|before|after|during|through|early|late|last|next|this)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PrepositionAtEnd();

    private static TimexCandidate? Weekday(Match m)
    {
        var wd = TimeLexicon.Weekdays[m.Groups["wd"].Value];
        var part = m.Groups["part"].Success ? TimeLexicon.DayParts[m.Groups["part"].Value.TrimEnd('s')] : null;
        if (m.Groups["set"].Success || (m.Groups["part"].Success && m.Groups["part"].Value.EndsWith('s')))
        {
            return new TimexCandidate(SpanOf(m), TimexKind.Set, "weekday-set")
            {
                Code = $"XXXX-WXX-{wd}" + (part is null ? "" : "T" + part), Type = TimexType.Set,
            };
        }

        var rel = m.Groups["rel"].Value.ToLowerInvariant();
        var direction = rel is "early" or "late" or "earlier" or "later" ? null : Rel(rel);
        var start = rel is "the previous" or "the following" or "the next" ? m.Index : m.Groups["rel"].Success ? m.Groups["rel"].Index : m.Groups["wd"].Index;
        return new TimexCandidate(new TextSpan(start, m.Index + m.Length), TimexKind.Weekday, "weekday")
        {
            Weekday = wd, Direction = direction, Code = part,
            Unit = rel is "the previous" or "the following" or "the next" ? "anaphoric" : null,
        };
    }

    private static TimexCandidate? Year(Match m)
    {
        var pos = m.Groups["pos"].Value;
        // A bare year at a sentence's very start is more often a count ("2000 people..."); keep those with a year word around.
        return new TimexCandidate(SpanOf(m), TimexKind.Calendar, pos.Length > 0 ? "year-" + pos.Trim().TrimEnd('-').Replace(' ', '-') : "year")
        {
            Year = IntOf(m.Groups["year"]),
        };
    }

    private static void AddYearRanges(List<TimexCandidate> found, string text)
    {
        foreach (Match m in TimexPatterns.YearRange().Matches(text))
        {
            var y1 = int.Parse(m.Groups["y1"].Value, CultureInfo.InvariantCulture);
            var y2Text = m.Groups["y2"].Value;
            var y2 = int.Parse(y2Text, CultureInfo.InvariantCulture);
            if (y2Text.Length == 2)
            {
                y2 += y1 / 100 * 100;
            }

            if (y2 <= y1 || y2 - y1 > 50)
            {
                continue;
            }

            var g1 = m.Groups["y1"];
            var g2 = m.Groups["y2"];
            // Two candidates whose spans together cover the range, so neither loses to a single year match.
            found.Add(new TimexCandidate(new TextSpan(g1.Index, g1.Index + g1.Length), TimexKind.Calendar, "year-range") { Year = y1 });
            found.Add(new TimexCandidate(new TextSpan(g2.Index, g2.Index + g2.Length), TimexKind.Calendar, "year-range") { Year = y2 });
        }
    }
}
