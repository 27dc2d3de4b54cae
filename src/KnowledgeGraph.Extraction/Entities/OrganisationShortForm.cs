namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// The shorter names a company of the article goes by: its first words ("Acme Motor Co" ... "Acme"), its name without the
/// legal form, the last word before the legal form ("Willis Faber Plc" ... "Faber"), or a blend of its first words ("Adsteam").
/// </summary>
internal static class OrganisationShortForm
{
    // "Amex": shorter blends are too often other words.
    private const int MinBlendLength = 4;

    public static string? Of(List<string> organisations, MentionCandidate c)
    {
        var name = c.Name;
        var run = c.RunText;

        // The whole run first: "First City" is "First City Bancorp", not "City National Bank".
        if (run is not null && organisations.FirstOrDefault(o => IsPrefixWord(o, run) || o == run) is { } whole)
        {
            return whole;
        }

        return organisations.FirstOrDefault(o => IsPrefixWord(o, name) || IsPossessivePrefix(o, name)) ?? LastWordBeforeLegalForm(organisations, name)
            ?? BlendOf(organisations, name);
    }

    // "Willis Faber Plc ... Faber said": the last word before the legal form of exactly one company of the article.
    private static string? LastWordBeforeLegalForm(List<string> organisations, string name)
    {
        if (name.Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }

        var companies = organisations.Where(o => WithoutLegalForm(o.Split(' ')) is { Length: >= 2 } words && words.Length < o.Split(' ').Length && words[^1] == name).ToList();
        return companies.Count == 1 ? companies[0] : null;
    }

    // "Samuel Holm and Co Ltd" -> "Samuel Holm", "J.C. Brenn Co Inc" -> "J.C. Brenn".
    private static string[] WithoutLegalForm(string[] words)
    {
        var end = words.Length;
        while (end > 0 && (IsLegalForm(words[end - 1]) || end < words.Length && words[end - 1] is "and" or "&"))
        {
            end--;
        }

        return words[..end];
    }

    // "Acme Motor Co" starts with the words "Acme"; "Acmeco Ltd" does not.
    private static bool IsPrefixWord(string name, string prefix) =>
        name.Length > prefix.Length && name[prefix.Length] == ' ' && name.StartsWith(prefix, StringComparison.Ordinal);

    // "Acme Holdings Corp" is "Acme Holdings" with a legal form after it; "Acme Industrie" is Acme's industrial arm's full name.
    public static bool IsLegalFormOf(string name, string shortName) =>
        IsPrefixWord(name, shortName) && (IsLegalForm(name[(shortName.Length + 1)..]) || name[(shortName.Length + 1)..] == "Industrie");

    private static bool IsLegalForm(string word) => AcronymIndex.IsLegalForm(word);

    // "McDonald's Corp" starts with "McDonald" and a possessive.
    private static bool IsPossessivePrefix(string name, string prefix) =>
        name.Length > prefix.Length + 3 && name.StartsWith(prefix, StringComparison.Ordinal)
        && name.AsSpan(prefix.Length).StartsWith("'s ", StringComparison.Ordinal);

    // "Adelaide Steamship Co Ltd ... Adsteam said", "American Express ... Amex": one word made of the beginnings of the
    // name's first words, two letters or more of each, of exactly one company of the article.
    private static string? BlendOf(List<string> organisations, string name)
    {
        if (name.Length < MinBlendLength || name.Contains(' ', StringComparison.Ordinal) || !char.IsUpper(name[0]) || name.All(char.IsUpper))
        {
            return null;
        }

        var companies = organisations.Where(o => IsBlend(name, o.Split(' '), 0, 0, 0)).ToList();
        return companies.Count == 1 ? companies[0] : null;
    }

    private static bool IsBlend(string blend, string[] words, int at, int word, int parts)
    {
        if (at == blend.Length)
        {
            return parts >= 2;
        }

        if (word >= words.Length || IsLegalForm(words[word]))
        {
            return false;
        }

        var w = words[word];
        for (var n = Math.Min(w.Length, blend.Length - at); n >= 2; n--)
        {
            if (blend.AsSpan(at, n).Equals(w.AsSpan(0, n), StringComparison.OrdinalIgnoreCase) && IsBlend(blend, words, at + n, word + 1, parts + 1))
            {
                return true;
            }
        }

        return false;
    }
}
