using System.Text.RegularExpressions;
using F23.StringSimilarity;
using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// Settles what the sentence alone could not, with the whole article: a lone surname is the full name
/// given in the article ("Vladimir Putin" ... "Putin"); an East Asian family name written first
/// resolves to a full name that starts with it ("Kim Jong Un" ... "Kim") only when that name is in the
/// article; a surface typed once is typed the same everywhere; a weak hint types what is left.
/// Between two people sharing a surname, the nearest full name before the mention wins.
/// </summary>
internal sealed class AliasResolver(Gazetteer gazetteer)
{
    private const int EastAsianNameTokens = 3;

    // "Ogpin" for "Ongpin": shorter surnames are too often other people's ("Hale", "Hall").
    private const int MinMisspeltLength = 5;

    private static readonly OptimalStringAlignment Slips = new();

    public void Resolve(IReadOnlyList<MentionCandidate> candidates, string text)
    {
        SpelledOutAcronym.Resolve(candidates, text);
        var people = candidates
            .Where(c => c.Type == EntityType.Person && c.Name.Contains(' ', StringComparison.Ordinal))
            .Select(c => (c.Span.Start, Name: c.Name, Tokens: WithoutSuffix(c.Name.Split(' '))));
        var peopleIndex = new PeopleIndex(people);
        var organisations = candidates
            .Where(c => c.Type == EntityType.Organization && c.TokenCount > 1 && c.Rule == "organisation-head-word")
            .Select(c => c.Name)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var facilities = candidates
            .Where(c => c.Type == EntityType.Location && c.TokenCount > 1 && c.Rule == "facility-head-word")
            .ToList();
        var typed = new Dictionary<string, MentionCandidate>(StringComparer.Ordinal);
        foreach (var c in candidates.Where(c => c.Type is not null))
        {
            typed.TryAdd(c.Text, c);
        }

        // "Petro-Canada, Canada's state-owned oil company, said ... Petro-Canada said": the apposition outweighs a verb after the name.
        var describedOrganisations = candidates.Where(c => c.Rule == "organisation-apposition").GroupBy(c => c.Text, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        var (acronyms, bracketed) = AcronymIndex.Build(candidates, text);
        foreach (var c in candidates)
        {
            if (c.Type == EntityType.Person && c.Rule is "speech-verb-after-name" or "speech-verb-before-name" && describedOrganisations.TryGetValue(c.Text, out var described))
            {
                c.Typed(EntityType.Organization, "same-surface-as-typed", described.Subtype, described.Canonical);
                continue;
            }

            if (c.Type is null && c.Rule == "acronym" && acronyms.TryGetValue(c.Text, out var spelled))
            {
                c.Typed(spelled.Type!.Value, "acronym-of-name", spelled.Subtype, spelled.Name);
                continue;
            }

            if ((c.Type == EntityType.Organization && AcronymIndex.LooksLikeAcronym(c.Text) && acronyms.TryGetValue(c.Text, out var company)
                    || c.TokenCount == 1 && c.Type is null or EntityType.Organization or EntityType.Person && bracketed.TryGetValue(c.Text, out company))
                && company.Type == EntityType.Organization && company.Name != c.Name)
            {
                // "International Business Machines Corp ... IBM said": a known acronym is the name the article spells out;
                // "Korea Electric Power Corp (Kepco) ... Kepco said": so is a short name in brackets, though read as a person.
                c.Typed(EntityType.Organization, "acronym-of-name", company.Subtype, company.Name);
                continue;
            }

            if ((c.Type is null or EntityType.Person) && c.TokenCount == 2 && LongerNameEndingWith(peopleIndex, c.Name) is { } longer)
            {
                // "Denis Bra Kanon ... Bra Kanon said": a two-word surname is the full name that ends with it.
                c.Typed(EntityType.Person, "alias-of-full-name", canonical: longer);
                continue;
            }

            // "David M. Holland ... Holland said": a surname that is also a place, when it speaks.
            if ((c.Type is null or EntityType.Person || c.Type == EntityType.Location && c.TokenCount == 1 && Speaks(text, c.Span)) && !c.Name.Contains(' ', StringComparison.Ordinal)
                && FullName(peopleIndex, c.Text, c.Span.Start, text) is { } full)
            {
                c.Typed(EntityType.Person, "alias-of-full-name", canonical: full);
                continue;
            }

            // "Iowa Beef said" (a place, then "Beef" read as a body of its own): the run is what names the company.
            if ((c.Type is null or EntityType.Person && c.Rule != "photo-credit" || c.Type == EntityType.Organization && c.RunText is not null && c.Canonical is null)
                && organisations.Count > 0 && OrganisationShortForm.Of(organisations, c) is { } organisation && organisation != c.Name)
            {
                // "Acme Motor Co ... Acme said": a short form of a company named in the article.
                c.Typed(EntityType.Organization, "short-form-of-organisation", canonical: organisation);
                continue;
            }

            if (c.Type == EntityType.Organization && organisations.FirstOrDefault(o => OrganisationShortForm.IsLegalFormOf(o, c.Name)) is { } registered)
            {
                // "Acme Holdings Corp ... an Acme Holdings spokesman": the name without its legal form is the same company.
                c.Typed(EntityType.Organization, "short-form-of-organisation", canonical: registered);
                continue;
            }

            // "the Economist Intelligence Unit ... the Intelligence Unit said": the end of exactly one longer name of the article;
            // "Standard Bank Investment Corp Ltd ... Standard Bank said": or its start.
            // "Merrill Lynch and Co Inc ... Merrill Lynch said": also a company the gazetteer knows, which the article names in full.
            if (c.Type == EntityType.Organization && (c.TokenCount >= 2 && c.Canonical is null || c.Rule == "gazetteer" && c.Subtype == "Company")
                && organisations.Where(o => o.EndsWith(" " + c.Name, StringComparison.Ordinal) || o.StartsWith(c.Name + " ", StringComparison.Ordinal)).Take(2).ToList() is [var whole])
            {
                c.Typed(EntityType.Organization, "short-form-of-organisation", canonical: whole);
                continue;
            }

            if (c.Type is not null)
            {
                continue;
            }

            if (facilities.FirstOrDefault(f => f.Name.StartsWith(c.Name + " ", StringComparison.Ordinal)) is { } facility)
            {
                // "Kelso Dam ... at Kelso": the short form of a site named in the article.
                c.Typed(EntityType.Location, "short-form-of-facility", facility.Subtype, facility.Name);
                continue;
            }

            if (typed.TryGetValue(c.Text, out var same))
            {
                c.Typed(same.Type!.Value, "same-surface-as-typed", same.Subtype, same.Canonical);
            }
            else if (c.Hint is { } hint && !c.InHeadline)
            {
                c.Typed(hint, c.Rule);
            }
        }
    }

    private string? FullName(PeopleIndex people, string token, int position, string text)
    {
        var bySurname = people.BySurname.GetValueOrDefault(token) ?? FamilyNameFirst(people, token) ?? FirstSurname(people, token) ?? MisspeltSurname(people, token, text);
        if (bySurname is null)
        {
            return null;
        }

        // The nearest full name before the mention, else the first one after it.
        (int Start, string Name, string[] Tokens)? nearest = null;
        var first = bySurname[0];
        foreach (var p in bySurname)
        {
            if (p.Start < position && (nearest is null || p.Start > nearest.Value.Start))
            {
                nearest = p;
            }

            if (p.Start < first.Start)
            {
                first = p;
            }
        }

        return (nearest ?? first).Name;
    }

    // "Kim Jong Un ... Kim", "Koo Bon-yong ... Koo": the names that start with this family name written first.
    private List<(int Start, string Name, string[] Tokens)>? FamilyNameFirst(PeopleIndex people, string token)
    {
        if (!people.ByFirstName.TryGetValue(token, out var byFirst))
        {
            return null;
        }

        var names = byFirst.Where(p => p.Tokens.Length >= EastAsianNameTokens || gazetteer.FamilyNameFirst.Contains(token) || IsSyllableGivenName(p.Tokens[1])).ToList();
        return names.Count > 0 ? names : null;
    }

    // "Javier Nogales Iturri ... Nogales said": the first of a Spanish name's two surnames, after a given name.
    private List<(int Start, string Name, string[] Tokens)>? FirstSurname(PeopleIndex people, string token)
    {
        if (!people.BySecondOfThree.TryGetValue(token, out var bySecond))
        {
            return null;
        }

        var names = bySecond.Where(p => gazetteer.GivenNames.Contains(p.Tokens[0]) && char.IsUpper(p.Tokens[2][0])).ToList();
        return names.Count > 0 ? names : null;
    }

    // "Helmut Schlesinger ... Schelsinger said": a surname one slip of the keys (a letter added, dropped, changed or two
    // swapped) from the surname of exactly one name of the article, long enough that a slip is likelier than another person.
    private List<(int Start, string Name, string[] Tokens)>? MisspeltSurname(PeopleIndex people, string token, string text)
    {
        if (token.Length < MinMisspeltLength || !char.IsUpper(token[0]))
        {
            return null;
        }

        string? match = null;
        foreach (var surname in people.BySurname.Keys)
        {
            if (surname.Length >= MinMisspeltLength && surname[0] == token[0] && Math.Abs(surname.Length - token.Length) <= 1
                && Slips.Distance(surname, token) <= 1)
            {
                if (match is not null)
                {
                    return null;
                }

                match = surname;
            }
        }

        // "Donald Regan ... Mrs Reagan ... Reagan said": a spelling the article titles, and writes more often than the
        // name, is a person of its own.
        if (match is null || (Occurrences(text, token) is var (count, titled) && titled && count > Occurrences(text, match).Count))
        {
            return null;
        }

        return people.BySurname[match];
    }

    // How often the word is in the text, and whether a title or "Mr" stands before it once.
    private (int Count, bool Titled) Occurrences(string text, string word)
    {
        var count = 0;
        var titled = false;
        foreach (Match m in Regex.Matches(text, $@"\b{Regex.Escape(word)}\b"))
        {
            count++;
            var before = text.AsSpan(0, m.Index).TrimEnd();
            var space = before.LastIndexOfAny(" \n\t(\"");
            titled |= gazetteer.TitleOf(before[(space + 1)..].TrimEnd('.').ToString()) is not null;
        }

        return (count, titled);
    }

    // The one name of three or more words whose last two words are this name.
    private static string? LongerNameEndingWith(PeopleIndex people, string name)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0 || !people.BySurname.TryGetValue(name[(space + 1)..], out var bySurname))
        {
            return null;
        }

        var longer = bySurname.Where(p => p.Tokens.Length >= 3 && p.Tokens[^2] == name[..space]).Select(p => p.Name).Distinct(StringComparer.Ordinal).ToList();
        return longer.Count == 1 ? longer[0] : null;
    }

    // People of the article by surname ("Hale", and "Burhan" for "al-Burhan"), by first word ("Kim") and by the middle of three.
    private sealed class PeopleIndex
    {
        public PeopleIndex(IEnumerable<(int Start, string Name, string[] Tokens)> people)
        {
            foreach (var p in people)
            {
                if (p.Tokens.Length > 1)
                {
                    AddTo(BySurname, p.Tokens[^1], p);
                    var bare = WithoutArticle(p.Tokens[^1]);
                    if (bare != p.Tokens[^1])
                    {
                        AddTo(BySurname, bare, p);
                    }
                }

                AddTo(ByFirstName, p.Tokens[0], p);
                if (p.Tokens.Length == 3)
                {
                    AddTo(BySecondOfThree, p.Tokens[1], p);
                }
            }
        }

        public Dictionary<string, List<(int Start, string Name, string[] Tokens)>> BySurname { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, List<(int Start, string Name, string[] Tokens)>> ByFirstName { get; } = new(StringComparer.Ordinal);

        /// <summary>Three-word names by their middle word ("Nogales" for "Javier Nogales Iturri").</summary>
        public Dictionary<string, List<(int Start, string Name, string[] Tokens)>> BySecondOfThree { get; } = new(StringComparer.Ordinal);

        private static void AddTo(Dictionary<string, List<(int Start, string Name, string[] Tokens)>> index, string key, (int Start, string Name, string[] Tokens) p)
        {
            if (!index.TryGetValue(key, out var list))
            {
                index[key] = list = [];
            }

            list.Add(p);
        }
    }

    // "Holland said", "Holland told": the word after the name is a speech verb the gazetteer lists.
    private bool Speaks(string text, Core.TextSpan span)
    {
        var start = span.End;
        if (start >= text.Length || !char.IsWhiteSpace(text[start]))
        {
            return false;
        }

        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var end = start;
        while (end < text.Length && char.IsLower(text[end]))
        {
            end++;
        }

        return end > start && gazetteer.Is(CueKind.SpeechVerb, text[start..end]);
    }

    // "John Hale Jr": the surname is the word before the suffix.
    private static string[] WithoutSuffix(string[] tokens) =>
        tokens.Length > 2 && tokens[^1].TrimEnd('.') is "Jr" or "Sr" or "II" or "III" or "IV" ? tokens[..^1] : tokens;

    // "Koo Bon-yong", "Hou Chia-chi": a given name of two romanised syllables, the second in lower case, comes after the family name.
    private static bool IsSyllableGivenName(string word)
    {
        var hyphen = word.IndexOf('-', StringComparison.Ordinal);
        return hyphen > 0 && hyphen + 1 < word.Length && char.IsUpper(word[0]) && char.IsLower(word[hyphen + 1]);
    }

    // "al-Burhan" is written "Burhan" alone.
    private static string WithoutArticle(string surname)
    {
        var hyphen = surname.IndexOf('-', StringComparison.Ordinal);
        return hyphen is >= 2 and <= 3 && char.IsLower(surname[0]) ? surname[(hyphen + 1)..] : surname;
    }
}
