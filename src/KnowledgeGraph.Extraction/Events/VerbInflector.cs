using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// The regular forms of an English verb lemma (visit, visits, visited, visiting), so the event-type
/// list names lemmas only; irregular forms (met, held, became) come from the list itself.
/// </summary>
internal static partial class VerbInflector
{
    public static IEnumerable<string> Forms(string lemma, IReadOnlyList<string> irregular)
    {
        yield return lemma;
        foreach (var form in irregular)
        {
            yield return form;
        }

        yield return ThirdPerson(lemma);
        var stem = DoublesFinalConsonant().IsMatch(lemma) ? lemma + lemma[^1] : lemma;
        if (lemma.EndsWith("ie", StringComparison.Ordinal))
        {
            yield return lemma + "d";
            yield return lemma[..^2] + "ying";
        }
        else if (lemma.EndsWith('e'))
        {
            yield return lemma + "d";
            yield return lemma[..^1] + "ing";
        }
        else if (EndsInConsonantY(lemma))
        {
            yield return lemma[..^1] + "ied";
            yield return lemma + "ing";
        }
        else
        {
            yield return stem + "ed";
            yield return stem + "ing";
        }
    }

    private static string ThirdPerson(string lemma)
    {
        if (EndsInConsonantY(lemma))
        {
            return lemma[..^1] + "ies";
        }

        return lemma.EndsWith("s", StringComparison.Ordinal) || lemma.EndsWith("sh", StringComparison.Ordinal)
            || lemma.EndsWith("ch", StringComparison.Ordinal) || lemma.EndsWith('x') || lemma.EndsWith('z') || lemma.EndsWith('o')
            ? lemma + "es"
            : lemma + "s";
    }

    private static bool EndsInConsonantY(string lemma) =>
        lemma.Length > 1 && lemma[^1] == 'y' && "aeiou".IndexOf(lemma[^2], StringComparison.Ordinal) < 0;

    // One-syllable consonant-vowel-consonant verbs double the last letter: step -> stepped, ban -> banning.
    [GeneratedRegex("^[^aeiou]*[aeiou][^aeiouwxy]$")]
    private static partial Regex DoublesFinalConsonant();
}
