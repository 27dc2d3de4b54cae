using System.Collections.Frozen;
using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// One surface form of a trigger: its words (lower case, "*" for one to five words), whether it is
/// a noun, the lemma it came from, and the lexical conditions that license it: a word that must follow,
/// words that may not follow or come next, and words that may not stand just before it ("accord struck").
/// </summary>
internal sealed record TriggerPattern(
    EventType Type,
    IReadOnlyList<string> Words,
    bool IsNoun,
    string Lemma,
    FrozenSet<string>? NeedsAfter = null,
    FrozenSet<string>? RejectsAfter = null,
    FrozenSet<string>? RejectsNext = null,
    FrozenSet<string>? RejectsBefore = null)
{
    /// <summary>Words counted, for preferring the longest match ("resignation letter" over "resignation").</summary>
    public int Weight => Words.Count(w => w != "*");
}
