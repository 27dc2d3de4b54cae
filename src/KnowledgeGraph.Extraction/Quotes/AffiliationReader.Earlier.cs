namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>Sources that refer back: "the official" to the story's unnamed official, "one official" to the officials just named.</summary>
internal sealed partial class AffiliationReader
{
    // "one official" is one of the officials named in the last paragraph or two.
    private const int MaxCharsBackForGroup = 500;

    private SpeakerMatch? EarlierSource(string role, int before, int from = 0)
    {
        // Wire copy keeps calling its one unnamed source "the official" to the end of the story: the whole text before.
        var singular = role.TrimEnd('s');
        for (var i = Text.LastIndexOf(singular, before - 1, before - from, StringComparison.Ordinal); i >= from; i = i > 0 ? Text.LastIndexOf(singular, i - 1, i - from, StringComparison.Ordinal) : -1)
        {
            var wordEnd = i + singular.Length;
            while (wordEnd < Text.Length && char.IsLetter(Text[wordEnd]))
            {
                wordEnd++;
            }

            var phraseStart = Math.Max(from, i - 60);
            var after = Math.Min(Text.Length, wordEnd + 60);
            if (Of(SourcePhrase.Start(Text, phraseStart, i), SourcePhrase.End(Text, wordEnd, after), followBareRole: false) is { } org)
            {
                return org;
            }

            if (i == 0)
            {
                break;
            }
        }

        return null;
    }
}
