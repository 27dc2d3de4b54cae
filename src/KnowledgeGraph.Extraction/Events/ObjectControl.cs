using System.Collections.Frozen;
using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// "Lind urged Ruiz to visit Porto", "invited Ruiz to visit": after a verb of asking, the one asked does
/// the infinitive, never the one who asks. When the name between the two verbs was not recognised, the
/// infinitive's subject is unknown, and the nearest name before it (the asker) is dropped rather than
/// made the visitor.
/// </summary>
internal static class ObjectControl
{
    private const int LookBack = 8;

    private static readonly FrozenSet<string> Verbs = new[]
    {
        "urge", "urges", "urged", "urging", "ask", "asks", "asked", "asking", "invite", "invites", "invited", "inviting",
        "press", "pressed", "pressing", "encourage", "encourages", "encouraged", "encouraging", "persuade", "persuades",
        "persuaded", "persuading", "tell", "tells", "told", "telling",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The mention without subjects that stand before the asking verb; null when nobody is left.</summary>
    public static EventMention? Apply(SentenceContext s, TriggerHit hit, EventMention mention)
    {
        if (hit.IsNoun || s.Lower(hit.First - 1) != "to")
        {
            return mention;
        }

        var verb = -1;
        for (var k = hit.First - 2; k >= 0 && k >= hit.First - LookBack; k--)
        {
            var w = s.Lower(k);
            if (Verbs.Contains(w))
            {
                verb = k;
                break;
            }

            if (w is "," or "." or "that" || ClauseBounds.Hard.Contains(w))
            {
                return mention;
            }
        }

        if (verb < 0)
        {
            return mention;
        }

        var between = s.SpanOf(verb, hit.First - 1);
        if (s.Analysis.Entities.Values.Any(e => e.Mentions.Any(m => between.Contains(m.Span))))
        {
            // The one asked is recognised: the nearest name before the infinitive, which the subject search took.
            return mention;
        }

        var kept = mention.Participants.Where(p => !p.Rule.StartsWith("subject", StringComparison.Ordinal)).ToList();
        if (kept.Count == mention.Participants.Count)
        {
            return mention;
        }

        return kept.Count == 0 ? null : mention with { Participants = kept };
    }
}
