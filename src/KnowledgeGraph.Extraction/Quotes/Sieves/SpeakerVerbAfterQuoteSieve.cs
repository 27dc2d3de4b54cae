using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Quotes.Sieves;

/// <summary>
/// The attribution right after the closing mark, in either order:
/// '"...," Anna Berg said.' / '"...," Kim told Putin.' / '"...," said pollster Jean Dupont.'
/// After a quote that ends with a full stop, only a bare "X said (on Monday)." counts, so that the
/// next sentence's own subject ('"..." Berg said the plan failed.') is not taken for the speaker.
/// </summary>
internal sealed class SpeakerVerbAfterQuoteSieve : IAttributionSieve
{
    private const int MaxWordsToVerb = 16;

    // '"...," ruling party deputy Ana Ruiz said.': a short description, a name, then the verb;
    // '"...," panel member Ana Ruiz of the University of Oslo said.': also the name's employer.
    private const int MaxWordsToModifiedName = 12;

    /// <summary>The rule named for a quote given to the body an unnamed spokesman or official speaks for.</summary>
    public const string AffiliatedSourceRule = "affiliated-source";

    /// <summary>The rule of a quote said by someone the article does not name ("a crop analyst said").</summary>
    public const string UnnamedRule = "speaker-not-named";

    public string Name => "speaker-verb-after-quote";

    public Attribution? Attribute(QuoteCandidate quote, AttributionContext context)
    {
        if (quote.LeftOpen)
        {
            return null;
        }

        var text = context.Text;
        var limit = context.SuffixEnd(quote);
        var pos = quote.Outer.End;
        while (pos < limit && (char.IsWhiteSpace(text[pos]) || text[pos] is ',' or '\u2014' or '\u2013'))
        {
            pos++;
        }

        if (PhraseReader.WordAfter(text, pos, limit) is not { } first || SpeechCue.IsPronoun(first.Text) || first.Span.Start != pos)
        {
            return null;
        }

        var expected = SpeechCue.AttributionExpected(text, quote);
        if (!first.IsCapitalised && SpeechVerbs.IsSpeechVerb(first.Text))
        {
            return VerbFirst(context, first, limit);
        }

        if (AnonymousSpeaker(context, first, pos, limit) is { } anonymous)
        {
            return anonymous;
        }

        // '"...," ruling party deputy Ana Ruiz said.': a lower-case modifier may open a name's description, when a comma hands over.
        // '"...," private political analyst Ana Ruiz told Reuters.': or several, before a role.
        var modifiedName = expected && (PhraseReader.Forward(text, first.Span.End, limit).Any(t => t.IsCapitalised) || RoleAfterModifiers(text, first, limit))
            && SpeechCue.VerbsIn(text, pos, limit, MaxWordsToModifiedName).Any();
        if (!(first.IsCapitalised || first.Text == "the" || NameLexicon.IsRole(first.Text) || modifiedName))
        {
            return null;
        }

        foreach (var verb in SpeechCue.VerbsIn(text, pos, limit, MaxWordsToVerb))
        {
            if (context.Speakers.ForVerb(pos, verb) is not { } speaker || !first.IsCapitalised && first.Text != "the" && !NameLexicon.IsRole(first.Text) && speaker.Type != EntityType.Person)
            {
                continue;
            }

            var (addressee, tailStart) = Addressee(context, verb, limit);
            if (!expected && !SpeechCue.TailIsAdverbial(text, tailStart, limit))
            {
                return null;
            }

            // '"...," Ana Ruiz, chief economist of Holm, Berg Securities GmbH said.': the person, not the firm in her apposition.
            if (expected && speaker.Type != EntityType.Person && NameThenOpenApposition(context, pos, limit) is { } person)
            {
                return person;
            }

            return new Attribution(speaker.EntityId, addressee, Name, new TextSpan(pos, tailStart));
        }

        if (expected && NameThenOpenApposition(context, pos, limit) is { } named)
        {
            return named;
        }

        if (expected && DescriptionThenName(context, pos, limit) is { } described)
        {
            return described;
        }

        // '"...," Harbour Board officials said.': the body its unnamed officials speak for.
        return SpeechCue.VerbsIn(text, pos, limit, MaxWordsToVerb).FirstOrDefault() is { Text: not null } bodyVerb && context.Affiliations.Of(pos, bodyVerb.Span.Start) is { } body
            && (expected || SpeechCue.TailIsAdverbial(text, Addressee(context, bodyVerb, limit).TailStart, limit))
            ? new Attribution(body.EntityId, Addressee(context, bodyVerb, limit).Id, AffiliatedSourceRule, new TextSpan(pos, bodyVerb.Span.End))
            : null;
    }

    /// <summary>
    /// '"...," a crop analyst said.' / '"...," the mayor told NRK.': someone speaks whom the article does not
    /// name. The quote keeps no speaker, and no later sieve may hand it to a person named elsewhere.
    /// </summary>
    private static Attribution? AnonymousSpeaker(AttributionContext context, PhraseToken first, int pos, int limit)
    {
        const int maxWords = 6;
        if (first.Text is not ("a" or "an" or "the" or "one" or "another" or "some" or "two" or "three" or "several" or "many" or "most"))
        {
            return null;
        }

        // '"...," an official from Acme Corp, who asked not to be named, told Reuters.': the verb may follow a relative clause.
        var verb = SpeechCue.VerbsIn(context.Text, pos, limit, MaxWordsToVerb).FirstOrDefault();
        if (verb.Text is null || context.Speakers.ForVerb(pos, verb) is not null)
        {
            return null;
        }

        var (addressee, tailStart) = Addressee(context, verb, limit);

        // '"...," a Harbour Board spokesman said.': the body speaks through its unnamed spokesman.
        if (context.Affiliations.Of(pos, verb.Span.Start) is { } body)
        {
            return new Attribution(body.EntityId, addressee, AffiliatedSourceRule, new TextSpan(pos, tailStart));
        }

        return CountWords(context.Text, pos, verb.Span.Start) <= maxWords && OnlyDescription(context.Text, pos, verb.Span.Start)
            ? new Attribution(null, addressee, UnnamedRule, new TextSpan(pos, tailStart))
            : null;
    }

    private static int CountWords(string text, int from, int to) => text[from..to].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    // "a private crop analyst" / "one dealer": lower-case words only, no name that could be the speaker.
    private static bool OnlyDescription(string text, int from, int to)
    {
        // "the radio quoted him as saying": the pronoun's sieve names him.
        var words = text[from..to].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 6 && words.All(w => w.Length > 0 && (char.IsLower(w[0]) || char.IsDigit(w[0]))) && !words.Any(w => w is "him" or "her");
    }

    /// <summary>'"...," the chairman of the harbour committee, Tomas Berg, said.': the person named in apposition to a role.</summary>
    private Attribution? DescriptionThenName(AttributionContext context, int pos, int limit)
    {
        var text = context.Text;
        var verb = SpeechCue.VerbsIn(text, pos, limit, MaxWordsToVerb).FirstOrDefault();
        var comma = verb.Text is null ? -1 : text.LastIndexOf(',', verb.Span.Start - 1, verb.Span.Start - pos);
        if (comma < 0 || !text.AsSpan(comma + 1, verb.Span.Start - comma - 1).IsWhiteSpace())
        {
            return null;
        }

        var name = PhraseReader.Backward(text, comma, pos);
        var opening = name.Count == 0 ? -1 : text.LastIndexOf(',', name[0].Span.Start - 1, name[0].Span.Start - pos);
        if (opening < 0 || !text.AsSpan(opening + 1, name[0].Span.Start - opening - 1).IsWhiteSpace() || !name.All(t => t.IsCapitalised))
        {
            return null;
        }

        var description = text[pos..opening].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (description.Length < 2 || description[0] is not ("the" or "a" or "an") || !description.Any(NameLexicon.IsRole)
            || context.Speakers.Resolve(name) is not { Type: EntityType.Person } person)
        {
            return null;
        }

        var (addressee, tailStart) = Addressee(context, verb, limit);
        return new Attribution(person.EntityId, addressee, Name, new TextSpan(pos, tailStart));
    }

    /// <summary>'"...," Ana Ruiz, chief economist at Acme told Reuters.': an apposition the writer did not close with a comma.</summary>
    private Attribution? NameThenOpenApposition(AttributionContext context, int pos, int limit)
    {
        var text = context.Text;
        var tokens = PhraseReader.Forward(text, pos, limit);
        if (tokens.Count == 0 || tokens[^1].Span.End >= text.Length || text[tokens[^1].Span.End] != ',')
        {
            return null;
        }

        var verb = SpeechCue.VerbsIn(text, tokens[^1].Span.End, limit, MaxWordsToVerb).FirstOrDefault();
        if (verb.Text is null || context.Speakers.Resolve(tokens) is not { Type: EntityType.Person } speaker)
        {
            return null;
        }

        var (addressee, tailStart) = Addressee(context, verb, limit);
        return new Attribution(speaker.EntityId, addressee, Name, new TextSpan(pos, tailStart));
    }

    private static Attribution? VerbFirst(AttributionContext context, PhraseToken verb, int limit)
    {
        if (PhraseReader.WordAfter(context.Text, verb.Span.End, limit) is { } next && SpeechCue.IsPronoun(next.Text))
        {
            return null;
        }

        if ((context.Speakers.NamedAfterDescription(verb.Span.End, limit) ?? context.Speakers.After(verb.Span.End, limit) ?? context.Speakers.PersonAfterTitles(verb.Span.End, limit)) is { } speaker)
        {
            return new Attribution(speaker.EntityId, null, "verb-speaker-after-quote", SpeechCue.Cover(verb.Span, speaker.Span));
        }

        // '"...," said a spokesman for the Harbour Board.' / '"...," said another senior bank official.'
        return context.Affiliations.Of(verb.Span.End, limit) is { } body
            ? new Attribution(body.EntityId, null, AffiliatedSourceRule, new TextSpan(verb.Span.Start, limit))
            : null;
    }

    // "private political analyst Ana": up to three lower-case words, a role, then a capitalised word.
    private static bool RoleAfterModifiers(string text, PhraseToken first, int limit)
    {
        const int maxModifiers = 3;
        var w = PhraseReader.WordAfter(text, first.Span.End, limit);
        for (var n = 0; n < maxModifiers && w is { IsCapitalised: false } word; n++)
        {
            if (NameLexicon.IsRole(word.Text))
            {
                return PhraseReader.WordAfter(text, word.Span.End, limit) is { IsCapitalised: true };
            }

            w = PhraseReader.WordAfter(text, word.Span.End, limit);
        }

        return false;
    }

    /// <summary>"told Putin" -> Putin; "told reporters" -> nobody, but the tail starts after it.</summary>
    internal static (string? Id, int TailStart) Addressee(AttributionContext context, PhraseToken verb, int limit)
    {
        if (!SpeechVerbs.TakesAddressee(verb.Text))
        {
            return (null, verb.Span.End);
        }

        var tokens = PhraseReader.Forward(context.Text, verb.Span.End, limit);
        if (tokens.Count > 0 && context.Speakers.Resolve(tokens) is { } addressee)
        {
            return (addressee.EntityId, tokens[^1].Span.End);
        }

        var word = PhraseReader.WordAfter(context.Text, verb.Span.End, limit);
        return (null, word?.Span.End ?? verb.Span.End);
    }
}
