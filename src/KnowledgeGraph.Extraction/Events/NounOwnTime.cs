using System.Collections.Frozen;
using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// The date an event noun gives itself in its relative clause: "a general election that must be held by October",
/// "a summit which is due in May". When the noun is the object of a verb trigger, that date is the event's own,
/// better than a date the sentence gives elsewhere ("Before Christmas, the party looked certain to win ...").
/// </summary>
internal static class NounOwnTime
{
    private const int RelativeClauseWords = 8;

    private static readonly FrozenSet<string> Relatives = new[] { "that", "which" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Stops = new[] { ",", ".", ";", ":", "but", "and", "or", "\"", "\u201c", "\u201d" }
        .ToFrozenSet(StringComparer.Ordinal);

    public static TimeValue? Find(SentenceContext s, TriggerHit noun)
    {
        var first = noun.Last + 1;
        if (!noun.IsNoun || !Relatives.Contains(s.Lower(first)))
        {
            return null;
        }

        var last = first;
        while (last + 1 < s.Tokens.Count && last + 1 <= first + RelativeClauseWords && !Stops.Contains(s.Lower(last + 1)))
        {
            last++;
        }

        var span = s.SpanOf(first, last);
        return s.Analysis.Timexes.FirstOrDefault(t => span.Contains(t.Span) && t.Type == TimexType.Date && t.Start is not null);
    }

    /// <summary>Whether the mention's time was read outside its own clause (or is only the report date, or missing).</summary>
    public static bool IsBorrowed(EventMention mention) =>
        mention.Time is null || mention.Time.IsReportDate || !mention.Clause.Contains(mention.Time.Span);
}
