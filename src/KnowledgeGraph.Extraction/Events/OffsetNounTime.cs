using System.Collections.Frozen;
using System.Globalization;
using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// "visited Bergen on Wednesday, a month after his talks in Oslo": an event noun after "after", "before",
/// "following" with a measure ("a month after", "three days before") did not happen at the time the
/// sentence gives: its time is the sentence's time moved by the measure, only as precise as both allow,
/// and undated when the sentence's time is only the report date. Without a measure ("told reporters
/// after meeting Ruiz") the sentence's date stands: in news that is mostly the same day.
/// </summary>
internal static class OffsetNounTime
{
    private static readonly FrozenSet<string> Prepositions = new[] { "after", "before", "since", "following" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Determiners = new[]
    {
        "the", "a", "an", "his", "her", "its", "their", "our", "your", "my", "this", "that", "these", "those", "'s", "\u2019s",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> Counts = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static EventMention Apply(SentenceContext s, TriggerHit hit, EventMention mention)
    {
        if (!hit.IsNoun || PrepositionBefore(s, hit) is not { } prep || mention.Time is not { } anchor
            || anchor.Span.Start >= s.Tokens[prep].Span.Start)
        {
            return mention;
        }

        if (Measure(s, prep) is not { } measure || s.Lower(prep) == "since")
        {
            // "told reporters after meeting Ruiz": in news mostly the same day; the sentence's date stands.
            return mention;
        }

        var direction = s.Lower(prep) == "before" ? 1 : -1;
        var moved = anchor.IsReportDate ? null : Move(anchor, measure.Count * direction, measure.Unit, s, prep, mention.Evidence.DocumentId);
        return mention with { Time = moved };
    }

    /// <summary>The preposition before the noun, across at most a determiner, a possessor and one modifier ("after the failed talks").</summary>
    private static int? PrepositionBefore(SentenceContext s, TriggerHit hit)
    {
        var free = 1;
        for (var k = hit.First - 1; k >= 0 && k >= hit.First - 4; k--)
        {
            var w = s.Lower(k);
            if (Prepositions.Contains(w))
            {
                return k;
            }

            var possessor = Determiners.Contains(s.Lower(k + 1)) && s.Lower(k + 1).EndsWith('s') && s.Lower(k + 1).Length <= 2;
            if (Determiners.Contains(w) || possessor)
            {
                continue;
            }

            if (free-- == 0 || !w.All(c => char.IsLetterOrDigit(c) || c == '-'))
            {
                return null;
            }
        }

        return null;
    }

    private static (int Count, string Unit)? Measure(SentenceContext s, int prep)
    {
        var unit = s.Lower(prep - 1).TrimEnd('s');
        if (unit is not ("day" or "week" or "month" or "year"))
        {
            return null;
        }

        var count = s.Lower(prep - 2);
        if (Counts.TryGetValue(count, out var n) || (int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out n) && n is > 0 and < 100))
        {
            return (n, unit);
        }

        return null;
    }

    private static TimeValue? Move(TimeValue anchor, int count, string unit, SentenceContext s, int prep, string documentId)
    {
        if (anchor.Start is not { } start || anchor.Precision is not (TimePrecision.Day or TimePrecision.Month or TimePrecision.Year))
        {
            return null;
        }

        var (day, precision) = unit switch
        {
            "day" => (start.AddDays(count), TimePrecision.Day),
            "week" => (start.AddDays(7 * count), TimePrecision.Week),
            "month" => (start.AddMonths(count), TimePrecision.Month),
            _ => (start.AddYears(count), TimePrecision.Year),
        };
        if (anchor.Precision > precision)
        {
            precision = anchor.Precision;
        }

        var (first, end, value) = precision switch
        {
            TimePrecision.Day => (day, day.AddDays(1), day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            TimePrecision.Week => WeekOf(day),
            TimePrecision.Month => (new DateOnly(day.Year, day.Month, 1), new DateOnly(day.Year, day.Month, 1).AddMonths(1), day.ToString("yyyy-MM", CultureInfo.InvariantCulture)),
            _ => (new DateOnly(day.Year, 1, 1), new DateOnly(day.Year + 1, 1, 1), day.Year.ToString(CultureInfo.InvariantCulture)),
        };
        return new TimeValue
        {
            DocumentId = documentId,
            Text = string.Join(' ', Enumerable.Range(prep - 2, 3).Select(k => s.Tokens[k].Text)),
            Value = value,
            Type = TimexType.Date,
            Span = s.SpanOf(prep - 2, prep),
            Start = first,
            End = end,
            Precision = precision,
            Rule = "offset-from:" + anchor.Value,
        };
    }

    private static (DateOnly Start, DateOnly End, string Value) WeekOf(DateOnly day)
    {
        var date = day.ToDateTime(TimeOnly.MinValue);
        var monday = DateOnly.FromDateTime(date.AddDays(-(((int)date.DayOfWeek + 6) % 7)));
        var value = string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(date)}-W{ISOWeek.GetWeekOfYear(date):D2}");
        return (monday, monday.AddDays(7), value);
    }
}
