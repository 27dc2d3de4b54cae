using System.Collections.Frozen;
using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// Whether a name before a verb only modifies the noun after it ("U.S. cattlemen opposed", "the Harbour Party
/// leader resigned", "Kremlin spokesman"): then the actor is the noun, not the name.
/// </summary>
internal static class NameModifiers
{
    // Role nouns a name can modify without being the actor: "the Harbour Party leader", "Kremlin spokesman", "Green Party voters".
    private static readonly FrozenSet<string> ModifiedNouns = new[]
    {
        "leader", "leaders", "leadership", "spokesman", "spokeswoman", "spokesperson", "official", "officials", "minister", "lawmaker",
        "lawmakers", "mp", "mps", "candidate", "candidates", "member", "members", "supporters", "voters", "troops", "forces",
        "party", "government", "chief", "head", "president", "prime", "envoy", "delegation", "counterpart",
    }.ToFrozenSet(StringComparer.Ordinal);

    // What may follow a subject before its verb: auxiliaries, adverbs of time, prepositions opening an adjunct, relatives.
    private static readonly FrozenSet<string> AfterSubject = new[]
    {
        "has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "can", "may", "might", "should", "must", "shall",
        "did", "does", "do", "not", "never", "also", "then", "now", "today", "yesterday", "tonight", "later", "again", "still", "already",
        "last", "next", "this", "earlier", "once", "first", "who", "which", "that", "and", "or", "to", "on", "in", "at", "for", "with", "by", "from",
        "after", "before", "during", "as", "itself", "himself", "herself", "themselves", "jointly", "alone", "too",

        // Verbs that end in neither -ed nor -ly: "Japan made an offer", "Iran wants talks".
        "made", "took", "gave", "went", "held", "met", "won", "told", "began", "came", "sent", "set", "put", "saw", "got", "left", "led",
        "ran", "sold", "bought", "paid", "kept", "brought", "found", "spoke", "wrote", "became", "said", "says", "struck", "drew", "fell",
        "rose", "lost", "cut", "hit", "let", "sought", "stood", "shot", "spent", "threw", "withdrew", "broke", "chose", "flew", "wants",
        "plans", "hopes", "seeks", "needs", "expects", "intends", "aims", "tries", "continues", "remains", "makes", "takes", "gives",
        "holds", "meets", "wins", "agrees", "signs", "sends", "calls", "urges", "warns", "denies", "rejects", "opposes", "launches",
        "attacks", "visits", "announces", "imposes", "appears", "seems", "faces", "owns", "buys", "sells", "pays", "keeps", "joins",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// True when the name at <paramref name="mentionIndex"/> modifies the word after it: a listed role noun, or, after a place,
    /// any lower-case word that is not the trigger, an auxiliary, a common verb form, an adverb ("-ly"), a past form ("-ed")
    /// or an adjunct opener.
    /// </summary>
    public static bool ModifiesNextNoun(SentenceContext s, int mentionIndex, int triggerFirst)
    {
        var next = s.LastTokenOf(mentionIndex) + 1;
        if (next >= triggerFirst || next >= s.Tokens.Count)
        {
            return false;
        }

        var word = s.Lower(next);
        if (ModifiedNouns.Contains(word))
        {
            return true;
        }

        // Places modify nouns all the time ("U.S. cattlemen", "Tokyo stocks"); a person or an organisation rarely does.
        var text = s.Tokens[next].Text;
        return s.Mentions[mentionIndex].Type == EntityType.Location && char.IsLower(text[0]) && !AfterSubject.Contains(word)
            && !word.EndsWith("ly", StringComparison.Ordinal) && !word.EndsWith("ed", StringComparison.Ordinal);
    }
}
