using System.Collections.Frozen;
using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// Who attends: the subject right before an attendance verb ("Ana Ruiz attended", "Ruiz, the defence minister,
/// will also attend", "Ruiz, who attended", "He attended") or the names after "attended by" / "were" in an inverted
/// sentence. Only a person, an organisation or a country attends; a name inside a phrase ("officials of Acme"),
/// a possessor ("Ruiz's aide") or one separated from the verb by other words is not the subject.
/// </summary>
internal static class Attendees
{
    private const int MaxFillers = 6;
    private const int MaxApposition = 10;

    // Words that may stand between an attendee and the verb: auxiliaries, adverbs, negation, "is expected to", "refused to".
    private static readonly FrozenSet<string> Fillers = new[]
    {
        "also", "too", "later", "then", "personally", "both", "all", "reportedly", "previously", "subsequently", "again", "briefly",
        "just", "recently", "already", "now", "still", "today", "yesterday", "once", "jointly",
        "had", "has", "have", "was", "were", "is", "are", "will", "would", "did", "does", "do", "not", "n't", "never", "to", "be",
        "been", "being", "could", "may", "might", "can", "should", "shall", "must", "'ll", "'d", "from",
        "expected", "due", "set", "scheduled", "planned", "plans", "plan", "planning", "decided", "agreed", "chose", "going",
        "invited", "asked", "hopes", "hoped", "wants", "wanted", "able", "unable", "failed", "refused", "declined", "barred",
        "prevented", "banned",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Prepositions = new[]
    {
        "of", "from", "for", "in", "at", "with", "by", "to", "on", "including", "among", "like", "than",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static List<FoundParticipant> Before(SentenceContext s, int verbFirst)
    {
        var k = verbFirst - 1;
        for (var n = 0; n < MaxFillers && Fillers.Contains(s.Lower(k)); n++)
        {
            k--;
        }

        if (s.Lower(k) is "he" or "she")
        {
            return [.. PronounResolver.MostRecentPerson(s, k, ParticipantRole.Participant).Select(p => p with { Rule = "attendee-pronoun" })];
        }

        if (s.Lower(k) == "who" && s.Lower(k - 1) == ",")
        {
            k -= 2; // "Ruiz, who attended the talks, said"
        }
        else if (s.Lower(k) == "who")
        {
            k = BeforeDescription(s, k); // "Ruiz, an Acme official who attended the talks"
        }
        else if (s.Lower(k) == ",")
        {
            k = BeforeApposition(s, k); // "Ruiz, the defence minister, attended"
        }

        var mi = s.MentionIndexAt(k);
        if (mi < 0 || s.LastTokenOf(mi) != k || ArgumentFinder.IsPossessor(s, mi))
        {
            return [];
        }

        // "officials of Acme attended": a name inside a phrase is not the subject, nor anything coordinated before it.
        return [.. ArgumentFinder.CoordinatedBefore(s, mi)
            .TakeWhile(m => !Prepositions.Contains(ArgumentFinder.WordBefore(s, FirstTokenOf(s, m))))
            .Where(m => CanAttend(s, m))
            .Select(m => new FoundParticipant(m.EntityId, ParticipantRole.Participant, "attendee-subject"))];
    }

    /// <summary>The names from token <paramref name="first"/> on, past a title or "the": "by Defence Minister Ana Ruiz and Tomas Lind".</summary>
    public static List<FoundParticipant> From(SentenceContext s, int first, string rule)
    {
        for (var k = first; k < s.Tokens.Count && k <= first + ArgumentFinder.MaxTitleWords; k++)
        {
            if (s.MentionIndexAt(k) is var mi and >= 0)
            {
                mi = PersonAfterModifier(s, mi);
                return [.. ArgumentFinder.CoordinatedAfter(s, mi).Where(m => CanAttend(s, m)).Select(m => new FoundParticipant(m.EntityId, ParticipantRole.Participant, rule))];
            }

            if (!char.IsUpper(s.Tokens[k].Text[0]) && s.Lower(k) != "the")
            {
                break;
            }
        }

        return [];
    }

    /// <summary>"by Bundesbank President Karl Otto Poehl": the person the organisation and title describe.</summary>
    private static int PersonAfterModifier(SentenceContext s, int mi)
    {
        if (!NameModifiers.ModifiesNextNoun(s, mi, int.MaxValue))
        {
            return mi;
        }

        var last = s.LastTokenOf(mi);
        for (var k = last + 1; k < s.Tokens.Count && k <= last + ArgumentFinder.MaxTitleWords && char.IsUpper(s.Tokens[k].Text[0]); k++)
        {
            if (s.MentionIndexAt(k) is var person and >= 0)
            {
                return s.Mentions[person].Type == EntityType.Person ? person : mi;
            }
        }

        return mi;
    }

    private static int FirstTokenOf(SentenceContext s, EntityMention m) =>
        s.FirstTokenOf(Enumerable.Range(0, s.Mentions.Count).First(j => ReferenceEquals(s.Mentions[j], m)));

    public static bool IsCountry(SentenceContext s, EntityMention m) =>
        s.Analysis.Entities.TryGetValue(m.EntityId, out var e) && e.Subtype == "Country";

    private static bool CanAttend(SentenceContext s, EntityMention m) =>
        m.Type is EntityType.Person or EntityType.Organization || (m.Type == EntityType.Location && IsCountry(s, m));

    /// <summary>"Ruiz, an Acme official who": the token before a comma and an indefinite or definite description ending at "who", or -1.</summary>
    private static int BeforeDescription(SentenceContext s, int who)
    {
        for (var k = who - 1; k > 0 && k >= who - MaxApposition; k--)
        {
            var w = s.Lower(k);
            if (w is "who" or "which" or "that" || ClauseBounds.Hard.Contains(w))
            {
                return -1;
            }

            if (w == ",")
            {
                return s.Lower(k + 1) is "a" or "an" or "the" ? k - 1 : -1;
            }
        }

        return -1;
    }

    /// <summary>The token before an apposition that ends at the comma <paramref name="comma"/>, or -1.</summary>
    private static int BeforeApposition(SentenceContext s, int comma)
    {
        for (var k = comma - 1; k >= 0 && k >= comma - MaxApposition; k--)
        {
            if (ClauseBounds.Hard.Contains(s.Lower(k)))
            {
                return -1;
            }

            if (s.Lower(k) == ",")
            {
                return k - 1;
            }
        }

        return -1;
    }
}
