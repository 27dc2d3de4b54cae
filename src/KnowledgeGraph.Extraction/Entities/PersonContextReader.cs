using System.Collections.Frozen;
using System.Globalization;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// Reads the words around a name that say it is a person and what the article tells about them:
/// a title before it ("pollster X", "North Korea's leader X"), an age ("X, 70,"), an appositive
/// ("X, a political scientist at Y"), "X of the University of Y", "X said".
/// </summary>
internal sealed class PersonContextReader(SentenceTokens s, List<MentionCandidate> output)
{
    private const int MaxAge = 120;
    private const int MaxUnknownRoleWords = 3;

    private static readonly FrozenSet<string> RoyalTitles = new[] { "King", "Queen", "Prince", "Princess", "Emperor", "Empress", "Pope", "Sheikh", "Emir" }
        .ToFrozenSet(StringComparer.Ordinal);

    // Words after a party adjective that make it name the party: "Liberal leader", "Republican candidate".
    private static readonly FrozenSet<string> PartyContextWords = new[]
    {
        "party", "leader", "leadership", "chief", "candidate", "candidates", "government", "voters", "mp", "mps", "members",
        "caucus", "lawmakers", "senator", "senators", "congressman", "nominee", "primary", "primaries", "convention", "campaign",
        "majority", "minority", "supporters", "politicians", "strategist", "strategists", "minister", "ministers",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> AffiliationPrepositions = new[] { "at", "of", "for", "with", "from" }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsRoyalTitle(string word) => RoyalTitles.Contains(word);

    public static bool IsPartyContext(SentenceTokens s, int k) => k < s.Count && s[k].IsWord && PartyContextWords.Contains(s[k].Text);

    /// <summary>Reads the context of the name at tokens [i, j); true when it says the name is a person's.</summary>
    public bool ReadAround(MentionCandidate c, int i, int j)
    {
        var cue = ReadBefore(c, i);
        cue = ReadAfter(c, j) ?? cue;
        if (cue is not null && c.Type is null)
        {
            c.Rule = cue;
        }

        return cue is not null;
    }

    private string? ReadBefore(MentionCandidate c, int i)
    {
        string? cue = null;
        var before = i - 1;
        string? title = null;
        var titleStart = i;
        var last = i - 1;
        var abbreviated = s.IsPunctuationAt(last, ".") && s.TitleAt(last - 1) is not null;
        if (abbreviated)
        {
            last--; // "Gen. Ana Ruiz", "Dr. Ian Hale"
        }

        if (s.TitleAt(last) == TitleKind.Honorific)
        {
            return "honorific-before-name";
        }

        if (s.TitleAt(last) == TitleKind.Head && (s[last].IsLower || abbreviated))
        {
            titleStart = last;
            while (titleStart - 1 >= 0 && s.IsTitleWord(titleStart - 1) && !s[titleStart - 1].IsCapitalised)
            {
                titleStart--;
            }

            title = s.TextOf(titleStart, last + 1);
            before = titleStart - 1;
            cue = "title-before-name";
        }
        else if (c.TokenCount >= 2 && i > 0 && s[i - 1].IsLower && s.IsCue(CueKind.SpeechVerb, i - 1))
        {
            cue = "speech-verb-before-name"; // "..., said Ana Lima."
        }

        var modifier = before >= 0 && (s[before].IsCapitalised || s[before].IsAllCaps)
            ? output.LastOrDefault(m => m != c && m.Span.End == s[before].End)
            : null;
        if (modifier is { Type: Core.EntityType.Location, Subtype: "Country" })
        {
            c.Attributes.Add(new PendingAttribute("nationality", modifier.Name, modifier.Span));
        }
        else if (modifier is { Type: Core.EntityType.Organization } && title is not null)
        {
            // "Tory leader Pierre X": the party is part of the title and the person's affiliation.
            title = s.Text[modifier.Span.Start..s[last].End];
            titleStart = before;
            c.Attributes.Add(new PendingAttribute("affiliation", modifier.Name, modifier.Span));
        }

        if (title is not null)
        {
            c.Attributes.Add(new PendingAttribute("title", title, new(s[titleStart].Start, s[last].End)));
        }

        return cue;
    }

    private string? ReadAfter(MentionCandidate c, int j)
    {
        string? cue = null;
        if (j < s.Count && s[j].IsLower && s.IsCue(CueKind.SpeechVerb, j))
        {
            return "speech-verb-after-name";
        }

        if (s.IsWordAt(j, "of") && c.TokenCount >= 2)
        {
            var org = ReadOrganisation(s.IsWordAt(j + 1, "the") ? j + 2 : j + 1);
            if (org is { } o && (s.IsCue(CueKind.OrgHead, o.End - 1) || s.IsCue(CueKind.OrgLead, o.Start)))
            {
                c.Attributes.Add(new PendingAttribute("affiliation", s.TextOf(o.Start, o.End), s.SpanOf(o.Start, o.End)));
                return "of-organisation-after-name";
            }
        }

        if (!s.IsPunctuationAt(j, ","))
        {
            return null;
        }

        if (c.TokenCount >= 2 && j + 1 < s.Count && s[j + 1].IsLower && s.IsCue(CueKind.SpeechVerb, j + 1))
        {
            return "speech-verb-after-apposed-name"; // "Her husband, Omid Rahimi, told reporters"
        }

        var p = j + 1;
        if (p < s.Count && s[p].IsNumber && s[p].Text.Length <= 3
            && int.TryParse(s[p].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var age) && age is > 0 and <= MaxAge
            && (s.IsPunctuationAt(p + 1, ",") || s.IsPunctuationAt(p + 1, ".") || p + 1 == s.Count))
        {
            c.Attributes.Add(new PendingAttribute("age", s[p].Text, s[p].Span));
            cue = "age-after-name";
            p += 2;
        }

        if (s.IsWordAt(p, "who"))
        {
            return cue ?? "who-after-name";
        }

        return ReadAppositive(c, p) ?? cue;
    }

    // ", a political scientist at Canada's Royal Military College", ", Trudeau's former finance minister".
    private string? ReadAppositive(MentionCandidate c, int p)
    {
        var indefinite = s.IsWordAt(p, "a") || s.IsWordAt(p, "an");
        if (indefinite || s.IsWordAt(p, "the"))
        {
            p++;
        }

        var owner = p;
        p = SkipPossessiveName(p);
        if (p > owner && s.GazetteerAt(owner, p) is { Type: Core.EntityType.Location, Subtype: "Country" } country)
        {
            c.Attributes.Add(new PendingAttribute("nationality", country.Canonical, s.SpanOf(owner, p)));
        }

        var start = p;
        while (p < s.Count && s.IsTitleWord(p))
        {
            p++;
        }

        if (p == start && indefinite)
        {
            // ", a hydrologist at Delft University": an unknown role is still a role when an organisation follows.
            while (p < s.Count && p - start < MaxUnknownRoleWords && s[p].IsLower && !AffiliationPrepositions.Contains(s[p].Text))
            {
                p++;
            }

            if (p == start || !(p + 1 < s.Count && s[p].IsLower && AffiliationPrepositions.Contains(s[p].Text)
                && (s[p + 1].IsCapitalised || (s.IsWordAt(p + 1, "the") && p + 2 < s.Count && s[p + 2].IsCapitalised))))
            {
                return null;
            }
        }
        else if (p == start || s.TitleAt(p - 1) != TitleKind.Head)
        {
            return null;
        }

        c.Attributes.Add(new PendingAttribute("title", s.TextOf(start, p), s.SpanOf(start, p)));
        if (p < s.Count && s[p].IsLower && AffiliationPrepositions.Contains(s[p].Text))
        {
            var q = s.IsWordAt(p + 1, "the") ? p + 2 : p + 1;
            if (ReadOrganisation(SkipPossessiveName(q)) is { } o)
            {
                c.Attributes.Add(new PendingAttribute("affiliation", s.TextOf(o.Start, o.End), s.SpanOf(o.Start, o.End)));
            }
        }

        return "appositive-title";
    }

    // "Trudeau's", "Canada's": a possessive name before a title or organisation.
    private int SkipPossessiveName(int p)
    {
        var q = p;
        while (q < s.Count && s[q].IsCapitalised)
        {
            if (s[q].IsPossessive)
            {
                return q + 1;
            }

            q++;
        }

        return p;
    }

    private (int Start, int End)? ReadOrganisation(int p)
    {
        var end = p;
        while (end < s.Count && !(end > p && s[end - 1].EndsRun))
        {
            if (s[end].IsCapitalised)
            {
                end++;
            }
            else if (s.IsWordAt(end, "of") && end + 1 < s.Count && s[end + 1].IsCapitalised)
            {
                end += 2;
            }
            else
            {
                break;
            }
        }

        // "the Istanbul-based think tank": a cut compound describes, it does not name.
        return end > p && !(s[end - 1].EndsRun && !s[end - 1].IsPossessive) ? (p, end) : null;
    }
}
