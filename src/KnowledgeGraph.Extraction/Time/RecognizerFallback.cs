using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Time.External;

namespace KnowledgeGraph.Extraction.Time;

/// <summary>
/// Sends Recognizers only the small windows around time words the fast path left alone (a call
/// costs about 2 ms whatever its length) and turns what it finds into candidates for our resolver.
/// </summary>
internal static partial class RecognizerFallback
{
    // Characters either side of a time word: enough for "the second Tuesday of next month".
    private const int WindowReach = 40;

    public static List<TimexCandidate> Find(string text, IReadOnlyList<TimexCandidate> known, Func<int, TextSpan> sentenceAt)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentenceAt);
        var windows = new List<TextSpan>();
        foreach (var m in TimexPatterns.CandidateWord().EnumerateMatches(text))
        {
            var word = new TextSpan(m.Index, m.Index + m.Length);
            if (Covered(known, word))
            {
                continue;
            }

            var sentence = sentenceAt(m.Index);
            var window = new TextSpan(Math.Max(sentence.Start, m.Index - WindowReach), Math.Min(sentence.End, m.Index + m.Length + WindowReach));
            if (windows.Count > 0 && windows[^1].End >= window.Start)
            {
                windows[^1] = new TextSpan(windows[^1].Start, Math.Max(windows[^1].End, window.End));
            }
            else
            {
                windows.Add(window);
            }
        }

        var found = new List<TimexCandidate>();
        foreach (var window in windows)
        {
            foreach (var r in RecognizersTimeAdapter.Recognize(text, window))
            {
                if (ToCandidate(text, r) is { } c && !known.Any(k => k.Span.Overlaps(c.Span)) && !found.Any(f => f.Span.Overlaps(c.Span)))
                {
                    found.Add(c);
                }
            }
        }

        return found;
    }

    private static bool Covered(IReadOnlyList<TimexCandidate> known, TextSpan word)
    {
        foreach (var k in known)
        {
            if (k.Span.Overlaps(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Our candidate for a Recognizers match, from its unresolved TIMEX; null for shapes we do not take (ranges).</summary>
    internal static TimexCandidate? ToCandidate(string text, RecognizedTimex r)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(r);
        var span = TrimPreposition(text, Trim(text, r.Span));
        var surface = span.Slice(text);
        // One word the fast path passed over ("march", "Jan" the name), bare numbers ("7/8") or an age ("6-year-old"): not a time.
        if ((!surface.Any(char.IsWhiteSpace) && !surface.Any(char.IsDigit)) || !surface.Any(char.IsLetter)
            || text.AsSpan(span.End).StartsWith("-old", StringComparison.Ordinal))
        {
            return null;
        }

        var timex = r.Timex;
        if (timex.Length == 0 || timex.StartsWith('(') || timex.Contains(',', StringComparison.Ordinal))
        {
            return null;
        }

        const string rule = "recognizers";
        if (r.SubType == "duration")
        {
            return new TimexCandidate(span, TimexKind.Fixed, rule) { Code = timex, Type = TimexType.Duration };
        }

        if (r.SubType == "set")
        {
            return new TimexCandidate(span, TimexKind.Fixed, rule) { Code = timex, Type = TimexType.Set };
        }

        var m = DatePart().Match(timex);
        if (!m.Success)
        {
            return null;
        }

        if (m.Groups["wd"].Success)
        {
            return new TimexCandidate(span, TimexKind.Weekday, rule) { Weekday = Int(m.Groups["wd"]) };
        }

        if (m.Groups["season"].Success)
        {
            return new TimexCandidate(span, TimexKind.Season, rule) { Code = m.Groups["season"].Value, Year = YearOf(m) };
        }

        if (m.Groups["clock"].Success && !m.Groups["y"].Success && !m.Groups["m"].Success)
        {
            return new TimexCandidate(span, TimexKind.Clock, rule) { Clock = m.Groups["clock"].Length == 2 ? m.Groups["clock"].Value + ":00" : m.Groups["clock"].Value, Type = TimexType.Time };
        }

        if (YearOf(m) is not null && !span.Slice(text).Contains(m.Groups["y"].Value, StringComparison.Ordinal))
        {
            return null;
        }

        if (m.Groups["m"].Success)
        {
            return new TimexCandidate(span, m.Groups["d"].Success || YearOf(m) is not null ? TimexKind.Calendar : TimexKind.Month, rule)
            {
                Year = YearOf(m), Month = Int(m.Groups["m"]), Day = m.Groups["d"].Success ? Int(m.Groups["d"]) : null,
            };
        }

        // A year the text does not show came from Recognizers' own reference date ("the year" -> 2000): not ours to keep.
        return YearOf(m) is { } y && !timex.Contains('X', StringComparison.Ordinal) && span.Slice(text).Contains(m.Groups["y"].Value, StringComparison.Ordinal)
            ? new TimexCandidate(span, TimexKind.Fixed, rule) { Code = timex, Type = r.SubType.Contains("time", StringComparison.Ordinal) ? TimexType.Time : TimexType.Date, Year = y }
            : null;
    }

    private static int? YearOf(Match m) => m.Groups["y"].Success && m.Groups["y"].Value != "XXXX" ? Int(m.Groups["y"]) : null;

    private static int Int(Group g) => int.Parse(g.Value, NumberStyles.None, CultureInfo.InvariantCulture);

    private static TextSpan Trim(string text, TextSpan span)
    {
        int start = span.Start, end = span.End;
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] == '.'))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or ','))
        {
            end--;
        }

        return new TextSpan(start, end);
    }

    /// <summary>TimeML spans start at the time words: "on Sunday" is tagged "Sunday".</summary>
    private static TextSpan TrimPreposition(string text, TextSpan span)
    {
        var m = LeadingPreposition().Match(text, span.Start, span.Length);
        return m.Success && m.Length < span.Length ? new TextSpan(span.Start + m.Length, span.End) : span;
    }

    [GeneratedRegex(@"\G(?:on|in|by|at|during|since|until|from|for)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingPreposition();

    [GeneratedRegex(@"^(?:(?<y>\d{4}|XXXX)(?:-(?:W(?:XX|\d\d)-(?<wd>[1-7])|(?<season>SP|SU|FA|WI)|(?<m>\d\d)(?:-(?<d>\d\d))?))?)?(?:T(?<clock>\d\d(?::\d\d)?))?$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePart();
}
