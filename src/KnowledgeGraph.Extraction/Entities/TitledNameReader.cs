using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// Splits a run that holds a title before a name: the title becomes the person's "title", what
/// stands before it their nationality ("Russian", "US") or affiliation (an organisation), and
/// "of Country" after the title their nationality.
/// </summary>
internal sealed class TitledNameReader(SentenceTokens s, List<MentionCandidate> output, PersonContextReader context, Action<int, int> classifyModifier)
{
    // "Defense Minister Sergei Shoigu", "Prime Minister of Canada Justin Trudeau", "Munitions Industry Department Director Jo Chun Ryong".
    public bool TryRead(int i, int j)
    {
        var head = -1;
        for (var k = j - 2; k >= i; k--)
        {
            if (s.TitleAt(k) is TitleKind.Head or TitleKind.Honorific)
            {
                head = k;
                break;
            }
        }

        if (head < 0)
        {
            return false;
        }

        var nameStart = head + 1;
        var titleEnd = head + 1;
        var countryTokens = 0;
        if (s.IsWordAt(nameStart, "of") && s.IsTitleWord(nameStart + 1))
        {
            // "Secretary of State Ana Ruiz", "Minister of Foreign Affairs Ana Ruiz".
            nameStart++;
            // "Minister of Industry and Trade Ana Ruiz": "and" between title words is part of the title.
            while (nameStart < j - 1 && (s.IsTitleWord(nameStart) || s.IsWordAt(nameStart, "and") && s.IsTitleWord(nameStart + 1)))
            {
                nameStart++;
            }

            titleEnd = nameStart;

            // "Undersecretary of State" ending the run (", for Economic Affairs, Ana Ruiz" comes after): no name in it.
            if (nameStart == j - 1 && s.IsTitleWord(nameStart))
            {
                return false;
            }
        }
        else if (s.IsWordAt(nameStart, "of"))
        {
            countryTokens = s.LongestGazetteerMatch(nameStart + 1, j);
            if (countryTokens > 0 && nameStart + 1 + countryTokens < j)
            {
                nameStart += 1 + countryTokens;
            }
            else if (LastTitleWord(nameStart + 1, j) is var last and > 0)
            {
                // "Minister of Mines and Energy Ana Ruiz": the ministry's name ends at its last title word ("energy").
                countryTokens = 0;
                nameStart = titleEnd = last + 1;
            }
            else
            {
                return false;
            }
        }

        // A title with nothing after it ("the Minister of Finance" ending the run) names nobody.
        if (nameStart >= j)
        {
            return false;
        }

        if (s.GazetteerAt(nameStart, j) is not null || s.IsCue(CueKind.OrgHead, j - 1) || s.IsCue(CueKind.FacilityHead, j - 1))
        {
            return false;
        }

        MentionCandidate? ofCountry = null;
        if (countryTokens > 0)
        {
            var e = s.GazetteerAt(nameStart - countryTokens, nameStart)!;
            ofCountry = Add(nameStart - countryTokens, nameStart).Typed(e.Type, "gazetteer", e.Subtype, e.Canonical);
        }

        var titleStart = head;
        while (titleStart - 1 >= i && s.IsTitleWord(titleStart - 1))
        {
            titleStart--;
        }

        var title = s.TitleAt(head) == TitleKind.Honorific ? null : s.TextOf(titleStart, titleEnd);
        var titleSpan = s.SpanOf(titleStart, titleEnd);
        var modifierStart = output.Count;
        if (titleStart > i)
        {
            classifyModifier(i, titleStart);
        }

        var person = Add(nameStart, j).Typed(EntityType.Person, "title-before-name");
        person.RunText = s.KeyOf(i, j);
        foreach (var modifier in output.Skip(modifierStart).Where(c => c != person && c.Span.End <= titleSpan.Start))
        {
            if (modifier.Type == EntityType.Organization && title is not null)
            {
                titleSpan = titleSpan with { Start = modifier.Span.Start };
                title = titleSpan.Slice(s.Text);
                person.Attributes.Add(new PendingAttribute("affiliation", modifier.Name, modifier.Span));
            }
            else if (modifier is { Type: EntityType.Location, Subtype: "Country" })
            {
                person.Attributes.Add(new PendingAttribute("nationality", modifier.Name, modifier.Span));
            }
        }

        if (ofCountry is not null)
        {
            person.Attributes.Add(new PendingAttribute("nationality", ofCountry.Name, ofCountry.Span));
        }

        if (title is not null)
        {
            person.Attributes.Add(new PendingAttribute("title", title, titleSpan));
            if (PersonContextReader.IsRoyalTitle(s[head].Text))
            {
                person.ExtraAliases.Add(s[head].Text + " " + person.Text);
            }
        }

        context.ReadAround(person, i, j);
        return true;
    }

    // The last title word in [from, j - 1) when every word before it is capitalised or "and"; -1 otherwise.
    private int LastTitleWord(int from, int j)
    {
        var last = -1;
        for (var k = from; k < j - 1; k++)
        {
            if (!s[k].IsWord || !(s[k].IsCapitalised || s.IsWordAt(k, "and")))
            {
                return -1;
            }

            if (s.IsTitleWord(k))
            {
                last = k;
            }
        }

        return last;
    }

    // "Chancellor of the Exchequer Ana Ruiz": one word after "of the" ends the title, and the two or three words after it are the person.
    public bool TryReadAfterTitleOfThe(int i, int j)
    {
        const int maxNameWords = 3;
        if (i < 3 || j - i - 1 is < 2 or > maxNameWords || !s.IsWordAt(i - 1, "the") || !s.IsWordAt(i - 2, "of") || s.TitleAt(i - 3) != TitleKind.Head
            || s.IsCue(CueKind.OrgLead, i) || s.IsCue(CueKind.OrgHead, j - 1) || s.GazetteerAt(i + 1, j) is not null || s.LongestGazetteerMatch(i, j) > 0
            || Enumerable.Range(i + 1, j - i - 1).Any(k => !s[k].IsCapitalised || s[k].IsAllCaps || s.TitleAt(k) is not null))
        {
            return false;
        }

        var c = Add(i + 1, j).Typed(EntityType.Person, "title-before-name");
        c.Attributes.Add(new PendingAttribute("title", s.TextOf(i - 3, i + 1), s.SpanOf(i - 3, i + 1)));
        context.ReadAround(c, i + 1, j);
        return true;
    }

    private MentionCandidate Add(int i, int j)
    {
        var c = new MentionCandidate(s.SpanOf(i, j), s.TextOf(i, j), j - i);
        output.Add(c);
        return c;
    }
}
