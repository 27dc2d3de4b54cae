using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>
/// The verbs that introduce speech, as written in news: "said", "told", "added", "warned" ... and
/// their participles ("saying", "predicting"), which take the subject of the main clause.
/// </summary>
internal static partial class SpeechVerbs
{
    /// <summary>Verbs after which a reported clause follows ("X warned (that) ...").</summary>
    public static readonly FrozenSet<string> Reporting = new[]
    {
        "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "declared", "declares",
        "warned", "warns", "wrote", "writes", "noted", "notes", "explained", "explains", "insisted", "insists",
        "recalled", "recalls", "predicted", "predicts", "stressed", "stresses", "announced", "announces",
        "claimed", "claims", "argued", "argues", "reported", "reports", "acknowledged", "acknowledges",
        "saying", "telling", "adding", "warning", "insisting", "noting", "predicting", "stressing", "explaining",
        "declaring", "arguing", "claiming", "announcing",
        "disclosed", "discloses", "revealed", "reveals", "confirmed", "confirms", "reiterated", "reiterates", "emphasised",
        "emphasized", "emphasises", "emphasizes", "asserted", "asserts", "contended", "contends", "complained", "complains", "commented", "comments",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs that attribute a direct quote but do not introduce a reported clause ("asked", "urged").</summary>
    public static readonly FrozenSet<string> DirectOnly = new[]
    {
        "asked", "asks", "urged", "urges", "replied", "replies", "continued", "continues", "concluded",
        "exclaimed", "remarked", "observed", "answered", "countered", "quipped", "admitted", "conceded", "cautioned",
        "responded", "retorted", "elaborated",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs that also take a plain object ("reported a loss", "announced a plan"): a reported clause after them needs "that".</summary>
    public static readonly FrozenSet<string> NeedThat = new[]
    {
        "reported", "reports", "announced", "announces", "announcing", "wrote", "writes", "recalled", "recalls",
        "explained", "explains", "explaining", "declared", "declares", "declaring", "noted", "notes", "noting",
        "acknowledged", "acknowledges", "stressed", "stresses", "stressing", "stated", "states",
        "disclosed", "discloses", "revealed", "reveals", "confirmed", "confirms", "reiterated", "reiterates", "emphasised",
        "emphasized", "emphasises", "emphasizes", "asserted", "asserts", "commented", "comments",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// 'Ana Ruiz agreed, "..."', '"...," the company alleged.', '"...," Ruiz detailed.': verbs that frame a quote only when a comma,
    /// colon or full stop follows them, not in "agreed to buy", "the alleged fraud" or "a detailed plan".
    /// </summary>
    public static bool FramesQuoteOnly(string text, PhraseToken word) =>
        word.Text is "agreed" or "alleged" or "detailed" && word.Span.End < text.Length && text[word.Span.End] is ',' or ':' or '.';

    /// <summary>"told"/"telling": the next noun phrase is the addressee ("told AFP", "telling reporters").</summary>
    public static bool TakesAddressee(string verb) => verb is "told" or "tells" or "telling";

    /// <summary>A participle ("..., saying ...") whose speaker is the subject of the main clause.</summary>
    public static bool IsParticiple(string verb) => verb.EndsWith("ing", StringComparison.Ordinal);

    public static bool IsSpeechVerb(string word) => Reporting.Contains(word) || DirectOnly.Contains(word);

    /// <summary>Any lower-case word; callers keep the ones <see cref="IsSpeechVerb"/> accepts.</summary>
    [GeneratedRegex(@"\b\p{Ll}+\b")]
    public static partial Regex LowerWord();
}
