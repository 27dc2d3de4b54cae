namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>Which words of a phrase next to a speech verb are the name itself, and which are titles, roles or modifiers around it.</summary>
internal static class NameHead
{
    /// <summary>The capitalised words of the name itself: after the last title, before "of" or a lower-case word.</summary>
    public static List<PhraseToken> HeadRun(List<PhraseToken> tokens)
    {
        var prefixEnd = tokens.Count;
        var seenName = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            // "Acme lawyer Ana Ruiz": a role between capitalised words introduces the name, like a title.
            var introducesName = NameLexicon.IsRole(tokens[i].Text) && tokens.Skip(i + 1).SkipWhile(t => NameLexicon.IsRole(t.Text)).Any() && tokens.Skip(i + 1).SkipWhile(t => NameLexicon.IsRole(t.Text)).First().IsCapitalised;
            if (!tokens[i].IsCapitalised && seenName && !introducesName && !IsInnerParticle(tokens, i))
            {
                prefixEnd = i;
                break;
            }

            seenName |= IsNameWord(tokens[i]);
        }

        var start = 0;
        for (var i = 0; i < prefixEnd; i++)
        {
            // "Canada's Royal Military College": the possessor is not the speaker; the phrase after it is.
            if (!IsNameWord(tokens[i]) && !IsInnerParticle(tokens, i) || IsPossessive(tokens[i].Text))
            {
                start = i + 1;
            }
        }

        var run = tokens[start..prefixEnd];

        // An organisation name keeps its inner connectors: "Bank of England".
        if (run.Count > 0 && NameLexicon.OrganisationHeads.Contains(run[^1].Text) && prefixEnd < tokens.Count - 1 && tokens[prefixEnd].Text is "of" or "for")
        {
            return tokens[start..];
        }

        return run;
    }

    // "Holm de Zoete Wedd", "Leo de Corel": a particle between capitalised words is inside the name.
    private static bool IsInnerParticle(List<PhraseToken> tokens, int i) =>
        i > 0 && i + 1 < tokens.Count && PhraseReader.IsSurnameParticle(tokens[i].Text) && tokens[i - 1].IsCapitalised && tokens[i + 1].IsCapitalised;

    // "Oslo-based", "state-owned"; not "Mahn-je" or "Sin-bom", a Korean given name's short second syllable.
    public static bool IsHyphenatedModifier(string word)
    {
        const int maxSyllable = 4;
        var hyphen = word.LastIndexOf('-');
        return hyphen > 0 && hyphen < word.Length - 1 && char.IsLower(word[hyphen + 1])
            && !(word.Length - hyphen - 1 <= maxSyllable && hyphen <= maxSyllable + 1 && char.IsUpper(word[0])
                && word[(hyphen + 1)..] is not ("led" or "run" or "born" or "made" or "held" or "wide" or "like" or "free" or "bred" or "type" or "area" or "era" or "bank"));
    }

    public static bool RoleIntroducesName(List<PhraseToken> tokens)
    {
        // "... and Industry Minister Ana Ruiz": a capitalised title after its portfolio introduces the name as a lower-case role does
        // ("an aide to Mayor Ana Ruiz said" is still not Ruiz speaking).
        var role = tokens.FindLastIndex(t => !t.IsCapitalised && NameLexicon.IsRole(t.Text));
        var title = tokens.FindLastIndex(t => NameLexicon.Titles.Contains(t.Text));
        role = title > 0 && title > role ? title : role;
        return role >= 0 && role < tokens.Count - 1 && tokens[role + 1].IsCapitalised;
    }

    // "the Oslo-based Harbour Council said": "Oslo-based" only modifies the name.
    public static bool IsNameWord(PhraseToken t) =>
        t.IsCapitalised && !IsHyphenatedModifier(t.Text) && !NameLexicon.Titles.Contains(t.Text.TrimEnd('.')) && !NameLexicon.NotNames.Contains(t.Text);

    public static bool IsPossessive(string word) => word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal);
}
