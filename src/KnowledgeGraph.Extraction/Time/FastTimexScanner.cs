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
    public static List<TimexCandidate> Scan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<TimexCandidate>();
        Add(found, TimexPatterns.MonthDayYear(), text, MonthDayYear);
        Add(found, TimexPatterns.DayMonthYear(), text, DayMonthYear);
        Add(found, TimexPatterns.IsoDate(), text, IsoDate);
        Add(found, TimexPatterns.MonthYear(), text, MonthYear);
        Add(found, TimexPatterns.MonthRelativeYear(), text, MonthRelativeYear);
        Add(found, TimexPatterns.MonthAlone(), text, MonthAlone);
        Add(found, TimexPatterns.Weekday(), text, Weekday);
        Add(found, TimexPatterns.Year(), text, Year);
        AddYearRanges(found, text);
        Add(found, TimexPatterns.Decade(), text, Decade);
        Add(found, TimexPatterns.Century(), text, Century);
        Add(found, TimexPatterns.DayWord(), text, DayWord);
        Add(found, TimexPatterns.RelativeUnit(), text, RelativeUnit);
        Add(found, TimexPatterns.Offset(), text, Offset);
        Add(found, TimexPatterns.YearAgoAdjective(), text, YearAgoAdjective);
        Add(found, TimexPatterns.AnaphoricUnit(), text, AnaphoricUnit);
        Add(found, TimexPatterns.Duration(), text, Duration);
        Add(found, TimexPatterns.VagueDuration(), text, VagueDuration);
        Add(found, TimexPatterns.Set(), text, Set);
        Add(found, TimexPatterns.Reference(), text, Reference);
        Add(found, TimexPatterns.Season(), text, Season);
        Add(found, TimexPatterns.Quarter(), text, Quarter);
        Add(found, TimexPatterns.BareQuarter(), text, BareQuarter);
        Add(found, TimexPatterns.Holiday(), text, Holiday);
        Add(found, TimexPatterns.ClockTime(), text, Clock);
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

    private static void Add(List<TimexCandidate> found, Regex regex, string text, Func<Match, TimexCandidate?> make)
    {
        foreach (Match m in regex.Matches(text))
        {
            if (make(m) is { } c && c.Span.Length > 0)
            {
                found.Add(c);
            }
        }
    }

    private static TextSpan SpanOf(Match m) => new(m.Index, m.Index + m.Length);

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
        var day = IntOf(m.Groups["day"]);
        return new TimexCandidate(SpanOf(m), TimexKind.Calendar, "month-day-year")
        {
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
        // "May" and "March" alone are too often a verb or a name; they need a modifier or a preposition.
        if (mon is "May" or "March" && !m.Groups["rel"].Success && !m.Groups["pos"].Success && !PrecededByPreposition(m))
        {
            return null;
        }

        return new TimexCandidate(SpanOf(m), TimexKind.Month, "month")
        {
            Month = MonthOf(m.Groups["mon"]), Direction = m.Groups["rel"].Success ? Rel(m.Groups["rel"].Value) : null,
        };
    }

    private static bool PrecededByPreposition(Match m)
    {
        var before = m.Result("$`");
        var tail = before.Length > 12 ? before[^12..] : before;
        return PrepositionAtEnd().IsMatch(tail);
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
