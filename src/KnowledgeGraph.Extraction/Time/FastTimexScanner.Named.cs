using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Time;

/// <summary>The fast path's named stretches: seasons, quarters and halves, weekends, holidays, clock times.</summary>
internal static partial class FastTimexScanner
{
    private static TimexCandidate? Season(Match m)
    {
        var word = m.Groups["season"].Value.ToLowerInvariant();
        // "fall" and "spring" are verbs and nouns too: alone they need "the", a modifier or a year.
        if (word is "fall" or "spring" && !m.Groups["rel"].Success && !m.Groups["the"].Success && !m.Groups["pos"].Success && !m.Groups["year"].Success)
        {
            return null;
        }

        return new TimexCandidate(SpanOf(m), TimexKind.Season, "season")
        {
            Code = TimeLexicon.Seasons[word], Year = IntOf(m.Groups["year"]),
            Direction = m.Groups["rel"].Success ? Rel(m.Groups["rel"].Value) : null,
        };
    }

    private static TimexCandidate? Quarter(Match m)
    {
        var isHalf = m.Groups["noun"].Value.Equals("half", StringComparison.OrdinalIgnoreCase);
        var ordWord = m.Groups["ord"].Value;
        int n = m.Groups["q"].Success ? int.Parse(m.Groups["q"].Value, CultureInfo.InvariantCulture)
            : ordWord.Equals("final", StringComparison.OrdinalIgnoreCase) ? (isHalf ? 2 : 4) : TimeLexicon.Ordinals[ordWord];
        if (isHalf && n > 2)
        {
            return null;
        }

        var year = IntOf(m.Groups["year"]) ?? IntOf(m.Groups["year2"]);
        var rels = m.Groups["rel"].Captures.Select(c => c.Value.ToLowerInvariant()).ToList();
        int? direction = rels.Contains("last") || rels.Contains("previous") ? -1 : rels.Contains("next") ? 1 : null;
        return new TimexCandidate(SpanOf(m), TimexKind.Quarter, isHalf ? "half" : "quarter")
        {
            Amount = n, Year = year, Unit = isHalf ? "H" : "Q", Direction = direction,
        };
    }

    private static TimexCandidate? TheWeekend(Match m) =>
        new(SpanOf(m), TimexKind.Weekday, "the-weekend") { Weekday = 6, Unit = "WE" };

    private static TimexCandidate? BareQuarter(Match m)
    {
        var rel = m.Groups["rel"].Value.ToLowerInvariant();
        int? direction = rel switch { "this" or "current" => 0, "last" => -1, "next" => 1, _ => null };
        return new TimexCandidate(SpanOf(m), TimexKind.Quarter, "bare-quarter") { Unit = "Q", Direction = direction };
    }

    private static TimexCandidate? Holiday(Match m) => new(SpanOf(m), TimexKind.Holiday, "holiday")
    {
        Code = WhitespaceRun().Replace(m.Groups["h"].Value, " "), Year = IntOf(m.Groups["year"]),
    };

    private static TimexCandidate? Clock(Match m)
    {
        string clock;
        if (m.Groups["word"].Success)
        {
            var w = m.Groups["word"].Value.ToLowerInvariant().Replace("-", "", StringComparison.Ordinal);
            clock = w switch { "noon" => "12:00", "midnight" => "24:00", "midafternoon" => "AF", _ => "MO" };
        }
        else
        {
            var h = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture) % 12;
            if (m.Groups["ap"].Value.StartsWith('p') || m.Groups["ap"].Value.StartsWith('P'))
            {
                h += 12;
            }

            var mi = m.Groups["mi"].Success ? m.Groups["mi"].Value : "00";
            clock = $"{h:00}:{mi}";
        }

        return new TimexCandidate(SpanOf(m), TimexKind.Clock, "clock") { Clock = clock, Type = TimexType.Time };
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRun();
}
