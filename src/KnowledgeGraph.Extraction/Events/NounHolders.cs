using System.Collections.Frozen;
using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>Who takes part in an event named by a noun ("Berg's visit", "the Green Party leadership race", "a news conference").</summary>
internal static class NounHolders
{
    private static readonly FrozenSet<string> Definites = new[] { "the", "this", "that", "these", "those", "such" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> AdjunctPrepositions = new[] { "at", "for", "during", "in", "after", "before" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Who holds an event noun: "Berg's visit", "his visit", "their meeting"; the subject when the noun is
    /// an adjunct or an indefinite object ("spoke at a news conference", "issued a resignation letter");
    /// nobody when it is definite ("the summit"), which makes the mention anaphoric.
    /// </summary>
    public static List<FoundParticipant> Find(SentenceContext s, TriggerHit hit, ParticipantRole role, out string? placeBefore)
    {
        placeBefore = null;
        var modifiers = NamesInsideNounPhrase(s, hit, role);
        if (modifiers.Count > 0)
        {
            return modifiers;
        }

        for (var k = hit.First - 1; k >= 0 && k >= hit.First - 3; k--)
        {
            var w = s.Lower(k);
            if (w == "'s")
            {
                // An unrecognised possessor ("Mr X's visit") still owns the noun: no guessing from the clause.
                return s.MentionIndexAt(k - 1) is var mi and >= 0 ? [new FoundParticipant(s.Mentions[mi].EntityId, role, "possessor")] : [];
            }

            if (w is "his" or "her")
            {
                return PronounResolver.MostRecentPerson(s, k, role);
            }

            if (w == "their")
            {
                return [.. s.Mentions
                    .Where(m => m.Type == EntityType.Person && m.Span.End <= s.Tokens[k].Span.Start)
                    .Reverse().DistinctBy(m => m.EntityId).Take(2)
                    .Select(m => new FoundParticipant(m.EntityId, role, "their-two-nearest-people"))];
            }

            if (Definites.Contains(w))
            {
                return [];
            }

            if (AdjunctPrepositions.Contains(w))
            {
                return ArgumentFinder.Subject(s, k, role, out placeBefore);
            }
        }

        return ArgumentFinder.Subject(s, hit.First, role, out placeBefore);
    }

    /// <summary>A name or demonym modifying the event noun takes part in it: "the Green Party leadership race", "an Iranian attack".</summary>
    private static List<FoundParticipant> NamesInsideNounPhrase(SentenceContext s, TriggerHit hit, ParticipantRole role)
    {
        var found = new List<FoundParticipant>();
        if (s.DemonymAdjectiveEndingAt(hit.First - 1) is { } demonym)
        {
            // "an Iranian attack", "the Russian invasion": the nation is the actor of the event it modifies.
            found.Add(new FoundParticipant(demonym.EntityId, role, "demonym-modifier"));
            return found;
        }

        for (var k = hit.First - 1; k >= 0 && k >= hit.First - 2; k--)
        {
            var mi = s.MentionIndexAt(k);
            if (mi < 0)
            {
                break;
            }

            if (!ArgumentFinder.IsPossessor(s, mi) && s.Mentions[mi].Type != EntityType.Location)
            {
                found.Add(new FoundParticipant(s.Mentions[mi].EntityId, role, "noun-modifier"));
            }

            k = s.FirstTokenOf(mi);
        }

        return found;
    }

    /// <summary>"Mr X's visit" with X unrecognised: the noun names someone's own event, so it must not join another's.</summary>
    public static bool HasUnknownPossessor(SentenceContext s, TriggerHit hit)
    {
        for (var k = hit.First - 1; k >= 1 && k >= hit.First - 3; k--)
        {
            if (s.Lower(k) == "'s")
            {
                return s.MentionIndexAt(k - 1) < 0;
            }
        }

        return false;
    }
}
