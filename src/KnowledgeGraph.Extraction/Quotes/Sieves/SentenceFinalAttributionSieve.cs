using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Quotes.Sieves;

/// <summary>
/// A quote that opens a sentence the writer then goes on with, attributed by a clause of its own later in the sentence:
/// '"They need to spend more," or unemployment will grow, Ana Ruiz said.' / '"Significant downside" remains for the crop,
/// the official said, which will ...'. The clause must be set off by commas and hold nothing but a speaker and a speech
/// verb ("Ruiz said", "said Ruiz", "he added", "the official said"), so that a reported clause ("Ruiz said the crop was
/// poor") is never read as one.
/// </summary>
internal sealed class SentenceFinalAttributionSieve : IAttributionSieve
{
    // "the senior harbour official said": the longest clause read as an attribution.
    private const int MaxClauseWords = 6;

    public string Name => "sentence-final-attribution";

    public Attribution? Attribute(QuoteCandidate quote, AttributionContext context)
    {
        var text = context.Text;
        if (quote.LeftOpen || context.Analysis.SentenceAt(quote.Outer.Start) is not { } sentence
            || !text.AsSpan(sentence.Span.Start, quote.Outer.Start - sentence.Span.Start).Trim().IsEmpty)
        {
            return null;
        }

        // A quote that ends its own sentence ('"We hope to reach 5,000." The cars ..., he said.') is not continued by the writer.
        if (text.AsSpan(quote.Content.Start, quote.Content.Length).TrimEnd() is [.., '.' or '?' or '!'])
        {
            return null;
        }

        // The writer's sentence runs on after the quote, with no other quote in it.
        var end = Math.Min(sentence.Span.End, quote.Paragraph.Span.End);
        if (end <= quote.Outer.End || text.AsSpan(quote.Outer.End, end - quote.Outer.End).IndexOfAny('"', '\u201c', '\u201d') >= 0)
        {
            return null;
        }

        for (var comma = text.IndexOf(',', quote.Outer.End, end - quote.Outer.End); comma >= 0; comma = text.IndexOf(',', comma + 1, end - comma - 1))
        {
            // The first comma right after the closing mark belongs to the quote's own frame, which other sieves read.
            if (text.AsSpan(quote.Outer.End, comma - quote.Outer.End).Trim().IsEmpty)
            {
                continue;
            }

            var next = text.IndexOf(',', comma + 1, end - comma - 1);
            var clauseEnd = next < 0 ? end : next;
            if (Clause(context, quote, comma + 1, clauseEnd) is { } attribution)
            {
                return attribution;
            }

            if (next < 0)
            {
                break;
            }
        }

        return null;
    }

    private Attribution? Clause(AttributionContext context, QuoteCandidate quote, int start, int end)
    {
        var text = context.Text;
        end = text.AsSpan(start, end - start).TrimEnd().TrimEnd('.').Length + start;
        var words = text[start..end].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        if (words is < 2 or > MaxClauseWords || context.IsInsideQuote(start))
        {
            return null;
        }

        var verbs = SpeechCue.VerbsIn(text, start, end).ToList();
        if (verbs.Count != 1 || SpeechVerbs.IsParticiple(verbs[0].Text))
        {
            return null;
        }

        // "said Ana Ruiz": the name after a verb that opens the clause ("told Reuters" names whom he told, not who spoke).
        var verb = verbs[0];
        var before = PhraseReader.WordBefore(text, verb.Span.Start, start);
        if (before is null)
        {
            if (SpeechVerbs.TakesAddressee(verb.Text))
            {
                return null;
            }

            return context.Speakers.After(verb.Span.End, end) is { } named && SpeechCue.TailIsAdverbial(text, named.Span.End, end)
                ? new Attribution(named.EntityId, null, Name, SpeechCue.Cover(verb.Span, named.Span))
                : null;
        }

        if (!SpeechCue.TailIsAdverbial(text, verb.Span.End, end))
        {
            return null;
        }

        if (SpeechCue.IsPronoun(before.Value.Text))
        {
            // "he" and "she" are people: an organisation the resolver offers for them is not the speaker.
            var gender = PronounResolver.GenderOf(before.Value.Text);
            return context.Pronouns.Resolve(gender, before.Value.Span.Start, quote) is { } r && context.Analysis.Entities.TryGetValue(r.EntityId, out var entity)
                && (entity.Type == EntityType.Person || gender == Gender.Neuter)
                ? new Attribution(r.EntityId, null, Name, SpeechCue.Cover(before.Value.Span, verb.Span))
                : null;
        }

        if (context.Speakers.ForVerb(start, verb) is { } speaker)
        {
            return new Attribution(speaker.EntityId, null, Name, SpeechCue.Cover(speaker.Span, verb.Span));
        }

        // "the official said" after "a USDA official said": the body the unnamed source speaks for.
        return context.Affiliations.Of(start, verb.Span.Start) is { } body ? new Attribution(body.EntityId, null, Name, new TextSpan(start, verb.Span.End)) : null;
    }
}
