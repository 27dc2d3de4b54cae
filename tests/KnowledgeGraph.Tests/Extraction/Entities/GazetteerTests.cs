using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Entities;

namespace KnowledgeGraph.Tests.Extraction.Entities;

public class GazetteerTests
{
    [Fact]
    public void Embedded_data_files_parse_without_conflicting_entries()
    {
        var g = Gazetteer.Default;
        Assert.Empty(g.Conflicts);
        Assert.True(g.Names.Values.Where(e => e.Subtype == "Country" && !e.IsDemonym).Select(e => e.Canonical).Distinct().Count() >= 190);
        Assert.True(g.Names.Values.Count(e => e.Subtype == "City") >= 250);
        Assert.True(g.GivenNames.Count >= 300);
    }

    [Theory]
    [InlineData("U.S.", "United States", false)]
    [InlineData("USA", "United States", false)]
    [InlineData("American", "United States", true)]
    [InlineData("UK", "Britain", false)]
    [InlineData("British", "Britain", true)]
    [InlineData("DPRK", "North Korea", false)]
    [InlineData("North Korean", "North Korea", true)]
    [InlineData("Kiev", "Kyiv", false)]
    [InlineData("NATO", "NATO", false)]
    [InlineData("Reuters", "Reuters", false)]
    public void Aliases_and_demonyms_lead_to_one_canonical_name(string surface, string canonical, bool isDemonym)
    {
        var entry = Gazetteer.Default.Names[surface];
        Assert.Equal(canonical, entry.Canonical);
        Assert.Equal(isDemonym, entry.IsDemonym);
    }

    [Fact]
    public void A_name_given_two_meanings_is_reported_as_a_conflict()
    {
        var files = new Dictionary<string, string>
        {
            ["countries.tsv"] = "Freedonia|FD\tFreedonian\nFernland|FD\tFernish\n",
            ["places.tsv"] = "",
            ["organizations.tsv"] = "",
            ["parties.tsv"] = "",
            ["named-things.tsv"] = "",
            ["titles.tsv"] = "mayor\thead\n",
            ["cue-words.tsv"] = "Bank\torg-head\n",
            ["given-names.txt"] = "Ada",
            ["family-name-first.txt"] = "",
            ["common-words.txt"] = "The",
        };
        var g = Gazetteer.Parse(name => files[name]);
        Assert.Single(g.Conflicts);
        Assert.Equal(EntityType.Location, g.Names["Fernish"].Type);
    }

    [Fact]
    public void Titles_are_matched_whatever_their_case()
    {
        Assert.Equal(TitleKind.Head, Gazetteer.Default.TitleOf("Minister"));
        Assert.Equal(TitleKind.Head, Gazetteer.Default.TitleOf("minister"));
        Assert.Equal(TitleKind.Modifier, Gazetteer.Default.TitleOf("Foreign"));
        Assert.Null(Gazetteer.Default.TitleOf("harbour"));
    }
}
