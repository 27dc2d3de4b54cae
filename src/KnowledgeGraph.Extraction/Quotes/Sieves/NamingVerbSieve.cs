using System.Collections.Frozen;
using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Quotes.Sieves;

/// <summary>
/// A quoted label someone puts on something is that person's partial quote:
/// 'Ruiz called the plan "a disaster"', 'Ruiz described the deal as "historic"'. Not when the
/// label is reciprocal or reflexive ('the two called each other "partners"', 'he called himself "a
/// realist"'), nor in the passive ('the plan, called "Harbour First"').
/// </summary>
internal sealed class NamingVerbSieve : IAttributionSieve
{
    private const int MaxWordsVerbToQuote = 6;

    private static readonly FrozenSet<string> NamingVerbs = new[]
    {
        "called", "calls", "calling", "described", "describes", "describing", "branded", "brands", "branding",
        "labelled", "labeled", "labels", "dubbed", "dubs",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Blockers = new[]
    {
        "each", "other", "another", "one", "themselves", "himself", "herself", "itself", "ourselves", "yourself",
    }.ToFrozenSet(StringComparer.Ordinal);

    public string Name => "naming-verb-subject";

    public Attribution? Attribute(QuoteCandidate quote, AttributionContext context)
    {
        if (quote.IsDirect || quote.IsTitleCase)
        {
            return null;
        }

        var text = context.Text;
        var sentenceStart = context.PrefixStart(quote);
        var words = new List<PhraseToken>();
        for (var pos = quote.Outer.Start; words.Count <= MaxWordsVerbToQuote && PhraseReader.WordBefore(text, pos, sentenceStart) is { } w; pos = w.Span.Start)
        {
            if (NamingVerbs.Contains(w.Text))
            {
                return Attribute(context, sentenceStart, w, words);
            }

            words.Add(w);
        }

        return null;
    }

    private Attribution? Attribute(AttributionContext context, int sentenceStart, PhraseToken verb, List<PhraseToken> between)
    {
        if (between.Any(w => Blockers.Contains(w.Text))
            || PhraseReader.WordBefore(context.Text, verb.Span.Start, sentenceStart) is { Text: "is" or "was" or "were" or "are" or "be" or "been" or "being" or "so" })
        {
            return null;
        }

        var speaker = context.Speakers.ForVerb(sentenceStart, verb);
        return speaker is { Type: EntityType.Person or EntityType.Organization }
            ? new Attribution(speaker.EntityId, null, Name, SpeechCue.Cover(speaker.Span, verb.Span))
            : null;
    }
}
