using System.Globalization;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// Whether an article writes a word in lower case ("Trade chaos ..." is no name when "trade" is
/// written elsewhere): a whole word of lower-case letters, with no letter, apostrophe or hyphen
/// touching it. Each question scans the text once and its answer is kept: reading every word of
/// every article into a set cost a tenth of the recogniser's time, for a handful of questions.
/// </summary>
internal sealed class LowerCaseWords(string text)
{
    private readonly Dictionary<string, bool> _answers = new(StringComparer.Ordinal);

    public bool Contains(string word)
    {
        if (!_answers.TryGetValue(word, out var found))
        {
            _answers[word] = found = IsLowerCase(word) && OccursAsWord(word);
        }

        return found;
    }

    private static bool IsLowerCase(string word)
    {
        foreach (var c in word)
        {
            if (char.GetUnicodeCategory(c) != UnicodeCategory.LowercaseLetter)
            {
                return false;
            }
        }

        return word.Length > 0;
    }

    private bool OccursAsWord(string word)
    {
        var from = 0;
        while (true)
        {
            var at = text.IndexOf(word, from, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            var end = at + word.Length;
            if ((at == 0 || !Touches(text[at - 1])) && (end == text.Length || !Touches(text[end])))
            {
                return true;
            }

            from = at + 1;
        }
    }

    private static bool Touches(char c) => char.IsLetter(c) || c is '\'' or '\u2019' or '-';
}
