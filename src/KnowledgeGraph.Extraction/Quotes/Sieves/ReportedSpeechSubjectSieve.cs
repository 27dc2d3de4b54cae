using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Quotes.Sieves;

/// <summary>
/// A partial quote inside reported speech belongs to the subject of the speech verb that governs it:
/// 'Ruiz warned that the plan "will fail the poorest"', 'He said the mayor sounded "tired"'.
/// A one- or two-word quote needs the verb before it; a longer one, or a two-word epithet for a
/// name ('toasted "eternal Rome", predicting ...'), may take a verb after it ('called it "a betrayal of voters", Ruiz said').
/// </summary>
internal sealed class ReportedSpeechSubjectSieve : IAttributionSieve
{
    private const int ScareQuoteMaxWords = 2;

    /// <summary>The rule of a partial quote whose reported speech has an unnamed subject ("a dealer said"): kept, with no speaker.</summary>
    public const string UnnamedSourceRule = "reported-speech-unnamed-source";

    public string Name => "reported-speech-subject";

    public Attribution? Attribute(QuoteCandidate quote, AttributionContext context)
    {
        if (quote.IsDirect || quote.IsTitleCase)
        {
            return null;
        }

        var text = context.Text;
        var sentence = context.Analysis.SentenceAt(quote.Outer.Start)?.Span ?? quote.Paragraph.Span;
        var end = Math.Max(context.SuffixEnd(quote), Math.Min(sentence.End, quote.Paragraph.Span.End));
        var before = SpeechCue.VerbsIn(text, sentence.Start, quote.Outer.Start).Where(v => !context.IsInsideQuote(v.Span)).Reverse();
        foreach (var verb in before)
        {
            if (Governing(context, sentence, verb, quote) is { } speaker)
            {
                var (addressee, _) = SpeakerVerbAfterQuoteSieve.Addressee(context, verb, quote.Outer.Start);
                return new Attribution(speaker.EntityId, addressee, Name, SpeechCue.Cover(speaker.Span, verb.Span));
            }
        }

        // 'Another trade source noted the rains were "not good but still not bad."': words of someone the article does not name.
        // 'Analysts said the plan was "bold but badly timed"': so are a group's, unless the quote is short enough to be a term they
        // used ('traders said he raised it to a "buy"').
        if ((UnnamedSource.Before(context, sentence.Start, quote.Outer.Start)
                ?? (quote.WordCount > ScareQuoteMaxWords ? UnnamedGroup.Before(context, sentence.Start, quote.Outer.Start) : null)) is { } unnamed
            && !context.IsInsideQuote(unnamed))
        {
            return new Attribution(null, null, UnnamedSourceRule, unnamed);
        }

        if (quote.WordCount <= ScareQuoteMaxWords && !IsEpithet(text, quote))
        {
            return null;
        }

        // 'was being "sent to Oslo armed." The Holm Tribune urged calm': a partial quote that ends the writer's sentence has no
        // attribution after it; the next sentence's subject speaks for itself.
        if (quote.Content.Slice(text).TrimEnd() is [.., '.' or '!' or '?'])
        {
            return null;
        }

        foreach (var verb in SpeechCue.VerbsIn(text, quote.Outer.End, end).Where(v => !context.IsInsideQuote(v.Span)))
        {
            if (Governing(context, sentence, verb, quote) is { } speaker)
            {
                return new Attribution(speaker.EntityId, null, Name + "-after", SpeechCue.Cover(speaker.Span, verb.Span));
            }
        }

        return null;
    }

    /// <summary>
    /// A quoted epithet for a proper name ("eternal Rome", "brave Ukraine"): the speaker's own words
    /// about a named thing, unlike a scare-quoted common term ("pelmeni", "smart bombs").
    /// </summary>
    private static bool IsEpithet(string text, QuoteCandidate quote)
    {
        var words = quote.Content.Slice(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 2 && char.IsLower(words[0][0]) && words[0].All(char.IsLetter) && char.IsUpper(words[1][0]) && words[1].Skip(1).All(char.IsLower);
    }

    /// <summary>"Ruiz said" -> Ruiz; "..., saying" or "and said" -> the subject of the main clause; "she said" -> as the pronoun sieve.</summary>
    internal static SpeakerMatch? Governing(AttributionContext context, TextSpan sentence, PhraseToken verb, QuoteCandidate quote)
    {
        var text = context.Text;
        var before = PhraseReader.WordBefore(text, verb.Span.Start, sentence.Start);
        if (before is { Text: "is" or "was" or "were" or "are" or "be" or "been" })
        {
            return null;
        }

        if (before is { } pronoun && SpeechCue.IsPronoun(pronoun.Text))
        {
            var resolved = context.Pronouns.Resolve(PronounResolver.GenderOf(pronoun.Text), pronoun.Span.Start, quote);
            return resolved is { } r && context.Analysis.Entities.TryGetValue(r.EntityId, out var entity) ? new SpeakerMatch(r.EntityId, entity.Type, pronoun.Span) : null;
        }

        if (context.Speakers.ForVerb(sentence.Start, verb) is { } speaker)
        {
            return speaker;
        }

        // 'Radio Oslo quoted a Harbour Board spokesman as saying ...': the body the quoted source speaks for.
        if (before is { Text: "as" } && SpeechVerbs.IsParticiple(verb.Text) && QuotedSource(text, sentence.Start, before.Value.Span.Start) is { } source)
        {
            return context.Affiliations.Of(source.Start, source.End);
        }

        // 'The harbour spokesman said the quay was "unsafe"': the body its unnamed source speaks for.
        return context.Affiliations.Of(sentence.Start, verb.Span.Start);
    }

    /// <summary>The object of "quoted" before "as saying": "quoted a Harbour Board spokesman as".</summary>
    private static TextSpan? QuotedSource(string text, int sentenceStart, int asStart)
    {
        var quoted = text.LastIndexOf(" quoted ", asStart, asStart - sentenceStart, StringComparison.Ordinal);
        return quoted < 0 ? null : new TextSpan(quoted + " quoted ".Length, asStart);
    }
}
