using System.Collections.Frozen;
using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// An attended noun phrase that refers back: "the talks", "those closed-door talks", "Berg's summit", "the Lisbon
/// summit", "the negotiations with Lind". Names inside or after it ("Berg's", "with Lind") are its holders, a
/// place inside it or after in/at ("the Lisbon summit", "the talks in Porto") its place.
/// </summary>
internal sealed record AttendedNounPhrase(AttendedNoun Noun, int First, int HeadFirst, int Last, IReadOnlyList<FoundParticipant> Holders, string? PlaceId)
{
    /// <summary>"the next meeting", "the annual meeting": another occurrence than any reported, so it refers back to none.</summary>
    public bool IsOtherOccurrence { get; init; }

    private const int MaxModifiers = 3;

    // Only a definite or possessive phrase refers back; "a meeting" is a new one, which the trigger rules read.
    private static readonly FrozenSet<string> Determiners = new[] { "the", "this", "that", "these", "those", "his", "her", "their", "its" }
        .ToFrozenSet(StringComparer.Ordinal);

    // "the next meeting", "the annual meeting": another occurrence than the one reported.
    private static readonly FrozenSet<string> OtherOccurrence = new[]
    {
        "next", "previous", "last", "first", "second", "third", "upcoming", "later", "earlier", "annual", "semi-annual", "weekly",
        "monthly", "quarterly", "regular", "ordinary", "extraordinary", "special", "emergency", "future", "following", "other",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NotModifiers = new[]
    {
        "of", "in", "at", "on", "with", "and", "or", "by", "for", "to", "from", "that", "which", "who", "was", "were", "is", "are",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The phrase starting at token <paramref name="i"/> (its determiner or possessor), or null.</summary>
    public static AttendedNounPhrase? At(SentenceContext s, int i)
    {
        var holders = new List<FoundParticipant>();
        string? place = null;
        int j;
        if (Determiners.Contains(s.Lower(i)))
        {
            j = i + 1;
        }
        else if (s.MentionIndexAt(i) is var owner and >= 0 && s.FirstTokenOf(owner) == i && ArgumentFinder.IsPossessor(s, owner))
        {
            holders.Add(new FoundParticipant(s.Mentions[owner].EntityId, ParticipantRole.Participant, "possessor"));
            j = s.LastTokenOf(owner) + 2;
        }
        else
        {
            return null;
        }

        var afterDeterminer = j;
        var other = false;
        for (var modifiers = 0; modifiers <= MaxModifiers && j < s.Tokens.Count; modifiers++)
        {
            if (AttendedNouns.At(s, j) is var (noun, last))
            {
                if (noun.OnlyBare && j != afterDeterminer)
                {
                    return null;
                }

                place ??= PlaceAfter(s, last);
                holders.AddRange(HoldersAfter(s, last));
                return new AttendedNounPhrase(noun, i, j, last, holders, place) { IsOtherOccurrence = other };
            }

            if (s.MentionIndexAt(j) is var mi and >= 0)
            {
                // "the Lisbon summit" names its place; "the Acme talks" a party to them.
                if (s.Mentions[mi].Type == EntityType.Location)
                {
                    place ??= s.Mentions[mi].EntityId;
                }
                else
                {
                    holders.Add(new FoundParticipant(s.Mentions[mi].EntityId, ParticipantRole.Participant, "noun-modifier"));
                }

                j = s.LastTokenOf(mi) + 1;
                continue;
            }

            var w = s.Lower(j);
            if (NotModifiers.Contains(w) || !char.IsLetterOrDigit(w[0]))
            {
                return null;
            }

            other |= OtherOccurrence.Contains(w);

            j++;
        }

        return null;
    }

    private static string? PlaceAfter(SentenceContext s, int last)
    {
        var k = last + 1;
        if (s.Lower(k) is not ("in" or "at"))
        {
            return null;
        }

        k += s.Lower(k + 1) == "the" ? 2 : 1;
        return s.MentionIndexAt(k) is var mi and >= 0 && s.Mentions[mi].Type == EntityType.Location ? s.Mentions[mi].EntityId : null;
    }

    /// <summary>"the negotiations with Lind", "the talks between Berg and Lind": the other parties.</summary>
    private static IEnumerable<FoundParticipant> HoldersAfter(SentenceContext s, int last)
    {
        if (s.Lower(last + 1) is not ("with" or "between"))
        {
            return [];
        }

        for (var k = last + 2; k <= last + 1 + ArgumentFinder.MaxTitleWords && k < s.Tokens.Count; k++)
        {
            if (s.MentionIndexAt(k) is var mi and >= 0)
            {
                return ArgumentFinder.CoordinatedAfter(s, mi).Where(m => m.Type != EntityType.Location || Attendees.IsCountry(s, m))
                    .Select(m => new FoundParticipant(m.EntityId, ParticipantRole.Participant, "object-" + s.Lower(last + 1)));
            }

            if (!char.IsUpper(s.Tokens[k].Text[0]) && s.Lower(k) != "the")
            {
                break;
            }
        }

        return [];
    }
}
