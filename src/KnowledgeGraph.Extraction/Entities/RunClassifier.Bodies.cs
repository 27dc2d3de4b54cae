using System.Collections.Frozen;
using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>Runs named by a head word: organisations ("Bank of Canada", "Arvin Industries Inc") and facilities ("Old Port of Montreal").</summary>
internal sealed partial class RunClassifier
{
    private static readonly FrozenSet<string> GovernmentHeads = new[] { "Ministry", "Government", "Embassy", "Cabinet", "Department", "Office", "Administration", "Police", "Army", "Navy" }
        .ToFrozenSet(StringComparer.Ordinal);

    // "Bank of Canada", "Royal Military College", "Liberal Party", "Arvin Industries Inc".
    private bool TryOrganisation(int i, int j)
    {
        // "Lawrence Mills", "Frank Church": a given name and a head word that is also a surname is a person.
        if (j - i == 2 && _g.GivenNames.Contains(s[i].Text) && s[i + 1].Text is "Mills" or "Church" or "Post" or "Service" or "Fleet" or "Guild")
        {
            return false;
        }

        // "Bank Negara", "Banco Central": a bank's name can open with the word.
        var lead = Enumerable.Range(i, j - i - 1).Any(k => s.IsCue(CueKind.OrgLead, k) && s.IsWordAt(k + 1, "of"))
            || s.CompanyOfPlaceHeadEnd(i, j) < j || j - i > 1 && s[i].Text is "Bank" or "Banco" or "Banque" or "Banca" && s[j - 1].IsCapitalised;
        if (!lead && !(s.IsCue(CueKind.OrgHead, j - 1) && j - i > 1))
        {
            return false;
        }

        // "Bank of Norway Governor Lars Olsen": a title and a name after "X of Y" are a person of that body, read as titled.
        if (lead && !s.IsCue(CueKind.OrgHead, j - 1) && Enumerable.Range(i + 2, Math.Max(0, j - i - 3)).Any(k => s.TitleAt(k) == TitleKind.Head && s[k + 1].IsCapitalised && s.TitleAt(k + 1) is null))
        {
            return false;
        }

        // "Russian Defense Ministry": the nationality is not part of a government body's name, but
        // it is of "Norwegian Refugee Council".
        var start = i;
        while (start < j - 1 && !lead && GovernmentHeads.Contains(s[j - 1].Text) && s.GazetteerAt(start, start + 1) is { IsDemonym: true })
        {
            start++;
        }

        // "Irish Labour Party": the country is not part of a party family's name, it scopes it.
        if (start == i && j - i > 2 && s.GazetteerAt(i, i + 1) is { Subtype: "Country" } && _g.PartyFamilies.Contains(s.KeyOf(i + 1, j)))
        {
            start++;
        }

        if (start > i)
        {
            Classify(i, start, sentenceInitial: false);
        }

        Add(start, j).Typed(EntityType.Organization, "organisation-head-word");
        return true;
    }

    // "Vostochny Cosmodrome", "Old Port of Montreal".
    private bool TryFacility(int i, int j)
    {
        var lead = Enumerable.Range(i, j - i - 1).Any(k => s.IsCue(CueKind.FacilityLead, k) && s.IsWordAt(k + 1, "of"));
        if (!lead && !(s.IsCue(CueKind.FacilityHead, j - 1) && j - i > 1))
        {
            return false;
        }

        Add(i, j).Typed(EntityType.Location, "facility-head-word", "Facility");
        return true;
    }
}
