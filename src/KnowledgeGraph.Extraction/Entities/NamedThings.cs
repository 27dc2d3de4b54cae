namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// Names of things that are neither people, organisations nor places, typed Other: wars and other
/// named events ("the Cold War", "World War II", "the Winter Olympics"), treaties and laws ("the
/// Kyoto Protocol", "Treaty of Rome", "Clean Water Act"), prizes. Read from the head word that ends
/// the run, or the lead word of an "X of Y" name (<c>Data/named-things.tsv</c>).
/// </summary>
internal static class NamedThings
{
    /// <summary>The subtype ("Event", "Law", "Award") of the run i..j when it names such a thing, else null.</summary>
    public static string? SubtypeOf(SentenceTokens s, int i, int j)
    {
        if (j - i < 2)
        {
            return null; // "Act now", "War" alone: a head word needs a name before it
        }

        var last = IsRomanNumeral(s[j - 1].Text) ? j - 2 : j - 1; // "World War II"
        if (last > i && s[last].IsWord && s.Gazetteer.NamedThingHeads.TryGetValue(s[last].Text, out var subtype))
        {
            return subtype;
        }

        for (var k = i; k < j - 2; k++)
        {
            if (s.IsWordAt(k + 1, "of") && s.Gazetteer.NamedThingLeads.TryGetValue(s[k].Text, out subtype))
            {
                return subtype;
            }
        }

        return null;
    }

    /// <summary>A word that ends such a name, so that "Second" or "Northern" before it stays in the name.</summary>
    public static bool IsHead(SentenceTokens s, int k) =>
        k >= 0 && k < s.Count && s[k].IsWord && (s.Gazetteer.NamedThingHeads.ContainsKey(s[k].Text)
            || (IsRomanNumeral(s[k].Text) && k > 0 && s.Gazetteer.NamedThingHeads.ContainsKey(s[k - 1].Text)));

    public static bool IsLead(SentenceTokens s, int k) =>
        k >= 0 && k < s.Count && s[k].IsWord && s.Gazetteer.NamedThingLeads.ContainsKey(s[k].Text);

    private static bool IsRomanNumeral(string word) => word is "I" or "II" or "III" or "IV" or "V";
}
