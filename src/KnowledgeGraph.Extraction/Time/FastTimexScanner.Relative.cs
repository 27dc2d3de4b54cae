using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Time;

/// <summary>The fast path's relative, duration, set and reference rules.</summary>
internal static partial class FastTimexScanner
{
    private static TimexCandidate? Decade(Match m)
    {
        int? dec = m.Groups["dec"].Success ? int.Parse(m.Groups["dec"].Value, CultureInfo.InvariantCulture) / 10
            : m.Groups["short"].Success ? 190 + (int.Parse(m.Groups["short"].Value, CultureInfo.InvariantCulture) / 10)
            : m.Groups["word"].Value.ToLowerInvariant() switch
            {
                "twenties" => 192, "thirties" => 193, "forties" => 194, "fifties" => 195,
                "sixties" => 196, "seventies" => 197, "eighties" => 198, _ => 199,
            };
        return new TimexCandidate(SpanOf(m), TimexKind.Fixed, "decade") { Code = dec.Value.ToString("000", CultureInfo.InvariantCulture) };
    }

    private static TimexCandidate? SpokenYear(Match m)
    {
        int year;
        if (m.Groups["y2000"].Success)
        {
            // "the year two thousand" needs its "the year"; "two thousand" alone is a count.
            if (!m.Value.StartsWith("the", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            year = 2000 + (m.Groups["units2"].Success ? TimeLexicon.NumberWords[m.Groups["units2"].Value] : 0);
        }
        else
        {
            year = (TimeLexicon.NumberWords[m.Groups["century"].Value] * 100) + TimeLexicon.NumberWords[m.Groups["tens"].Value]
                + (m.Groups["units"].Success ? TimeLexicon.NumberWords[m.Groups["units"].Value] : 0);
        }

        return new TimexCandidate(SpanOf(m), TimexKind.Calendar, "spoken-year") { Year = year };
    }

    private static TimexCandidate? Century(Match m)
    {
        var c = int.Parse(m.Groups["c"].Value, CultureInfo.InvariantCulture) - 1;
        return new TimexCandidate(SpanOf(m), TimexKind.Fixed, "century") { Code = c.ToString("00", CultureInfo.InvariantCulture) };
    }

    private static TimexCandidate? DayWord(Match m)
    {
        var w = m.Groups["w"].Value.ToLowerInvariant();
        var partWord = m.Groups["part"].Success ? m.Groups["part"].Value : m.Groups["part2"].Value;
        string? part = partWord.Length > 0 ? TimeLexicon.DayParts[partWord] : null;
        var offset = w switch
        {
            "yesterday" => -1,
            "tomorrow" => 1,
            "overnight" => -1,
            _ => 0,
        };
        if (w is "tonight" or "overnight")
        {
            part = "NI";
        }

        if (m.Groups["this"].Value.Equals("last", StringComparison.OrdinalIgnoreCase))
        {
            // "last night" is the evening before the report; "last morning" is not English.
            offset = -1;
        }

        return new TimexCandidate(SpanOf(m), TimexKind.DayOffset, "day-word") { Amount = offset, Code = part };
    }

    private static TimexCandidate? RelativeUnit(Match m)
    {
        var unitWord = m.Groups["unit"].Value.ToLowerInvariant();
        var rel = m.Groups["rel"].Value.ToLowerInvariant();
        var hasThe = m.Groups["the"].Success;
        if (unitWord == "day" && rel is not ("same" or "that" or "following" or "previous" or "next"))
        {
            return null;
        }

        var unit = unitWord == "weekend" ? "WE" : TimeLexicon.Unit(unitWord)!.Value.Letter;
        // "the following day", "that year", "the same day", "the next month": told from the narrative, not the report date.
        var anaphoric = rel is "same" or "that" or "following" || (hasThe && rel is "next" or "previous");
        var direction = Rel(rel);
        if (rel == "past" && !hasThe)
        {
            direction = -1;
        }

        return new TimexCandidate(SpanOf(m), anaphoric ? TimexKind.Anaphoric : TimexKind.Deictic, anaphoric ? "anaphoric-unit" : "deictic-unit")
        {
            Unit = unit, Direction = direction, Amount = direction == 0 ? 0 : 1,
        };
    }

    private static TimexCandidate? AnaphoricUnit(Match m)
    {
        var rel = m.Groups["rel"].Value.ToLowerInvariant();
        var direction = rel switch { "following" or "next" => 1, "previous" or "prior" => -1, _ => 0 };
        return new TimexCandidate(SpanOf(m), TimexKind.Anaphoric, "anaphoric-unit")
        {
            Unit = TimeLexicon.Unit(m.Groups["unit"].Value)!.Value.Letter, Direction = direction, Amount = direction == 0 ? 0 : 1,
        };
    }

    private static TimexCandidate? Offset(Match m)
    {
        var dirWord = m.Groups["dir"].Value.ToLowerInvariant();
        var unit = TimeLexicon.Unit(m.Groups["unit"].Value)!.Value;
        int? amount = m.Groups["vague"].Success || !m.Groups["n"].Success ? null : TimeLexicon.ParseAmount(m.Groups["n"].Value);
        if (m.Groups["n"].Success && !m.Groups["vague"].Success && amount is null)
        {
            return null;
        }

        var direction = dirWord.StartsWith("from", StringComparison.Ordinal) ? 1 : Rel(dirWord) ?? -1;
        var kind = dirWord is "ago" or "hence" or "from now" ? TimexKind.Ago : TimexKind.Anaphoric;
        return new TimexCandidate(SpanOf(m), kind, kind == TimexKind.Ago ? "ago" : "later-earlier")
        {
            Unit = unit.Letter, IsClockUnit = unit.IsClock, Amount = amount, Direction = direction,
        };
    }

    private static TimexCandidate? YearAgoAdjective(Match m)
    {
        var noun = m.Groups["noun"].Value.ToLowerInvariant();
        var ord = m.Groups["ord"].Success ? TimeLexicon.Ordinals[m.Groups["ord"].Value] : (int?)null;
        return new TimexCandidate(SpanOf(m), TimexKind.Anaphoric, "year-ago")
        {
            Unit = "Y", Direction = -1, Amount = 1, Code = noun == "quarter" ? "quarter" : null, Month = ord,
        };
    }

    private static TimexCandidate? Duration(Match m)
    {
        var unit = TimeLexicon.Unit(m.Groups["unit"].Value)!.Value;
        var mod = m.Groups["mod"].Value.ToLowerInvariant();
        int? amount = m.Groups["vague"].Success ? null : TimeLexicon.ParseAmount(m.Groups["n"].Value);
        if (!m.Groups["vague"].Success && amount is null && !decimal.TryParse(m.Groups["n"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _))
        {
            return null;
        }

        // "the first quarter" is a quarter rule; "the 1988 quarter" names a year; "three-quarters of" is a fraction.
        if ((unit.Letter == "Q" && (amount == 1 || m.Groups["unit"].Value.EndsWith('s') && m.Value.Contains('-', StringComparison.Ordinal)))
            || amount is >= 1600 and <= 2099)
        {
            return null;
        }

        var span = SpanOf(m);
        if (mod is "the" && m.Groups["n"].Value.Equals("a", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // "the eight-year war": TimeML tags the adjective "eight-year" without the article.
        var n = m.Groups["n"];
        if (mod is "the" && m.Value.AsSpan(n.Index + n.Length - m.Index, m.Groups["unit"].Index - n.Index - n.Length).Contains('-'))
        {
            span = new TextSpan(n.Index, span.End);
        }

        // A number with a decimal point keeps it: "1.5 hours" -> PT1.5H; "2 1/2 years" -> P2Y6M.
        var amountText = amount?.ToString(CultureInfo.InvariantCulture) ?? (m.Groups["vague"].Success ? "X" : m.Groups["n"].Value);
        if (m.Groups["half"].Success && amount is { } whole)
        {
            var half = unit.Letter switch { "Y" => "6M", "H" => "30M", "M" when unit.IsClock => "30S", "D" => "T12H", _ => null };
            var value = half is null
                ? $"{(unit.IsClock ? "PT" : "P")}{whole}.5{unit.Letter}"
                : $"{(unit.IsClock ? "PT" : "P")}{whole}{unit.Letter}{half}";
            return new TimexCandidate(span, TimexKind.Fixed, "duration") { Code = value, Type = TimexType.Duration };
        }

        return new TimexCandidate(span, TimexKind.Duration, "duration")
        {
            Unit = unit.Letter, IsClockUnit = unit.IsClock, Amount = amount, Code = amountText,
        };
    }

    private static TimexCandidate? VagueDuration(Match m)
    {
        var recent = m.Groups["recent"].Value.ToLowerInvariant();
        if (recent.EndsWith("coming", StringComparison.Ordinal))
        {
            // "in coming months": TimeBank reads it as a vague future; "in recent weeks" as a vague duration.
            return new TimexCandidate(SpanOf(m.Groups["expr"]), TimexKind.Fixed, "vague-reference") { Code = recent == "recent" ? "PAST_REF" : "FUTURE_REF" };
        }

        var unit = TimeLexicon.Unit(m.Groups["unit"].Value)!.Value;
        return new TimexCandidate(SpanOf(m.Groups["expr"]), TimexKind.Duration, "vague-duration")
        {
            Unit = unit.Letter, IsClockUnit = unit.IsClock, Code = "X",
        };
    }

    private static TimexCandidate? Set(Match m)
    {
        string value;
        if (m.Groups["adv"].Success)
        {
            value = m.Groups["adv"].Value.ToLowerInvariant() switch
            {
                "daily" or "nightly" => "P1D",
                "weekly" => "P1W",
                "biweekly" or "fortnightly" => "P2W",
                "monthly" => "P1M",
                "quarterly" => "P3M",
                "hourly" => "PT1H",
                _ => "P1Y",
            };
        }
        else
        {
            var unitWord = (m.Groups["unit"].Success ? m.Groups["unit"].Value : m.Groups["unit2"].Value).ToLowerInvariant();
            var n = m.Groups["n"].Success ? (m.Groups["n"].Value.Equals("other", StringComparison.OrdinalIgnoreCase) ? 2 : TimeLexicon.ParseAmount(m.Groups["n"].Value) ?? 1) : 1;
            if (TimeLexicon.Seasons.TryGetValue(unitWord, out var season))
            {
                value = "XXXX-" + season;
            }
            else if (TimeLexicon.DayParts.TryGetValue(unitWord, out var part))
            {
                value = "TXX" + part;
            }
            else
            {
                var unit = TimeLexicon.Unit(unitWord)!.Value;
                value = (unit.IsClock ? "PT" : "P") + n.ToString(CultureInfo.InvariantCulture) + unit.Letter;
            }
        }

        return new TimexCandidate(SpanOf(m), TimexKind.Set, "set") { Code = value, Type = TimexType.Set };
    }

    private static TimexCandidate? Reference(Match m)
    {
        var value = m.Groups["present"].Success ? "PRESENT_REF" : m.Groups["past"].Success ? "PAST_REF" : "FUTURE_REF";
        var g = m.Groups["present"].Success ? m.Groups["present"] : m.Groups["past"].Success ? m.Groups["past"] : m.Groups["future"];
        var start = g.Value.StartsWith("in ", StringComparison.OrdinalIgnoreCase) ? g.Index + 3 : g.Index;
        var startAt = g.Value.StartsWith("at ", StringComparison.OrdinalIgnoreCase) ? g.Index + 3 : start;
        return new TimexCandidate(new TextSpan(startAt, g.Index + g.Length), TimexKind.Fixed, "reference") { Code = value };
    }
}
