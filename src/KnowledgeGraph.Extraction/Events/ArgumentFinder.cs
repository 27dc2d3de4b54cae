using System.Collections.Frozen;
using System.Text.RegularExpressions;
using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// Finds a trigger's participants and place among the entity mentions of its sentence: the subject
/// before a verb (with its coordinated names), the object after it, "with/between/by" phrases,
/// a possessor before a noun ("Berg's visit"), and a Location after "in/at/to" as the place.
/// </summary>
internal static partial class ArgumentFinder
{
    private const int SubjectLookBack = 25;
    private const int ObjectLookAhead = 14;
    internal const int MaxTitleWords = 4;

    internal static readonly FrozenSet<string> Locatives = new[]
    {
        "in", "at", "to", "near", "inside", "outside", "across", "into", "from", "around", "through", "toward", "towards", "off",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Place nouns that make "of X" a location: "in the port city of Dalen".
    internal static readonly FrozenSet<string> PlaceNouns = new[]
    {
        "city", "town", "village", "region", "province", "state", "port", "capital", "district", "island", "county", "republic",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ReportingWords = new[]
    {
        "said", "says", "say", "told", "tells", "stated", "added", "according", "reported", "reports", "that",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> PassiveAuxiliaries = new[] { "was", "were", "been", "being", "is", "are", "be", "got" }.ToFrozenSet(StringComparer.Ordinal);

    public static FoundArguments Find(SentenceContext s, TriggerHit hit)
    {
        var participants = new List<FoundParticipant>();
        string? placeBefore = null;
        if (hit.Pattern.Lemma == HostedTourArguments.Lemma)
        {
            return HostedTourArguments.Find(s, hit);
        }

        var passive = !hit.IsNoun && IsPassive(s, hit.First);
        var subjectRole = RoleBefore(hit, passive);
        if (!hit.IsNoun)
        {
            participants.AddRange(Subject(s, hit.First, subjectRole, out placeBefore));
        }
        else
        {
            participants.AddRange(NounHolders.Find(s, hit, subjectRole, out placeBefore));
        }

        var toEndsClause = hit.Type is not EventType.Visit;
        var end = ClauseBounds.End(s, hit.Last, toEndsClause);
        var placeAfter = Objects(s, hit, end, passive, participants);
        var start = Math.Min(ClauseBounds.Start(s, hit.First), hit.First);
        PronounResolver.ReplaceSelfReferent(s, hit, participants);
        var unique = participants.DistinctBy(p => p.EntityId).ToList();
        var place = placeAfter ?? placeBefore ?? LocativePlaceBefore(s, hit.First);
        return new FoundArguments([.. unique.Where(p => p.EntityId != place)], place, start, end);
    }

    private static ParticipantRole RoleBefore(TriggerHit hit, bool passive) => hit.Type switch
    {
        EventType.Meeting => ParticipantRole.Participant,
        EventType.Death when hit.Pattern.Lemma != "kill" || passive => ParticipantRole.Patient,
        EventType.Arrest when hit.IsNoun => ParticipantRole.Patient,
        _ => passive ? ParticipantRole.Patient : ParticipantRole.Agent,
    };

    private static ParticipantRole RoleAfter(TriggerHit hit) =>
        hit.Type == EventType.Meeting ? ParticipantRole.Participant : ParticipantRole.Patient;

    /// <summary>
    /// The nearest name before a verb, with the names coordinated with it; "he/she" is the most recent person.
    /// The search stops at a reporting verb or "that" ("the agency said 18 rebels died": the agency did not die) and
    /// at an adverbial opener ("after the man killed"), except before a gerund ("before taking over"), whose subject is the main one.
    /// </summary>
    internal static List<FoundParticipant> Subject(SentenceContext s, int first, ParticipantRole role, out string? placeBefore)
    {
        placeBefore = null;
        var gerund = s.Lower(first).EndsWith("ing", StringComparison.Ordinal) && ClauseBounds.LeftOpeners.Contains(s.Lower(first - 1));
        for (var k = first - 1; k >= 0 && k >= first - SubjectLookBack; k--)
        {
            var w = s.Lower(k);
            if (ClauseBounds.Hard.Contains(w) || ReportingWords.Contains(w) || (!gerund && ClauseBounds.LeftOpeners.Contains(w)))
            {
                break;
            }

            if (s.IsInsideParentheses(k))
            {
                continue;
            }

            if (w is "he" or "she")
            {
                return PronounResolver.MostRecentPerson(s, k, role);
            }

            if (w == "it" && first - k <= 3)
            {
                // "since it started punishing X": the subject "it" is the latest organisation named in the sentence.
                var offset = s.Tokens[k].Span.Start;
                var organisation = s.Mentions.LastOrDefault(m => m.Type == EntityType.Organization && m.Span.End <= offset);
                return organisation is null ? [] : [new FoundParticipant(organisation.EntityId, role, "pronoun-it-latest-organisation")];
            }

            var mi = s.MentionIndexAt(k);
            if (mi < 0)
            {
                continue;
            }

            var m = s.Mentions[mi];
            var mFirst = s.FirstTokenOf(mi);
            k = mFirst;
            if (IsPossessor(s, mi))
            {
                continue;
            }

            if (m.Type == EntityType.Location && Locatives.Contains(s.Lower(mFirst - 1)))
            {
                // "who arrived from Porto": an origin is no place of the event.
                placeBefore ??= s.Lower(mFirst - 1) == "from" ? null : m.EntityId;
                continue;
            }

            if (NameModifiers.ModifiesNextNoun(s, mi, first))
            {
                continue;
            }

            return [.. CoordinatedBefore(s, mi).Select(x => new FoundParticipant(x.EntityId, role, "subject"))];
        }

        return [];
    }

    /// <summary>Objects and phrases after the trigger up to the clause end; returns the place found there.</summary>
    private static string? Objects(SentenceContext s, TriggerHit hit, int end, bool passive, List<FoundParticipant> participants)
    {
        string? place = null;
        var objectTaken = false;
        end = PlaceApposition.ExtendClause(s, end);
        for (var k = hit.Last + 1; k <= end && k <= hit.Last + ObjectLookAhead; k++)
        {
            var mi = s.MentionIndexAt(k);
            if (mi < 0 || s.IsInsideParentheses(k))
            {
                continue;
            }

            var m = s.Mentions[mi];
            var mFirst = s.FirstTokenOf(mi);
            k = s.LastTokenOf(mi);
            var before = WordBefore(s, mFirst);
            if (m.Type == EntityType.Location && before == "from" && hit.Type != EventType.Launch)
            {
                continue; // "arrived from Porto": where the visitor came from is neither place nor participant
            }

            if (m.Type == EntityType.Location && (Locatives.Contains(before) || (before == "of" && PlaceNouns.Contains(s.Lower(mFirst - 2))) || PlaceApposition.Names(s, mFirst)))
            {
                place ??= m.EntityId;
                continue;
            }

            if (m.Type == EntityType.Location && hit.Type == EventType.Visit && mFirst == hit.Last + 1)
            {
                place ??= m.EntityId; // "will visit Porto": the destination
                continue;
            }

            if (IsPossessor(s, mi))
            {
                continue;
            }

            var role = before switch
            {
                "with" or "between" => ParticipantRole.Participant,
                "by" => ParticipantRole.Agent, // "was arrested by", "the plan unveiled by", "a visit by"
                "of" when hit.IsNoun => hit.Type is EventType.Death or EventType.Arrest or EventType.Attack or EventType.Sanction ? ParticipantRole.Patient : ParticipantRole.Agent,
                "on" or "against" when hit.Type is EventType.Attack or EventType.Sanction => ParticipantRole.Patient,
                _ => RoleAfter(hit),
            };
            if (hit.Type == EventType.Meeting)
            {
                role = ParticipantRole.Participant;
            }

            var introduced = before is "with" or "between" or "by" or "of"
                || (before is "on" or "against" && hit.Type is EventType.Attack or EventType.Sanction); // "an attack on the convoy"
            if (hit.IsNoun && !introduced)
            {
                continue;
            }

            if (!introduced && objectTaken)
            {
                continue;
            }

            objectTaken |= !introduced;
            foreach (var c in CoordinatedAfter(s, mi))
            {
                participants.Add(new FoundParticipant(c.EntityId, role, "object-" + (introduced ? before : "direct")));
            }
        }

        return place;
    }

    /// <summary>"In Lisbon, Berg met Lind": a Location after in/at earlier in the sentence, when none follows the trigger.</summary>
    private static string? LocativePlaceBefore(SentenceContext s, int first)
    {
        for (var k = first - 1; k >= 0 && !ClauseBounds.Hard.Contains(s.Lower(k)); k--)
        {
            if (s.MentionIndexAt(k) is var mi and >= 0 && s.Mentions[mi].Type == EntityType.Location
                && s.Lower(s.FirstTokenOf(mi) - 1) is "in" or "at")
            {
                return s.Mentions[mi].EntityId;
            }
        }

        return null;
    }

    /// <summary>The word before a name, past an article and a title: "by the Border Agency", "with Mayor Lena Ortiz" -> "by", "with".</summary>
    internal static string WordBefore(SentenceContext s, int first)
    {
        var k = first - 1;
        while (k > 0 && first - k <= MaxTitleWords && s.MentionIndexAt(k) < 0 && char.IsUpper(s.Tokens[k].Text[0]))
        {
            k--;
        }

        if (s.Lower(k) is "the" or "a" or "an")
        {
            k--;
        }

        return s.Lower(k);
    }

    internal static bool IsPossessor(SentenceContext s, int mentionIndex) => s.Lower(s.LastTokenOf(mentionIndex) + 1) == "'s";

    internal static bool IsPassive(SentenceContext s, int first)
    {
        var form = s.Lower(first);
        if (!(form.EndsWith("ed", StringComparison.Ordinal) || form.EndsWith('n') || form == "met"))
        {
            return false;
        }

        var k = first - 1;
        if (s.Lower(k).EndsWith("ly", StringComparison.Ordinal))
        {
            k--; // "was briefly detained"
        }

        return PassiveAuxiliaries.Contains(s.Lower(k));
    }

    internal static List<EntityMention> CoordinatedBefore(SentenceContext s, int mi)
    {
        var chain = new List<EntityMention> { s.Mentions[mi] };
        for (var j = mi - 1; j >= 0; j--)
        {
            var gap = s.Text[s.Mentions[j].Span.End..chain[^1].Span.Start];
            if (!Coordination().IsMatch(gap))
            {
                break;
            }

            chain.Add(s.Mentions[j]);
        }

        return chain;
    }

    internal static IEnumerable<EntityMention> CoordinatedAfter(SentenceContext s, int mi)
    {
        yield return s.Mentions[mi];
        for (var j = mi + 1; j < s.Mentions.Count; j++)
        {
            var gap = s.Text[s.Mentions[j - 1].Span.End..s.Mentions[j].Span.Start];
            if (!Coordination().IsMatch(gap))
            {
                yield break;
            }

            yield return s.Mentions[j];
        }
    }

    // What may stand between coordinated names: "Berg and Prime Minister Lind", "Berg, 61, and Lind". A bare comma
    // does not coordinate: in "Ahead of his talks with Berg, Lind said" the comma closes a phrase.
    [GeneratedRegex(@"^\s*(?:,\s*\d{1,3}\s*)?,?\s*(?:and|&)\s+(?:(?:\p{Lu}[\p{L}.'\u2019\-]*|of)\s+)*$")]
    private static partial Regex Coordination();
}
