using System.Buffers;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Time;

/// <summary>
/// One fast-path pattern with the words that must occur in any of its matches. The pattern runs
/// only on small windows around those words (found with a vectorised search), not over the whole
/// text: most of a news article holds no time expression, and most patterns start with optional words.
/// </summary>
internal sealed class TimexRule
{
    private readonly SearchValues<string> _triggers;
    private readonly int _reachBefore;
    private readonly int _reachAfter;
    private readonly bool _wordStart;

    /// <param name="reach">How far a match can extend before and after its trigger word ("more than two thousand years ago": 30 before "ago").</param>
    /// <param name="wordStart">Triggers count only at the start of a word ("Mar" in "Mar. 3", not in "Market").</param>
    public TimexRule(string name, Regex regex, string[] triggers, StringComparison comparison, (int Before, int After) reach, Func<Match, TimexCandidate?> make, bool wordStart = true)
    {
        _wordStart = wordStart;
        Name = name;
        Regex = regex;
        Make = make;
        _triggers = SearchValues.Create(triggers, comparison);
        (_reachBefore, _reachAfter) = reach;
    }

    public string Name { get; }

    public Regex Regex { get; }

    public Func<Match, TimexCandidate?> Make { get; }

    /// <summary>Every match of the pattern near one of its trigger words.</summary>
    public IEnumerable<Match> Matches(string text)
    {
        var windows = new List<(int Start, int End)>();
        var at = 0;
        while (at < text.Length)
        {
            var hit = text.AsSpan(at).IndexOfAny(_triggers);
            if (hit < 0)
            {
                break;
            }

            hit += at;
            if (_wordStart && hit > 0 && char.IsLetterOrDigit(text[hit - 1]))
            {
                at = hit + 1;
                continue;
            }

            var start = SnapBack(text, Math.Max(0, hit - _reachBefore));
            var end = SnapForward(text, Math.Min(text.Length, hit + _reachAfter));
            if (windows.Count > 0 && windows[^1].End >= start)
            {
                windows[^1] = (windows[^1].Start, Math.Max(windows[^1].End, end));
            }
            else
            {
                windows.Add((start, end));
            }

            at = hit + 1;
        }

        foreach (var (start, end) in windows)
        {
            for (var m = Regex.Match(text, start, end - start); m.Success; m = m.NextMatch())
            {
                yield return m;
            }
        }
    }

    // Windows begin and end at white space, so no word is cut and no look-behind sees half a number.
    private static int SnapBack(string text, int i)
    {
        while (i > 0 && !char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        return i;
    }

    private static int SnapForward(string text, int i)
    {
        while (i < text.Length && !char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }
}
