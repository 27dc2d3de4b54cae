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
        if (PersonAt(speakers, text, clauseStart, verbStart) is { } person)
        {
            return person;
        }

        // "In testimony today, Ana Ruiz, director of trade for the growers said": the name opens the clause after a fronted phrase.
        var appositionComma = text.LastIndexOf(',', verbStart - 1, verbStart - clauseStart);
        var frontComma = appositionComma > clauseStart ? text.LastIndexOf(',', appositionComma - 1, appositionComma - clauseStart) : -1;
        // Not "Rep. Ana Ruiz, D-Ore, the chairman of X said": a name before that comma makes the next phrase its apposition.
        return frontComma >= 0 && PhraseReader.WordBefore(text, frontComma, clauseStart) is { IsCapitalised: false }
            && PhraseReader.WordAfter(text, frontComma + 1, appositionComma) is { } first
            ? PersonAt(speakers, text, first.Span.Start, verbStart)
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
}
