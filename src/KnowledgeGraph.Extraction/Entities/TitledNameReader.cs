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
        MentionCandidate? ofCountry = null;
        if (s.IsWordAt(nameStart, "of"))
        {
            var n = s.LongestGazetteerMatch(nameStart + 1, j);
            if (n == 0 || nameStart + 1 + n >= j)
            {
                return false;
            }

            var e = s.GazetteerAt(nameStart + 1, nameStart + 1 + n)!;
            ofCountry = Add(nameStart + 1, nameStart + 1 + n).Typed(e.Type, "gazetteer", e.Subtype, e.Canonical);
            nameStart += 1 + n;
        }

        if (s.GazetteerAt(nameStart, j) is not null || s.IsCue(CueKind.OrgHead, j - 1) || s.IsCue(CueKind.FacilityHead, j - 1))
        {
            return false;
        }

        var titleStart = head;
        while (titleStart - 1 >= i && s.IsTitleWord(titleStart - 1))
        {
            titleStart--;
        }

        var title = s.TitleAt(head) == TitleKind.Honorific ? null : s.TextOf(titleStart, head + 1);
        var titleSpan = s.SpanOf(titleStart, head + 1);
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
                title = s.Text[modifier.Span.Start..titleSpan.End];
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
            person.Attributes.Add(new PendingAttribute("title", title, titleSpan with { Start = Math.Min(titleSpan.Start, person.Span.Start) }));
            if (PersonContextReader.IsRoyalTitle(s[head].Text))
            {
                person.ExtraAliases.Add(s[head].Text + " " + person.Text);
            }
        }

        context.ReadAround(person, i, j);
        return true;
    }

    private MentionCandidate Add(int i, int j)
    {
        var c = new MentionCandidate(s.SpanOf(i, j), s.TextOf(i, j), j - i);
        output.Add(c);
        return c;
    }
}
