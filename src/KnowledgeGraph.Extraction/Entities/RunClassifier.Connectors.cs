using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>Runs with inner words: where "of" or "and" inside is one name and where it is two; a middle initial.</summary>
internal sealed partial class RunClassifier
{
    // "Russia and China" and "Benjamin Hale of Acme Realty" are two names; "Securities and Exchange
    // Commission", "Bank of England" and "Prime Minister of Canada Justin Trudeau" are read whole.
    private bool SplitAtConnector(int i, int j, bool sentenceInitial)
    {
        if (s.GazetteerAt(i, j) is not null)
        {
            return false;
        }

        // "Ecological Life and Cultivation (VELT)": a name the writer gives an acronym in brackets is one organisation.
        // Not the end of a longer name ("Organisation for Economic Cooperation and Development (OECD)"), a thing ("... System"),
        // nor a person and a body ("chairman Paul Volcker and International Monetary Fund (IMF)").
        if (j - i >= 3 && s.IsPunctuationAt(j, "(") && j + 1 < s.Count && s[j + 1].IsAllCaps && s[j + 1].Text.Length >= 2 && s.IsPunctuationAt(j + 2, ")")
            && Enumerable.Range(i + 1, j - i - 2).Any(m => s[m].Text is "and" or "&") && s.LongestGazetteerMatch(i, j) < j - i
            && !(i > 0 && s[i - 1].Text is "on" or "for" or "of" or "to" or "in" or "and") && !NamedThings.IsHead(s, j - 1) && !s.IsTitleWord(i - 1) && !_g.GivenNames.Contains(s[i].Text))
        {
            Add(i, j).Typed(EntityType.Organization, "name-before-acronym");
            return true;
        }

        // "Holm Grenfell and Co Ltd and S.G. Brenn and Co Ltd": an "and" after a company's legal form joins two companies.
        for (var m = i + 2; m < j - 1; m++)
        {
            if (s[m].Text is "and" or "&" && s[m - 1].Text is "Ltd" or "Inc" or "Corp" or "Co" or "Plc" or "PLC" or "LLC" or "AG" or "SA" or "NV" or "Corporation" or "Limited"
                && s[m + 1].IsCapitalised)
            {
                Classify(i, m, sentenceInitial);
                Classify(m + 1, j, sentenceInitial: false);
                return true;
            }
        }

        for (var m = i + 1; m < j - 1; m++)
        {
            var and = s[m].Text is "and" or "&";
            var of = s[m].Text == "of";
            if (!and && !of)
            {
                continue;
            }

            // "Securities and Exchange Commission" is one name, but not "Chairman Paul Volcker and International Monetary Fund".
            if (and && (s.IsCue(CueKind.OrgHead, j - 1) || NamedThings.IsHead(s, j - 1)) && !s.IsCue(CueKind.OrgHead, m - 1)
                && !Enumerable.Range(i, Math.Max(0, m - i - 1)).Any(k => s.TitleAt(k - 1) == TitleKind.Head && _g.GivenNames.Contains(s[k].Text)))
            {
                return false;
            }

            // "Ministry of International Trade and Industry": a portfolio after "and" ends a ministry's name ("Bank of Norway and Holm" is two).
            if (and && m + 2 == j && Portfolio.Contains(s[m + 1].Text)
                && Enumerable.Range(i, m - i).Any(k => s[k].Text is "Ministry" or "Department" or "Minister" or "Secretary" or "Committee" or "Office" && s.IsWordAt(k + 1, "of")))
            {
                continue;
            }

            // "Minister of Mines and Energy Ana Ruiz": the "and" is inside the ministry's name in a title before a person
            // (not "Secretary of State Ana Ruiz and Soviet ...").
            if (and && s.IsTitleWord(m + 1) && Enumerable.Range(i, m - i).Any(k => s.TitleAt(k) == TitleKind.Head && s.IsWordAt(k + 1, "of"))
                && !Enumerable.Range(m + 1, j - m - 1).Any(k => s.TitleAt(k) == TitleKind.Head) && Titled.TryRead(i, j))
            {
                return true;
            }

            // "National Association of Sugar Cane Growers": after an organisation's head word, "of" goes on with its name.
            if (of && (s.IsCue(CueKind.OrgLead, m - 1) || s.IsCue(CueKind.FacilityLead, m - 1) || NamedThings.IsLead(s, m - 1) || s.TitleAt(m - 1) is not null
                || s.IsCue(CueKind.OrgHead, m - 1) && m - 1 > i && s.IsCue(CueKind.OrgHead, j - 1) && !Enumerable.Range(m + 1, j - m - 1).Any(k => s.IsWordAt(k, "and"))
                || s.CompanyOfPlaceHeadEnd(i, j) == m))
            {
                continue;
            }

            Classify(i, m, sentenceInitial);
            Classify(m + 1, j, sentenceInitial: false);
            return true;
        }

        return false;
    }

    // "Darwin E. Stolte": a middle initial between capitalised words makes the run a person's name, also where its first
    // word is a place in the gazetteer.
    private bool TryNameWithInitial(int i, int j)
    {
        for (var k = i + 1; k + 1 < j; k++)
        {
            // "Series A. Moody's rated ...": an "A." after a word is a class label ending a sentence.
            if (s[k].Text.Length == 2 && char.IsUpper(s[k].Text[0]) && s[k].Text[0] != 'A' && s[k].Text[1] == '.'
                && Enumerable.Range(i, k - i).All(n => s[n].IsWord && s[n].IsCapitalised) && Enumerable.Range(k + 1, j - k - 1).All(n => s[n].IsWord && s[n].IsCapitalised))
            {
                Add(i, j).Typed(EntityType.Person, "name-with-initial");
                return true;
            }
        }

        return false;
    }

    // "Zhao Ziyang", "Koo Bon-yong": a common East Asian family name written first, then one or two given names that
    // are no word, title or known name of their own.
    private bool TryFamilyNameFirst(int i, int j, bool sentenceInitial)
    {
        // "He", "Do" and "Ma" open a sentence as words; only inside one are they a family name ("But He Weiling said").
        if (j - i is < 2 or > 3 || !_g.FamilyNameFirst.Contains(s[i].Text) || (sentenceInitial && s[i].Text is "He" or "Le" or "Do" or "Ma" or "Su"))
        {
            return false;
        }

        for (var k = i + 1; k < j; k++)
        {
            if (!s[k].IsWord || !s[k].IsCapitalised || s[k].IsAllCaps || s.IsCommon(k) || s.TitleAt(k) is not null
                || s.IsCue(CueKind.OrgHead, k) || s.GazetteerAt(k, k + 1) is not null)
            {
                return false;
            }
        }

        // "the Liu Hua 11-1-1 well": a name with a number after it is a field or a model, not a person.
        if (j < s.Count && s[j].Text.Any(char.IsAsciiDigit))
        {
            return false;
        }

        var c = Add(i, j).Typed(EntityType.Person, "family-name-first");
        _context.ReadAround(c, i, j);
        return true;
    }

    // "Chris Callies of Dean Witter said", "Thom Brown of Butcher and Singer": a name of two words or more right after a
    // person and "of" is where the person works, though it opens with a given name or holds an "and"; not a place.
    private bool TryEmployerAfterPerson(int i, int j)
    {
        if (j - i < 2 || i < 2 || !s.IsWordAt(i - 1, "of") || output.Count == 0 || output[^1] is not { Type: EntityType.Person, TokenCount: >= 2 } person
            || person.Span.End != s[i - 2].End || s.LongestGazetteerMatch(i, j) > 0 || s.IsTitleWord(i) || s.IsCue(CueKind.OrgLead, i)
            || Enumerable.Range(i, j - i).Any(k => s[k].IsAllCaps || s.IsWordAt(k, "of")))
        {
            return false;
        }

        Add(i, j).Typed(EntityType.Organization, "employer-after-person");
        return true;
    }
}
