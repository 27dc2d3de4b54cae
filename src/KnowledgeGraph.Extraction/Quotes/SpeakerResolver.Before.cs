using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>The speaker written before a speech verb: "Anna Berg, a historian, said", "analyst Ana Ruiz of Holm Securities said".</summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>The speaker written before a verb at <paramref name="verbStart"/>: "Anna Berg, a historian, said".</summary>
    public SpeakerMatch? Before(int verbStart, int limit)
    {
        var pos = verbStart;
        for (var i = 0; i < 4 && PhraseReader.WordBefore(Text, pos, limit) is { } w && NameLexicon.Auxiliaries.Contains(w.Text) && OnlySpaces(w.Span.End, pos); i++)
        {
            pos = w.Span.Start;
        }

        pos = PhraseBounds.SkipPartyTag(Text, pos, limit);

        // "Ana Ruiz, a banker from Tulsa, Oklahoma, said": a state or country closing the apposition after its city's comma.
        var skipped = _bounds.SkipApposition(pos, limit);
        if (skipped == pos && _bounds.PlaceClosingApposition(pos, limit) is { } placeStart)
        {
            skipped = _bounds.SkipApposition(placeStart, limit);
        }

        pos = skipped;
        var tokens = PhraseReader.Backward(Text, pos, limit);

        // "the Stamford, Conn.-based company added": modifiers between "the" and the organisation noun.
        if (tokens.Count > 0 && tokens[^1] is { IsCapitalised: false } noun && NameLexicon.DefiniteOrganisationHeads.Contains(noun.Text)
            && tokens.All(t => !t.IsCapitalised && t.Text != "the" || NameHead.IsHyphenatedModifier(t.Text)) && _bounds.DefiniteBefore(tokens[0].Span.Start, limit))
        {
            return _described.DefiniteOrganisation(noun.Text, noun.Span.Start);
        }

        // "Ana Ruiz, the Tulsa, Oklahoma, investor who ..., said": the state after the city's comma is inside the apposition.
        if (tokens.Count > 0 && _bounds.IsPlace(tokens) && _bounds.SkipApposition(tokens[0].Span.Start, limit) is var outer && outer < tokens[0].Span.Start)
        {
            pos = outer;
            tokens = PhraseReader.Backward(Text, pos, limit);
        }

        // "analyst Ana Ruiz of Holm, Berg and Co said": the person, past a firm with "and" inside its name that the recogniser found whole.
        if (tokens.Count > 0 && _analysis.Mentions.LastOrDefault(m => m.Span.End == tokens[^1].Span.End && m.Span.Start < tokens[0].Span.Start && m.Span.Start >= limit
                && m.Type == EntityType.Organization) is { } whole && EmployeeOf(whole.Span.Start, limit) is { } firmsEmployee)
        {
            return firmsEmployee;
        }

        // "a dealer in New York said", "Smith and Co said": the name is not the subject of the verb.
        // "Acme and Co Ltd economist Ana Ruiz said" is still Ruiz: a role right before the name starts the subject.
        if (tokens.Count > 0 && !NameHead.RoleIntroducesName(tokens) && PhraseReader.WordBefore(Text, tokens[0].Span.Start, limit) is { } previous
            && OnlySpaces(previous.Span.End, tokens[0].Span.Start) && NameLexicon.NotBeforeSubject.Contains(previous.Text) && !StartsClause(previous, limit))
        {
            // "analyst Ana Ruiz of Holm Securities said": the person whose firm it is; "Ana Ruiz of Holm and Berg said": also
            // past a firm with "and" inside its name that the recogniser split.
            return EmployeeOf(tokens[0].Span.Start, limit)
                ?? (previous.Text is "and" or "&" && PhraseReader.Backward(Text, previous.Span.Start, limit) is { Count: > 0 } before
                    && before.FindLastIndex(t => !t.IsCapitalised) is var cut && cut < before.Count - 1
                    ? EmployeeOf(before[cut + 1].Span.Start, limit) : null);
        }

        return Resolve(tokens);
    }

    // "Ana Ruiz of Holm Securities" / "at Holm": the person written before the "of" or "at" that opens the firm's name at nameStart.
    private SpeakerMatch? EmployeeOf(int nameStart, int limit) =>
        PhraseReader.WordBefore(Text, nameStart, limit) is { Text: "of" or "at" } of && Before(of.Span.Start, limit) is { Type: EntityType.Person } employee ? employee : null;

    /// <summary>"... through debt and Baker said": an "and" after a lower-case word joins clauses, not two names ("Smith and Co said").</summary>
    private bool StartsClause(PhraseToken previous, int limit) =>
        previous.Text == "and" && PhraseReader.WordBefore(Text, previous.Span.Start, limit) is { IsCapitalised: false } joined && OnlySpaces(joined.Span.End, previous.Span.Start);
}
