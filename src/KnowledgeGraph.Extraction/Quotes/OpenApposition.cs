using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>
/// "Ana Ruiz, head of research at Holm Bank said": an apposition the writer opened with a comma after
/// a name and never closed (or closed right before the verb), so the words right before the verb belong to the apposition,
/// not the subject.
/// </summary>
internal static class OpenApposition
{
    // "senior research associate at the Oslo-based Harbour Institute": long enough for a role and its body.
    private const int MaxWords = 14;

    /// <summary>The person named at <paramref name="clauseStart"/> whose open apposition runs up to the verb at <paramref name="verbStart"/>.</summary>
    public static SpeakerMatch? PersonBefore(SpeakerResolver speakers, string text, int clauseStart, int verbStart)
    {
        if ((PersonAt(speakers, text, clauseStart, verbStart) ?? PersonBeforeLongApposition(speakers, text, clauseStart, verbStart)
            ?? RoledPersonAtBody(speakers, text, clauseStart, verbStart)) is { } person)
        {
            return person;
        }

        // "In testimony today, Ana Ruiz, director of trade for the growers said": the name opens the clause after a fronted phrase.
        var appositionComma = text.LastIndexOf(',', verbStart - 1, verbStart - clauseStart);
        var frontComma = appositionComma > clauseStart ? text.LastIndexOf(',', appositionComma - 1, appositionComma - clauseStart) : -1;
        // Not "Rep. Ana Ruiz, D-Ore, the chairman of X said": a name before that comma makes the next phrase its apposition.
        if (frontComma >= 0 && PhraseReader.WordBefore(text, frontComma, clauseStart) is { IsCapitalised: false }
            && PhraseReader.WordAfter(text, frontComma + 1, appositionComma) is { } first)
        {
            return PersonAt(speakers, text, first.Span.Start, verbStart);
        }

        // "Harbour committee chairman Ana Ruiz, an Oslo Democrat said": a role before the name, the only comma after it.
        // Not "In a letter to Secretary Ana Ruiz, NAWG stated its ...": the apposition opens with a lower-case word.
        return frontComma < 0 && appositionComma > clauseStart && PhraseReader.WordAfter(text, appositionComma + 1, verbStart) is { IsCapitalised: false }
            && PhraseReader.Backward(text, appositionComma, clauseStart) is { Count: > 1 } named
            && speakers.Resolve(named) is { Type: EntityType.Person } titled && titled.Span.End == named[^1].Span.End
            && text.AsSpan(appositionComma + 1, verbStart - appositionComma - 1).ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length is > 0 and <= MaxWords
            ? titled
            : null;
    }

    private static SpeakerMatch? PersonAt(SpeakerResolver speakers, string text, int clauseStart, int verbStart)
    {
        var name = PhraseReader.Forward(text, clauseStart, verbStart).TakeWhile(t => t.IsCapitalised).ToList();
        if (name.Count == 0 || name[0].Span.Start - clauseStart > 1 || name[^1].Span.End >= verbStart || text[name[^1].Span.End] != ',')
        {
            return null;
        }

        // "Ana Ruiz, U.S. trade representative, said": a closed apposition, its comma right before the verb, reads the same.
        var apposition = text.AsSpan(name[^1].Span.End + 1, verbStart - name[^1].Span.End - 1).TrimEnd();
        if (apposition.EndsWith(','))
        {
            apposition = apposition[..^1];
        }

        if (apposition.IndexOfAny(',', ';', ':') >= 0 || apposition.IndexOfAny('"', '(') >= 0
            || apposition.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length is 0 or > MaxWords)
        {
            return null;
        }

        return speakers.Resolve(name) is { Type: EntityType.Person } person ? person : null;
    }

    // "director Ana Ruiz at Oslo investment bank Holm Spa told Reuters": a role, the name, then "at" or "of" and where she works,
    // up to the verb; the body is not the subject.
    private static SpeakerMatch? RoledPersonAtBody(SpeakerResolver speakers, string text, int clauseStart, int verbStart)
    {
        const int maxRoleWords = 3;
        var pos = clauseStart;
        var roles = 0;
        for (var n = 0; n < maxRoleWords && PhraseReader.WordAfter(text, pos, verbStart) is { IsCapitalised: false } w && w.Text.All(char.IsLetter); n++)
        {
            if (w.Text is "a" or "an" or "the" or "one")
            {
                return null;
            }

            roles += NameLexicon.IsRole(w.Text) ? 1 : 0;
            pos = w.Span.End;
        }

        var name = PhraseReader.Forward(text, pos, verbStart).TakeWhile(t => t.IsCapitalised).ToList();
        if ((roles == 0 && pos > clauseStart) || name.Count < 2 || PhraseReader.WordAfter(text, name[^1].Span.End, verbStart) is not { Text: "at" or "of" } link
            || !text.AsSpan(name[^1].Span.End, link.Span.Start - name[^1].Span.End).IsWhiteSpace())
        {
            return null;
        }

        var body = text.AsSpan(link.Span.End, verbStart - link.Span.End).TrimEnd().TrimEnd(',');
        return body.IndexOfAny(",;:\"(") < 0 && body.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length is > 0 and <= MaxWords
            && speakers.Resolve(name) is { Type: EntityType.Person } person ? person : null;
    }

    // "Wilson Sy, president of Holm Securities, a local stockbroking firm with Hong Kong affiliations, told Reuters": a name that
    // opens the clause, then descriptions set off by commas, each opening in lower case, up to the verb.
    private static SpeakerMatch? PersonBeforeLongApposition(SpeakerResolver speakers, string text, int clauseStart, int verbStart)
    {
        const int maxSegments = 3;
        var name = PhraseReader.Forward(text, clauseStart, verbStart).TakeWhile(t => t.IsCapitalised).ToList();
        if (name.Count < 2 || name[0].Span.Start - clauseStart > 1 || name[^1].Span.End >= verbStart || text[name[^1].Span.End] != ',')
        {
            return null;
        }

        var segments = text[(name[^1].Span.End + 1)..verbStart].TrimEnd().TrimEnd(',').Split(',');
        return segments.Length is >= 2 and <= maxSegments
            && segments.All(seg => PhraseReader.WordAfter(seg, 0, seg.Length) is { IsCapitalised: false } && seg.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length <= MaxWords)
            && speakers.Resolve(name) is { Type: EntityType.Person } person ? person : null;
    }
}
