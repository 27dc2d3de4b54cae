using System.Collections.Frozen;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// Finds event triggers in a sentence: the longest pattern of the event-type list at each word,
/// kept only when its lexical conditions hold and, for a noun, when something introduces it.
/// </summary>
internal sealed class TriggerFinder(EventTypeCatalog catalog)
{
    private const int MaxWildcardWords = 5;
    private const int ConditionWindow = 6;
    private const int NounLicenceLookBack = 2;
    private const int RejectBeforeWindow = 3;

    // Words that introduce an event noun: "the summit", "his visit", "at lunch", "for a rare summit".
    private static readonly FrozenSet<string> NounLicensers = new[]
    {
        "a", "an", "the", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your", "'s",
        "such", "another", "first", "last", "next", "for", "at", "during", "after", "before", "of", "from", "with",
        "since", "until", "ahead", "upcoming", "planned", "recent", "previous", "weekend's", "day's",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words after which a form that is both noun and verb ("visit", "attack", "vote") is the verb.
    private static readonly FrozenSet<string> VerbCues = new[]
    {
        "to", "will", "would", "could", "can", "may", "might", "shall", "should", "must", "did", "does", "do", "not",
        "never", "also", "he", "she", "they", "we", "i", "who", "which", "then", "later", "again", "jointly", "n't",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Determiners = new[]
    {
        "a", "an", "the", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your", "'s",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Quantifiers before a verb form make it a noun too: "other votes were still coming in".
    private static readonly FrozenSet<string> Quantifiers = new[] { "other", "some", "any", "no", "more", "many", "several", "all" }
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ClauseStops = new[] { ".", ";", ":", "!", "?" }.ToFrozenSet(StringComparer.Ordinal);

    public List<TriggerHit> Find(SentenceContext s)
    {
        var hits = new List<TriggerHit>();
        var i = 0;
        while (i < s.Tokens.Count)
        {
            var best = BestAt(s, i);
            if (best.Count == 0)
            {
                i++;
                continue;
            }

            hits.AddRange(best);
            i = best.Max(h => h.Last) + 1;
        }

        return hits;
    }

    private List<TriggerHit> BestAt(SentenceContext s, int i)
    {
        if (s.MentionIndexAt(i) >= 0 || !catalog.ByFirstWord.TryGetValue(s.Lower(i), out var patterns))
        {
            return [];
        }

        var matches = new List<TriggerHit>();
        foreach (var p in patterns)
        {
            if (Match(s, p, i) is { } last)
            {
                matches.Add(new TriggerHit(p, i, last, s.SpanOf(i, last), s.SpanOf(i, last).Slice(s.Text)));
            }
        }

        if (matches.Count == 0)
        {
            return [];
        }

        var weight = matches.Max(h => h.Pattern.Weight);
        matches = [.. matches.Where(h => h.Pattern.Weight == weight)];
        if (matches.Any(h => h.IsNoun) && matches.Any(h => !h.IsNoun))
        {
            var asVerb = IsVerbUse(s, i);
            matches = [.. matches.Where(h => h.IsNoun != asVerb)];
        }

        // Conditions are checked after choosing noun or verb, so "launch site" is a compound, not a verb with an object.
        return [.. matches.Where(h => ConditionsHold(s, h.Pattern, h.First, h.Last) && (h.IsNoun ? IsLicensedNoun(s, h.First) : !FollowsDeterminer(s, h.First)))
            .DistinctBy(h => h.Type)];
    }

    private static int? Match(SentenceContext s, TriggerPattern p, int start)
    {
        var k = start;
        for (var w = 0; w < p.Words.Count; w++)
        {
            if (p.Words[w] == "*")
            {
                var next = p.Words[w + 1];
                var found = -1;
                for (var skip = 1; skip <= MaxWildcardWords && k + skip < s.Tokens.Count; skip++)
                {
                    if (ClauseStops.Contains(s.Lower(k + skip - 1)))
                    {
                        break;
                    }

                    if (s.Lower(k + skip) == next)
                    {
                        found = k + skip;
                        break;
                    }
                }

                if (found < 0)
                {
                    return null;
                }

                k = found;
                continue;
            }

            if (s.Lower(k) != p.Words[w])
            {
                return null;
            }

            k++;
        }

        return k - 1;
    }

    private static bool ConditionsHold(SentenceContext s, TriggerPattern p, int first, int last)
    {
        if (p.RejectsNext is { } next && next.Contains(s.Lower(last + 1)))
        {
            return false;
        }

        // "the accord struck in Paris", "shareholders will vote": the words just before say what kind of act it is.
        if (p.RejectsBefore is { } before
            && Enumerable.Range(Math.Max(0, first - RejectBeforeWindow), Math.Min(first, RejectBeforeWindow)).Any(k => before.Contains(s.Lower(k))))
        {
            return false;
        }

        var window = Enumerable.Range(last + 1, ConditionWindow)
            .TakeWhile(k => k < s.Tokens.Count && !ClauseStops.Contains(s.Lower(k)))
            .Select(s.Lower)
            .ToList();
        if (p.NeedsAfter is { } needs && !window.Any(needs.Contains))
        {
            return false;
        }

        return p.RejectsAfter is not { } rejects || !window.Any(rejects.Contains);
    }

    private static bool IsVerbUse(SentenceContext s, int i)
    {
        var previous = s.Lower(i - 1);
        if (VerbCues.Contains(previous))
        {
            return true;
        }

        // "Anna Berg visits Lisbon": right after a name, not after its possessive.
        return i > 0 && s.MentionIndexAt(i - 1) >= 0;
    }

    /// <summary>"the strike continued": a verb form after an article or possessive is a noun we do not list.</summary>
    private static bool FollowsDeterminer(SentenceContext s, int first) => Determiners.Contains(s.Lower(first - 1)) || Quantifiers.Contains(s.Lower(first - 1));

    private static bool IsLicensedNoun(SentenceContext s, int first)
    {
        if (first > 0 && char.IsUpper(s.Tokens[first].Text[0]) && s.Tokens[first].Text.Any(char.IsLower))
        {
            return false; // "the founding Treaty of Rome", "the Camp Summit Accords": a capitalised noun inside a sentence is part of a name
        }

        if (first == 0 || s.Tokens[first - 1].Text is "\"" or "\u201c" or "(")
        {
            return true;
        }

        // "his sixth official visit": an article or possessive licenses from one word further away.
        if (Determiners.Contains(s.Lower(first - NounLicenceLookBack - 1)))
        {
            return true;
        }

        for (var k = first - 1; k >= 0 && k >= first - NounLicenceLookBack; k--)
        {
            var word = s.Lower(k);
            if (NounLicensers.Contains(word))
            {
                return true;
            }

            if (word.Length == 1 && !char.IsLetterOrDigit(word[0]))
            {
                return false;
            }
        }

        return false;
    }
}
