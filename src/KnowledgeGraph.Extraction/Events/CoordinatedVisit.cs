using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// "Ruiz plans to visit shipyards in Porto and to inspect the fleet in Faro": a second infinitive joined
/// to a visit by "and to", with a place of its own after "in" or "at", is a visit of the same people to
/// that place, with the first visit's status and time. A place the first visit already has, or a
/// clause boundary or reporting verb between them, adds nothing.
/// </summary>
internal static class CoordinatedVisit
{
    private const int MaxGap = 20;
    private const int MaxPlaceDistance = 8;

    public static IEnumerable<EventMention> Find(SentenceContext s, List<(TriggerHit Hit, int Index)> verbMentions, List<EventMention> mentions)
    {
        foreach (var (hit, index) in verbMentions)
        {
            var host = mentions[index];
            if (host.Type != EventType.Visit || host.PlaceId is null || host.Participants.Count == 0)
            {
                continue;
            }

            for (var k = hit.Last + 1; k + 2 < s.Tokens.Count && k <= hit.Last + MaxGap; k++)
            {
                var w = s.Lower(k);
                if (w is "." or ";" or "said" or "says" or "but" || ClauseBounds.Hard.Contains(w))
                {
                    break;
                }

                if (w == "and" && s.Lower(k + 1) == "to" && PlaceAfter(s, k + 2) is { } place && place != host.PlaceId)
                {
                    yield return host with
                    {
                        PlaceId = place,
                        Evidence = s.Analysis.EvidenceFor(s.SpanOf(k + 1, k + 2), "coordinated-visit:" + s.Lower(k + 2)),
                        Absorbed = [],
                        Attendance = null,
                    };
                    break;
                }
            }
        }
    }

    /// <summary>The Location named right after "in" or "at" within a few words of the second verb.</summary>
    private static string? PlaceAfter(SentenceContext s, int verb)
    {
        for (var k = verb + 1; k + 1 < s.Tokens.Count && k <= verb + MaxPlaceDistance; k++)
        {
            var w = s.Lower(k);
            if (w is "," or "." or "and" || ClauseBounds.Hard.Contains(w))
            {
                return null;
            }

            if (w is "in" or "at")
            {
                var start = s.Tokens[k + 1].Span.Start;
                return s.Analysis.Entities.Values
                    .FirstOrDefault(e => e.Type == EntityType.Location && e.Mentions.Any(m => m.Span.Start == start))?.Id;
            }
        }

        return null;
    }
}
