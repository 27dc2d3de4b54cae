using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// Arguments of "X showed Y around Z": X hosts, Y is the guest (a name or "him/her", the most recent
/// other person), Z the first Location after "around". For a Visit the guest is the agent.
/// </summary>
internal static class HostedTourArguments
{
    /// <summary>The trigger of event-types.json this rule reads.</summary>
    public const string Lemma = "show * around";

    /// <summary>"Berg showed Lind around the port": a meeting of host and guest, and the guest's visit (the host received it).</summary>
    public static FoundArguments Find(SentenceContext s, TriggerHit hit)
    {
        var host = ArgumentFinder.Subject(s, hit.First, ParticipantRole.Participant, out var placeBefore);
        var guest = new List<FoundParticipant>();
        for (var k = hit.First + 1; k < hit.Last && guest.Count == 0; k++)
        {
            if (s.MentionIndexAt(k) is var mi and >= 0)
            {
                guest.Add(new FoundParticipant(s.Mentions[mi].EntityId, ParticipantRole.Participant, "tour-guest"));
            }
            else if (s.Lower(k) is "him" or "her")
            {
                var offset = s.Tokens[k].Span.Start;
                var person = s.Analysis.Mentions.LastOrDefault(m => m.Type == EntityType.Person && m.Span.End <= offset && host.All(h => h.EntityId != m.EntityId));
                if (person is not null)
                {
                    guest.Add(new FoundParticipant(person.EntityId, ParticipantRole.Participant, "object-pronoun-most-recent-other-person"));
                }
            }
        }

        var end = ClauseBounds.End(s, hit.Last, toEndsClause: true);
        string? place = null;
        for (var k = hit.Last + 1; k <= end && place is null; k++)
        {
            if (s.MentionIndexAt(k) is var mi and >= 0 && s.Mentions[mi].Type == EntityType.Location && s.Lower(s.LastTokenOf(mi) + 1) != "'s")
            {
                place = s.Mentions[mi].EntityId;
            }
        }

        var participants = hit.Type == EventType.Visit
            ? [.. guest.Select(g => g with { Role = ParticipantRole.Agent }), .. host.Select(h => h with { Role = ParticipantRole.Patient })]
            : host.Concat(guest).ToList();
        return new FoundArguments([.. participants.DistinctBy(p => p.EntityId)], place ?? placeBefore, Math.Min(ClauseBounds.Start(s, hit.First), hit.First), end);
    }

}
