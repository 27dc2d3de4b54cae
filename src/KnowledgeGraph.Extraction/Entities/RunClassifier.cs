using System.Collections.Frozen;
using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// Types one run of capitalised words of a body sentence, trying sieves in order: gazetteer name,
/// organisation or facility head word, title before a name, given name, gazetteer names inside the
/// run, party names, then the words around it. A run can yield several candidates
/// ("Russian Foreign Minister Sergei Lavrov" -> Russia, Sergei Lavrov).
/// </summary>
internal sealed partial class RunClassifier(SentenceTokens s, LowerCaseWords lowerCaseWords, List<MentionCandidate> output)
{
    // Shorter all-capital words are acronyms ("US", "WHO"), not shouted names.
    private const int MinShoutedNameLength = 4;

    // "Volksbank" and longer; "Elbank" could be anyone's surname.
    private const int MinBankCompoundLength = 8;

    private readonly Gazetteer _g = s.Gazetteer;
    private readonly PersonContextReader _context = new(s, output);
    private TitledNameReader? _titled;

    private TitledNameReader Titled => _titled ??= new TitledNameReader(s, output, _context, (a, b) => Classify(a, b, sentenceInitial: false));

    public void Classify(int i, int j, bool sentenceInitial)
    {
        if (i >= j)
        {
            return;
        }

        if (TryEmployerAfterPerson(i, j))
        {
            return;
        }

        // "Amid", "Wednesday", "The" are not names, but "North Korea" and "The Hague" are.
        var headEnd = s.CompanyOfPlaceHeadEnd(i, j);
        for (var k = i; k < j; k++)
        {
            var known = s.LongestGazetteerMatch(k, j);
            if (known > 0)
            {
                k += known - 1;
                continue;
            }

            // ... but a common word after a given name is a surname ("Theresa May"), and "Northern" opens "Northern Liberation Council".
            // "But He Weiling, representative of ...": inside a sentence, a capital "He" or "Do" is a family name (not "Sun Chemical").
            // "union leader Jan Olsen": a given name that is also a word ("Jan", "Per") opens the name when one follows it.
            if (s[k].IsWord && s.IsCommon(k) && !(k > i && _g.GivenNames.Contains(s[k - 1].Text)) && !s.IsNamePartBeforeHead(k, i, headEnd)
                && !(k == i && j - i is 2 or 3 && _g.GivenNames.Contains(s[k].Text) && s[k + 1].IsWord && s[k + 1].IsCapitalised && !s.IsCommon(k + 1) && !s[k + 1].IsAllCaps)
                && !(k == i && !sentenceInitial && j - i == 2 && s[k].Text is "He" or "Do"))
            {
                var before = output.Count;
                Classify(i, k, sentenceInitial);
                Classify(k + 1, j, sentenceInitial: false);

                // "First City said": the dropped word may still open a company name the article gives in full ("First City Bancorp").
                if (k == i && s.IsCue(CueKind.NamePart, k))
                {
                    foreach (var c in output.Skip(before))
                    {
                        c.RunText ??= s.KeyOf(i, j);
                    }
                }

                return;
            }
        }

        if (SplitAtConnector(i, j, sentenceInitial))
        {
            return;
        }

        // "... Capital Markets and Lazard Freres": a run split after a common word does not open a name with its connector.
        if (s.IsWordAt(i, "of") || s.IsWordAt(i, "and") || s.IsWordAt(i, "&"))
        {
            Classify(i + 1, j, sentenceInitial: false);
            return;
        }

        if (Enumerable.Range(i, j - i).All(k => s[k].IsAllCaps))
        {
            // A dateline ("NEW YORK (Reuters) -") names a place; a shouted credit ("ANA SILVA / AFP") is read by the credit reader.
            if (TryShoutedGazetteerName(i, j) || j - i > 1)
            {
                return;
            }
        }

        if (Titled.TryReadAfterTitleOfThe(i, j) || TryGazetteer(i, j) || TryNamedThing(i, j) || TryOrganisation(i, j) || TryFacility(i, j) || Titled.TryRead(i, j)
            || TryGivenName(i, j) || TryFamilyNameFirst(i, j, sentenceInitial) || TryNameWithInitial(i, j) || TryGazetteerInside(i, j, sentenceInitial) || TryParty(i, j))
        {
            return;
        }

        ClassifyByContext(i, j, sentenceInitial);
    }

    private MentionCandidate Add(int i, int j)
    {
        var c = new MentionCandidate(s.SpanOf(i, j), s.TextOf(i, j), j - i);
        output.Add(c);
        return c;
    }

    private bool TryGazetteer(int i, int j)
    {
        if (s.GazetteerAt(i, j) is not { } e)
        {
            return false;
        }

        Add(i, j).Typed(e.Type, e.IsDemonym ? "gazetteer-demonym" : "gazetteer", e.Subtype, e.Canonical);
        return true;
    }

    // "the Paris Agreement", "the Second World War": typed Other before "Paris" or "Second" is read alone.
    private bool TryNamedThing(int i, int j)
    {
        if (NamedThings.SubtypeOf(s, i, j) is not { } subtype)
        {
            return false;
        }

        Add(i, j).Typed(EntityType.Other, "named-thing", subtype);
        return true;
    }

    private bool TryShoutedGazetteerName(int i, int j)
    {
        var key = s.KeyOf(i, j);
        if (key.Length < MinShoutedNameLength || s.GazetteerAt(i, j) is not null)
        {
            return false;
        }

        var titleCased = System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(key.ToLowerInvariant());
        if (!_g.Names.TryGetValue(titleCased, out var e) || e.IsDemonym)
        {
            return false;
        }

        Add(i, j).Typed(e.Type, "gazetteer-capitals", e.Subtype, e.Canonical);
        return true;
    }

    // "Mark Carney", "Stephanie Chouinard": a common given name opens a person's name.
    private bool TryGivenName(int i, int j)
    {
        if (j - i < 2 || !_g.GivenNames.Contains(s[i].Text))
        {
            return false;
        }

        var c = Add(i, j).Typed(EntityType.Person, "given-name");
        _context.ReadAround(c, i, j);
        return true;
    }

    // "Canada Liberals", "Moscow Mayor": a run holding gazetteer names is split around them.
    private bool TryGazetteerInside(int i, int j, bool sentenceInitial)
    {
        for (var k = i; k < j; k++)
        {
            var n = s.LongestGazetteerMatch(k, j);
            if (n == 0)
            {
                continue;
            }

            Classify(i, k, sentenceInitial);
            var e = s.GazetteerAt(k, k + n)!;
            Add(k, k + n).Typed(e.Type, e.IsDemonym ? "gazetteer-demonym" : "gazetteer", e.Subtype, e.Canonical);
            var before = output.Count;
            Classify(k + n, j, sentenceInitial: false);

            // "Iowa Beef said" after "Iowa Beef Processors Inc": the whole run may still be a short form of a company of the article.
            foreach (var c in output.Skip(before))
            {
                c.RunText ??= s.KeyOf(i, j);
            }

            return true;
        }

        return false;
    }

    // "the Liberals", "Tory leader", "Republican candidate".
    private bool TryParty(int i, int j)
    {
        var key = s.KeyOf(i, j);
        if (_g.PartyStandalone.TryGetValue(key, out var party)
            || (_g.PartyAdjectives.TryGetValue(key, out party) && PersonContextReader.IsPartyContext(s, j)))
        {
            Add(i, j).Typed(EntityType.Organization, "party-name", "PoliticalParty", party);
            return true;
        }

        return false;
    }

    private void ClassifyByContext(int i, int j, bool sentenceInitial)
    {
        if (s.IsPunctuationAt(i - 1, "<") && s.IsPunctuationAt(j, ">") && !Enumerable.Range(i, j - i).Any(k => s[k].Text.Length < 3 && s[k].Text.All(char.IsUpper))
            && !(j - i == 1 && (s[i].IsAllCaps || s.IsCue(CueKind.OrgHead, i))))
        {
            Add(i, j).Typed(EntityType.Organization, "angle-bracketed"); // Reuters brackets the companies a story is about: "<Nomura International>", not its tickers
            return;
        }

        if (j - i == 1 && s[i].IsAllCaps && s[i].Text.All(char.IsLetter))
        {
            Add(i, j).Rule = "acronym"; // typed only if the article spells it out: "Rapid Support Forces (RSF)"
            return;
        }

        if (j - i == 1 && (s[i].Text.Length < 2 || s[i].IsAllCaps || s.TitleAt(i) is not null || s.IsCue(CueKind.OrgHead, i) || s[i].Text.Any(char.IsDigit)))
        {
            return; // "L" in "(Centre L)", an unknown acronym or initials, a lone title or head word, a code ("Aa-2")
        }

        if (s[j - 1].Text.Length >= MinBankCompoundLength && s[j - 1].Text.EndsWith("bank", StringComparison.Ordinal))
        {
            Add(i, j).Typed(EntityType.Organization, "bank-compound"); // "Volksbank", "Handelsbank": a bank, whoever "said"
            return;
        }

        var lower = s[i].Text.ToLowerInvariant();
        if (sentenceInitial && j - i == 1 && lowerCaseWords.Contains(lower))
        {
            return; // "Trade chaos ...": the word is written lower case elsewhere in the article
        }

        var c = Add(i, j);
        if (s.IsCue(CueKind.RegionWord, j) && s[j].IsLower && !s[j - 1].EndsRun && (i == 0 || s.IsWordAt(i - 1, "the") || s.IsCue(CueKind.PlacePreposition, i - 1)))
        {
            // "Amur region": the place word is part of the name.
            c.Span = c.Span with { End = s[j].End };
            c.Text = c.Span.Slice(s.Text);
            c.Typed(EntityType.Location, "place-word-after", "Region");
            return;
        }

        if (s.IsCue(CueKind.CityWord, i - 2) && s.IsWordAt(i - 1, "of"))
        {
            c.Typed(EntityType.Location, "city-of", "City");
            return;
        }

        if (j < s.Count && s[j].IsLower && s[j].Text is "newspaper" or "daily" or "weekly" or "magazine" or "newsletter" && !s[j - 1].EndsRun)
        {
            // "the authoritative Business Day newspaper said": a publication, whatever it said.
            c.Typed(EntityType.Organization, "publication-noun-after");
            return;
        }

        if (OrganisationApposition.Follows(s, i, j) || OrganisationApposition.Precedes(s, i))
        {
            // "Petro-Canada, Canada's state-owned oil company, said": the apposition says what the name is.
            c.Typed(EntityType.Organization, "organisation-apposition");
            return;
        }

        // "the Wisconsin Democrat said": a party member described, not a person named.
        if (j - i == 1 && s[i].Text is "Democrat" or "Republican" or "Socialist" or "Conservative" or "Liberal" or "Tory" or "Communist")
        {
            output.Remove(c);
            return;
        }

        if (_context.ReadAround(c, i, j))
        {
            // "Traders said ...": a plural-looking first word with only a verb after it waits for the article to name it.
            var onlyVerb = c.Rule == "speech-verb-after-name" && c.Attributes.Count == 0;
            // "the Institute for the World Economy said": a name after "the" is not a person's.
            // "Cardenas said", "Santos said": a name ending in a vowel and "s" is no plural like "Traders" or "Sources".
            var pluralLooking = s[i].Text.EndsWith('s') && !(s[i].Text.Length > 4 && s[i].Text[^2] is 'a' or 'o' or 'u' or 'i');
            if (!(sentenceInitial && j - i == 1 && onlyVerb && pluralLooking) && !(j - i == 1 && s.IsCue(CueKind.OrgHead, i))
                && !s.IsWordAt(i - 1, "the"))
            {
                c.Typed(EntityType.Person, c.Rule);
            }

            return;
        }

        var preposition = i > 0 && s[i - 1].IsWord && s.Gazetteer.Is(CueKind.PlacePreposition, s[i - 1].Text.ToLowerInvariant());
        if (preposition && !IsModifierOfNounAfter(j))
        {
            c.Hint = EntityType.Location;
            c.Rule = "place-preposition";
        }
    }

    // "to Franco-German friendship": a compound of capitalised parts before a noun is an adjective, not a place.
    private bool IsModifierOfNounAfter(int j) =>
        j < s.Count && s[j].IsLower && s[j - 1].Text.Contains('-', StringComparison.Ordinal)
        && s[j - 1].Text.Split('-').All(part => part.Length > 0 && char.IsUpper(part[0]));
}
