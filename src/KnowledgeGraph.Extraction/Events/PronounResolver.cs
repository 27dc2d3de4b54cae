using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// The pronoun rule of the event stage: "he/she/his/her" is the most recent Person mention before
/// it in the document ("He also visited Porto"), recorded as the argument's rule.
/// </summary>
internal static class PronounResolver
{
    public static List<FoundParticipant> MostRecentPerson(SentenceContext s, int pronounToken, ParticipantRole role)
    {
        var offset = s.Tokens[pronounToken].Span.Start;
        var person = s.Analysis.Mentions.LastOrDefault(m => m.Type == EntityType.Person && m.Span.End <= offset);
        return person is null ? [] : [new FoundParticipant(person.EntityId, role, "pronoun-most-recent-person")];
    }

    /// <summary>"his meeting with Berg": "his" is not Berg, so it is the most recent other person.</summary>
    public static void ReplaceSelfReferent(SentenceContext s, TriggerHit hit, List<FoundParticipant> participants)
    {
        var pronoun = participants.FindIndex(p => p.Rule == "pronoun-most-recent-person");
        if (pronoun < 0 || !participants.Where((p, i) => i != pronoun).Any(p => p.EntityId == participants[pronoun].EntityId))
        {
            return;
        }

        var taken = participants.Select(p => p.EntityId).ToHashSet(StringComparer.Ordinal);
        var offset = s.Tokens[hit.First].Span.Start;
        var other = s.Analysis.Mentions.LastOrDefault(m => m.Type == EntityType.Person && m.Span.End <= offset && !taken.Contains(m.EntityId));
        if (other is null)
        {
            participants.RemoveAt(pronoun);
        }
        else
        {
            participants[pronoun] = participants[pronoun] with { EntityId = other.EntityId, Rule = "pronoun-most-recent-other-person" };
        }
    }
}
