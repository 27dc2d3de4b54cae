using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>Documents that speak for the body that issued them: "the Harbour Board report said", "a statement issued by Acme".</summary>
internal sealed partial class AffiliationReader
{
    /// <summary>
    /// The body that issued a document: named in the phrase ("the Harbour Board report", "a central bank study"), else,
    /// for a bare "the report", where the article introduced it ("the Harbour Board's report", "a report by the Harbour
    /// Board", "the Harbour Board said in a statement").
    /// </summary>
    private SpeakerMatch? Issuer(List<PhraseToken> tokens, int start, bool followEarlier)
    {
        var modifiers = tokens.Take(tokens.Count - 1).ToList();
        if (modifiers.Any(t => t.IsCapitalised))
        {
            return _bodies.Organisation(modifiers.SkipWhile(t => !t.IsCapitalised).Select(t => t with { Text = t.Text.EndsWith("'s", StringComparison.Ordinal) ? t.Text[..^2] : t.Text }).ToList());
        }

        // "the team's report" after "the IMF team": the body the noun was written after.
        if (modifiers.Select(t => t.Text.EndsWith("'s", StringComparison.Ordinal) ? t.Text[..^2] : t.Text).LastOrDefault(NameLexicon.DefiniteOrganisationHeads.Contains) is { } head)
        {
            return _bodies.PortfolioMinistry(modifiers) ?? _described.DefiniteOrganisation(head, start) ?? _bodies.NamedBeforeNoun(head, start);
        }

        if (!followEarlier)
        {
            return null;
        }

        // "a document issued by the Harbour Board ... The statement said": the same noun first, then any document named before,
        // else the organisation that last spoke ("The Harbour Board said ... the statement said").
        return EarlierDocument(tokens[^1].Text, start) ?? DocumentNouns.Where(d => d != tokens[^1].Text).Select(d => EarlierDocument(d, start)).FirstOrDefault(m => m is not null)
            ?? _described.LastSpeakingBody(start);
    }

    private SpeakerMatch? EarlierDocument(string noun, int start)
    {
        var from = Math.Max(0, start - MaxCharsBackForBareRole);
        for (var i = start - noun.Length; i >= from; i--)
        {
            if (!Text.AsSpan(i).StartsWith(noun, StringComparison.Ordinal) || i > 0 && char.IsLetter(Text[i - 1]) || i + noun.Length < Text.Length && char.IsLetter(Text[i + noun.Length]))
            {
                continue;
            }

            if (Of(SourcePhrase.Start(Text, Math.Max(from, i - 60), i), i + noun.Length, followBareRole: false) is { } named)
            {
                return named;
            }

            // "a report by the Harbour Board", "the statement from Acme Corp", "a document issued by the party".
            if (IssuedBy(i + noun.Length) is { } author)
            {
                return author;
            }

            // "the Harbour Board said in a statement", "said in its latest monthly report", also across a line break.
            if (InDocumentPhrase(i) is var inWord and >= 0
                && SpeechCue.VerbsIn(Text, Math.Max(0, inWord - 20), inWord).LastOrDefault() is { Text: not null } verb
                && _speakers.Before(verb.Span.Start, SourcePhrase.Start(Text, Math.Max(0, verb.Span.Start - 80), verb.Span.Start)) is { Type: EntityType.Organization } issuer)
            {
                return issuer;
            }

            // "The official Harbour Business newspaper published the demands in an editorial": the organisation the sentence is about.
            if (InDocumentPhrase(i) >= 0 && _bodies.SubjectOrganisation(i) is { } subject)
            {
                return subject;
            }
        }

        return null;
    }

    /// <summary>The start of "in" in "in a statement", "in its latest monthly report" before the document noun at <paramref name="noun"/>; -1 when not so written.</summary>
    private int InDocumentPhrase(int noun)
    {
        // "latest", "monthly", "annual": lower-case words between the determiner and the noun.
        const int maxAdjectives = 3;
        var pos = noun;
        for (var n = 0; n <= maxAdjectives && PhraseReader.WordBefore(Text, pos, Math.Max(0, pos - 30)) is { } w && !w.IsCapitalised; n++)
        {
            if (w.Text is "a" or "an" or "its" or "their" or "the")
            {
                return PhraseReader.WordBefore(Text, w.Span.Start, Math.Max(0, w.Span.Start - 10)) is { Text: "in" } inWord
                    && Text.AsSpan(inWord.Span.End, noun - inWord.Span.End).IndexOfAny(',', '.') < 0 ? inWord.Span.Start : -1;
            }

            pos = w.Span.Start;
        }

        return -1;
    }

    /// <summary>" by the Harbour Board", " issued by Acme Corp" right after a document noun ending at <paramref name="nounEnd"/>: that body.</summary>
    private SpeakerMatch? IssuedBy(int nounEnd)
    {
        var limit = Math.Min(Text.Length, nounEnd + 80);
        var word = PhraseReader.WordAfter(Text, nounEnd, limit);
        if (word is { Text: "issued" or "released" or "published" or "prepared" or "written" } participle)
        {
            word = PhraseReader.WordAfter(Text, participle.Span.End, limit);

            // "a statement issued after a two day meeting of the Harbour Group": the body that met.
            if (word is { Text: "after" or "at" } when && MeetingOf(when.Span.End, limit) is { } of)
            {
                word = of;
            }
        }

        if (word is not { Text: "by" or "from" or "of" } preposition)
        {
            return null;
        }

        // "by the non partisan Harbour Research Service": past the article and a few lower-case modifiers.
        var start = preposition.Span.End;
        for (var n = 0; n < MaxIssuerModifierWords && PhraseReader.WordAfter(Text, start, limit) is { IsCapitalised: false } modifier; n++)
        {
            start = modifier.Span.End;
        }

        return PhraseReader.Forward(Text, start, limit) is { Count: > 0 } after && _bodies.Organisation(after) is { } author ? author : null;
    }

    // "a two day meeting of": the "of" after "meeting" within a few words.
    private PhraseToken? MeetingOf(int pos, int limit)
    {
        const int maxWords = 5;
        for (var n = 0; n < maxWords && PhraseReader.WordAfter(Text, pos, limit) is { } w; n++, pos = w.Span.End)
        {
            if (w.Text is "meeting" or "meetings" or "session" or "conference" or "summit")
            {
                return PhraseReader.WordAfter(Text, w.Span.End, limit) is { Text: "of" } of ? of : null;
            }
        }

        return null;
    }
}
