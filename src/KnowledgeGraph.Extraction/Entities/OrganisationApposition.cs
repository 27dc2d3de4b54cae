using System.Collections.Frozen;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// ", Canada's state-owned oil company," / ", a division of private car group Peugeot SA," right after an unknown name:
/// an apposition whose head noun is a kind of organisation, read before any word for a person's role.
/// </summary>
internal static class OrganisationApposition
{
    // "a unit of the big Norwegian state-owned oil company": enough words for a few modifiers, not a whole clause.
    private const int MaxWords = 8;

    private static readonly FrozenSet<string> OrganisationNouns = new[]
    {
        "company", "firm", "group", "corporation", "subsidiary", "unit", "division", "affiliate", "maker", "manufacturer", "producer",
        "carrier", "airline", "bank", "lender", "insurer", "retailer", "utility", "conglomerate", "concern", "operator", "refiner",
        "distributor", "developer", "brokerage", "agency", "cooperative", "consortium", "association", "union", "federation",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "Brazil's state oil company Petrobras", "the brokerage firm Holm", "the government daily Izvestia": an organisation
    /// noun right before the name.
    /// </summary>
    public static bool Precedes(SentenceTokens s, int i) =>
        i > 0 && s[i - 1].IsLower && !s[i - 1].IsPossessive && NounsBeforeName.Contains(s[i - 1].Text) && s[i].IsCapitalised && s.TitleAt(i) is null;

    // Not "producer", "developer" or "operator" here: "Hollywood producer Burt Sugarman" is a person.
    private static readonly FrozenSet<string> NounsBeforeName = new[]
    {
        "company", "firm", "group", "corporation", "subsidiary", "unit", "carrier", "airline", "bank", "lender", "insurer", "retailer",
        "utility", "conglomerate", "brokerage", "agency", "cooperative", "consortium",
        "daily", "newspaper", "weekly", "magazine", "tabloid", "broadsheet", "journal",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when tokens from <paramref name="j"/> open such an apposition to the name at <paramref name="i"/>.</summary>
    public static bool Follows(SentenceTokens s, int i, int j)
    {
        // "Acme Inc of Trenton, a maker of ...": the apposition is the company's, not the place's.
        // It opens with an article or a possessive: "with the Brookings study group" or "while he was at the firm" do not.
        if (!s.IsPunctuationAt(j, ",") || s.IsWordAt(i - 1, "of") || s.IsWordAt(i - 1, "in")
            || !(s.IsWordAt(j + 1, "a") || s.IsWordAt(j + 1, "an") || s.IsWordAt(j + 1, "the") || j + 1 < s.Count && s[j + 1].IsPossessive))
        {
            return false;
        }

        for (var k = j + 1; k < s.Count && k <= j + MaxWords; k++)
        {
            if (!s[k].IsWord)
            {
                // A hyphen inside "state-owned" is part of the phrase; a comma or a full stop ends it.
                if (s[k].Text is "-" or "'s" or "'")
                {
                    continue;
                }

                return false;
            }

            var word = s[k].Text;
            // The noun heads the apposition: "a career spy agency bureaucrat" is a person, "the company's vice chairman" too,
            // and "Texas Instruments, the company said" is a new clause.
            if (s[k].IsLower && !s[k].IsPossessive && OrganisationNouns.Contains(word))
            {
                return k + 1 >= s.Count || !s[k + 1].IsWord && s[k + 1].Text is not ("'" or "-")
                    || s[k + 1].Text is "of" or "that" or "which" or "based" or "with" or "in" or "and" or "owned" or "controlled";
            }

            // ", a spokesman for the company,", ", who runs the company,": a person's role or a clause comes first.
            if (s.IsTitleWord(k) || word is "who" or "whose" or "which" or "said" or "says" || s.IsCue(CueKind.SpeechVerb, k))
            {
                return false;
            }
        }

        return false;
    }
}
