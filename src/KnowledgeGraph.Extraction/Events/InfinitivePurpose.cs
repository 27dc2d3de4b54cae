using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// "Ruiz will visit Porto next month to meet exporters": an infinitive of purpose right after a visit or
/// a meeting is done by the host's subject, not by the nearest name before it (Porto, the place visited).
/// When it names nobody beyond the host's own people and place, it is no second event: its words are
/// the host's evidence. Other hosts are left alone: "urged Berg to visit Lisbon" has Berg visit.
/// </summary>
internal static class InfinitivePurpose
{
    private const int Distance = 10;

    /// <summary>The index in <paramref name="mentions"/> of the visit or meeting whose purpose <paramref name="hit"/> states.</summary>
    public static int? Host(SentenceContext s, TriggerHit hit, List<(TriggerHit Hit, int Index)> verbMentions, List<EventMention> mentions)
    {
        if (hit.IsNoun || s.Lower(hit.First - 1) != "to")
        {
            return null;
        }

        var host = verbMentions.LastOrDefault(v => v.Hit.Last < hit.First && hit.First - v.Hit.Last <= Distance);
        if (host.Hit is null || mentions[host.Index].Type is not (EventType.Visit or EventType.Meeting))
        {
            return null;
        }

        for (var k = host.Hit.Last + 1; k < hit.First - 1; k++)
        {
            var w = s.Lower(k);
            if (w is "," or "." || ClauseBounds.Hard.Contains(w))
            {
                return null;
            }
        }

        return host.Index;
    }

    /// <summary>
    /// The purpose with the host's subject as its own; null when it names nobody new, so that it folds
    /// into the host.
    /// </summary>
    public static EventMention? Rebind(EventMention purpose, EventMention host)
    {
        var hostIds = host.Participants.Select(p => p.EntityId).Append(host.PlaceId).ToHashSet(StringComparer.Ordinal);
        var others = purpose.Participants
            .Where(p => !p.Rule.StartsWith("subject", StringComparison.Ordinal) && !hostIds.Contains(p.EntityId))
            .ToList();
        if (others.Count == 0)
        {
            return null;
        }

        var role = purpose.Participants.FirstOrDefault(p => p.Rule.StartsWith("subject", StringComparison.Ordinal))?.Role ?? ParticipantRole.Agent;
        var subjects = host.Participants
            .Where(p => p.Rule.StartsWith("subject", StringComparison.Ordinal))
            .Select(p => p with { Role = role, Rule = "subject-of-host:" + host.Trigger });
        return purpose with { Participants = [.. subjects, .. others] };
    }
}
