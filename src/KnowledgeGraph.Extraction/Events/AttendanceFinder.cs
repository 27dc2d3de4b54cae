using System.Collections.Frozen;
using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// Finds attendance in a sentence: a person, organisation or country that attended, joined, took part or participated
/// in, sat in on, or was (present) at an attended noun phrase that refers back ("the talks", "the summit"); the passive
/// "the summit was attended by X and Y"; and the inverted "Also attending the talks were X and Y".
/// A negated or refused attendance ("did not attend", "declined to attend") is kept with its status, which adds nobody.
/// </summary>
internal static class AttendanceFinder
{
    private const int MaxPassiveGap = 4;

    // A determiner, three modifiers and a two-word noun.
    private const int AttendedNounPhraseSpan = 6;

    private static readonly AttendanceVerb[] Verbs =
    [
        new("attend", ["attend", "attends", "attended", "attending"], []),
        new("take part in", ["take", "takes", "took", "taking", "taken"], ["part", "in"]),
        new("participate in", ["participate", "participates", "participated", "participating"], ["in"]),
        new("join", ["join", "joins", "joined", "joining"], []),
        new("sit in on", ["sit", "sits", "sat", "sitting"], ["in", "on"]),
        new("be present at", ["present"], ["at"], NeedsBe: true),
        new("be in attendance at", ["in"], ["attendance", "at"], NeedsBe: true),
        new("be at", ["at"], [], NeedsBe: true),
    ];

    private static readonly FrozenDictionary<string, AttendanceVerb[]> ByForm = Verbs
        .SelectMany(v => v.Forms.Select(f => (Form: f, Verb: v)))
        .GroupBy(x => x.Form, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Verb).ToArray(), StringComparer.Ordinal);

    private static readonly FrozenSet<string> BeForms = new[] { "is", "are", "was", "were", "be", "been", "being" }.ToFrozenSet(StringComparer.Ordinal);

    // Words between a be-form and "present at" / "at": "was also at the talks", "was not present at".
    private static readonly FrozenSet<string> BeAdverbs = new[] { "also", "not", "n't", "never", "again", "personally", "too", "only" }
        .ToFrozenSet(StringComparer.Ordinal);

    // "declined to attend", "was barred from attending": an attendance that did not happen.
    private static readonly FrozenSet<string> Refusals = new[]
    {
        "refused", "refuses", "refuse", "declined", "declines", "decline", "barred", "prevented", "banned", "boycotted",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly AttendanceVerb AttendedBy = new("attended by", ["attended"], ["by"]);

    public static List<AttendancePhrase> Find(SentenceContext s)
    {
        var found = new List<AttendancePhrase>();
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (s.Lower(i) == "attended" && s.Lower(i + 1) == "by" && Passive(s, i) is { } passive)
            {
                found.Add(passive);
                continue;
            }

            if (!ByForm.TryGetValue(s.Lower(i), out var verbs))
            {
                continue;
            }

            foreach (var verb in verbs)
            {
                if (Active(s, verb, i) is { } active)
                {
                    found.Add(active);
                    break;
                }
            }
        }

        return found;
    }

    private static AttendancePhrase? Active(SentenceContext s, AttendanceVerb verb, int first)
    {
        var last = first + verb.Rest.Count;
        // "about Italy joining the talks": a gerund is an attendance only in a progressive ("is attending") or an inverted sentence.
        var needsBe = verb.NeedsBe || s.Lower(first).EndsWith("ing", StringComparison.Ordinal);
        if (!Enumerable.Range(0, verb.Rest.Count).All(w => s.Lower(first + 1 + w) == verb.Rest[w]) || (needsBe && !FollowsBe(s, first) && !OpensClause(s, first)))
        {
            return null;
        }

        if (AttendedNounPhrase.At(s, last + 1) is not { } noun)
        {
            return null;
        }

        var attendees = Attendees.Before(s, first);
        if (attendees.Count == 0 && OpensClause(s, first) && s.Lower(noun.Last + 1) is "was" or "were")
        {
            attendees = Attendees.From(s, noun.Last + 2, "attendee-inverted"); // "Also attending the talks were Ruiz and Lind"
        }

        return attendees.Count == 0 ? null : Phrase(s, verb, first, last, noun, attendees, first, noun.Last);
    }

    /// <summary>"The summit was attended by Ruiz and Lind", "the talks, attended by Ruiz,": the phrase ends just before the verb.</summary>
    private static AttendancePhrase? Passive(SentenceContext s, int verbFirst)
    {
        var attendees = Attendees.From(s, verbFirst + 2, "attendee-by");
        var end = verbFirst - 1;
        while (end >= 0 && verbFirst - end <= MaxPassiveGap && (BeForms.Contains(s.Lower(end)) || BeAdverbs.Contains(s.Lower(end)) || s.Lower(end) is "," or "will" or "had" or "has" or "have"))
        {
            end--;
        }

        var noun = Enumerable.Range(Math.Max(0, end - AttendedNounPhraseSpan), AttendedNounPhraseSpan + 1)
            .Select(d => AttendedNounPhrase.At(s, d))
            .FirstOrDefault(n => n is not null && n.Last == end);
        return noun is null || attendees.Count == 0 ? null : Phrase(s, AttendedBy, verbFirst, verbFirst + 1, noun, attendees, noun.First, verbFirst + 1);
    }

    private static AttendancePhrase Phrase(
        SentenceContext s, AttendanceVerb verb, int verbFirst, int verbLast, AttendedNounPhrase noun, List<FoundParticipant> attendees, int first, int last)
    {
        var clauseStart = Math.Min(ClauseBounds.Start(s, Math.Min(verbFirst, noun.First)), verbFirst);
        var clauseEnd = ClauseBounds.End(s, Math.Max(verbLast, noun.Last), toEndsClause: true);
        var hit = new TriggerHit(verb.Pattern, verbFirst, verbLast, s.SpanOf(verbFirst, verbLast), s.SpanOf(verbFirst, verbLast).Slice(s.Text));
        var (status, cue) = StatusClassifier.Classify(s, hit, clauseStart);
        if (Refusal(s, verbFirst) is { } refusal)
        {
            (status, cue) = (EventStatus.Denied, refusal);
        }

        return new AttendancePhrase(noun, attendees, verb.Lemma, status, cue, first, last, clauseStart, clauseEnd);
    }

    private static string? Refusal(SentenceContext s, int verbFirst)
    {
        for (var k = verbFirst - 1; k >= 0 && k >= verbFirst - 4; k--)
        {
            if (Refusals.Contains(s.Lower(k)))
            {
                return s.Lower(k);
            }
        }

        return null;
    }

    private static bool FollowsBe(SentenceContext s, int first)
    {
        var k = first - 1;
        while (k >= 0 && BeAdverbs.Contains(s.Lower(k)))
        {
            k--;
        }

        return BeForms.Contains(s.Lower(k));
    }

    /// <summary>"Attending the talks were", "Also present at the talks was": the verb opens its clause.</summary>
    private static bool OpensClause(SentenceContext s, int first)
    {
        var k = s.Lower(first - 1) == "also" ? first - 1 : first;
        return ClauseBounds.Start(s, k) == k;
    }

    private sealed record AttendanceVerb(string Lemma, IReadOnlyList<string> Forms, IReadOnlyList<string> Rest, bool NeedsBe = false)
    {
        /// <summary>A pattern for the status classifier, which reads the words before a verb.</summary>
        public TriggerPattern Pattern { get; } = new(EventType.Meeting, [Forms[0], .. Rest], false, Lemma);
    }
}
