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

    public void Resolve(IReadOnlyList<MentionCandidate> candidates)
    {
        var people = candidates
            .Where(c => c.Type == EntityType.Person && c.Name.Contains(' ', StringComparison.Ordinal))
            .Select(c => (c.Span.Start, Name: c.Name, Tokens: WithoutSuffix(c.Name.Split(' '))))
            .ToList();
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

        var acronyms = Acronyms(candidates);
        foreach (var c in candidates)
        {
            if (c.Type is null && c.Rule == "acronym" && acronyms.TryGetValue(c.Text, out var spelled))
            {
                c.Typed(spelled.Type!.Value, "acronym-of-name", spelled.Subtype, spelled.Name);
                continue;
            }

            if ((c.Type is null or EntityType.Person) && !c.Name.Contains(' ', StringComparison.Ordinal)
                && FullName(people, c.Text, c.Span.Start) is { } full)
            {
                c.Typed(EntityType.Person, "alias-of-full-name", canonical: full);
                continue;
            }

            if ((c.Type is null or EntityType.Person) && c.Rule != "photo-credit"
                && organisations.FirstOrDefault(o => o.StartsWith(c.Name + " ", StringComparison.Ordinal)
                    || (c.RunText is not null && (o.StartsWith(c.RunText + " ", StringComparison.Ordinal) || o == c.RunText))) is { } organisation)
            {
                // "Acme Motor Co ... Acme said": a short form of a company named in the article.
                c.Typed(EntityType.Organization, "short-form-of-organisation", canonical: organisation);
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

    private string? FullName(List<(int Start, string Name, string[] Tokens)> people, string token, int position)
    {
        var bySurname = people.Where(p => p.Tokens.Length > 1 && (p.Tokens[^1] == token || WithoutArticle(p.Tokens[^1]) == token)).ToList();
        if (bySurname.Count == 0)
        {
            bySurname = [.. people.Where(p => p.Tokens[0] == token
                && (p.Tokens.Length >= EastAsianNameTokens || gazetteer.FamilyNameFirst.Contains(token)))];
        }

        if (bySurname.Count == 0)
        {
            return null;
        }

        var before = bySurname.Where(p => p.Start < position).ToList();
        return before.Count > 0 ? before.MaxBy(p => p.Start).Name : bySurname.MinBy(p => p.Start).Name;
    }

    // "John Hale Jr": the surname is the word before the suffix.
    private static string[] WithoutSuffix(string[] tokens) =>
        tokens.Length > 2 && tokens[^1].TrimEnd('.') is "Jr" or "Sr" or "II" or "III" or "IV" ? tokens[..^1] : tokens;

    // "al-Burhan" is written "Burhan" alone.
    private static string WithoutArticle(string surname)
    {
        var hyphen = surname.IndexOf('-', StringComparison.Ordinal);
        return hyphen is >= 2 and <= 3 && char.IsLower(surname[0]) ? surname[(hyphen + 1)..] : surname;
    }

    // "Rapid Support Forces ... RSF": an acronym made of the initials of an organisation or place of the article.
    private static Dictionary<string, MentionCandidate> Acronyms(IReadOnlyList<MentionCandidate> candidates)
    {
        var acronyms = new Dictionary<string, MentionCandidate>(StringComparer.Ordinal);
        foreach (var c in candidates.Where(c => c.Type is EntityType.Organization or EntityType.Location && c.TokenCount > 1))
        {
            var initials = string.Concat(c.Name.Split(' ').Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => w[0]));
            if (initials.Length > 1)
            {
                acronyms.TryAdd(initials, c);
            }
        }

        return acronyms;
    }
}
