using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// A word or a punctuation mark of one sentence. <see cref="EndsRun"/> marks a word that ends a
/// name: a possessive ("Russia's" -> "Russia") or a cut hyphen compound ("US-led" -> "US").
/// </summary>
internal readonly record struct Token(int Start, int End, string Text, bool IsWord, bool IsPossessive, bool EndsRun)
{
    public TextSpan Span => new(Start, End);

    /// <summary>"Hale", and Arabic names with a lower-case article: "al-Burhan", "el-Sisi", "bin-Salman".</summary>
    public bool IsCapitalised => IsWord && (char.IsUpper(Text[0]) || HasNameParticle);

    private bool HasNameParticle
    {
        get
        {
            var hyphen = Text.IndexOf('-', StringComparison.Ordinal);
            return hyphen is >= 2 and <= 3 && hyphen + 1 < Text.Length && char.IsUpper(Text[hyphen + 1])
                && Text[..hyphen] is "al" or "el" or "ad" or "as" or "ash" or "bin" or "ibn" or "abu";
        }
    }

    public bool IsLower => IsWord && char.IsLower(Text[0]) && !HasNameParticle;

    /// <summary>"AFP", "ANDREJ": two or more letters, all upper case.</summary>
    public bool IsAllCaps
    {
        get
        {
            var letters = 0;
            foreach (var c in Text)
            {
                if (char.IsLower(c))
                {
                    return false;
                }

                letters += char.IsLetter(c) ? 1 : 0;
            }

            return letters >= 2;
        }
    }

    public bool IsNumber => IsWord && char.IsDigit(Text[0]);

    public bool Is(string word) => string.Equals(Text, word, StringComparison.OrdinalIgnoreCase);
}
