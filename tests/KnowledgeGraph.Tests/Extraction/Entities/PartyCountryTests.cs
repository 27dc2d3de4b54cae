using KnowledgeGraph.Core;
using static KnowledgeGraph.Tests.Extraction.Entities.EntityTestSupport;

namespace KnowledgeGraph.Tests.Extraction.Entities;

public class PartyCountryTests
{
    private static Entity Party(string text, string name = "Labour Party")
    {
        var analysis = Recognise(text);
        var party = Find(analysis, name);
        Assert.True(party is not null, $"'{name}' not found in: {Describe(analysis)}");
        return party;
    }

    [Fact]
    public void The_same_party_family_in_two_countries_gets_two_ids()
    {
        var irish = Party("The Labour Party lost seats in Ireland. Irish voters turned to smaller groups.");
        var maltese = Party("The Labour Party held Malta. Maltese voters backed it again.");
        Assert.NotEqual(irish.Id, maltese.Id);
        Assert.Equal("Ireland", irish.Attributes.Single(a => a.Name == "country").Value);
        Assert.Equal("Malta", maltese.Attributes.Single(a => a.Name == "country").Value);
    }

    [Fact]
    public void The_same_party_in_two_articles_about_one_country_merges_by_id()
    {
        var first = Party("Labour won the by-election in Ireland on Thursday, and Labour leader Aoife Kerr thanked voters.");
        var second = Party("Irish Labour Party members met in Cork. Ireland's budget was the topic.");
        Assert.Equal(first.Id, second.Id);
    }

    [Fact]
    public void A_country_written_before_the_party_wins_over_the_country_mentioned_most()
    {
        var party = Party("Portugal and Portugal's neighbours watched as the Brazilian Socialist Party met. Portugal said nothing.", "Socialist Party");
        Assert.Equal("Brazil", party.Attributes.Single(a => a.Name == "country").Value);
    }

    [Fact]
    public void Without_a_country_in_the_article_the_party_id_is_its_name()
    {
        var party = Party("The Labour Party chose a new leader on Sunday.");
        Assert.Equal(StableId.ForEntity(EntityType.Organization, "Labour Party"), party.Id);
        Assert.DoesNotContain(party.Attributes, a => a.Name == "country");
    }

    [Fact]
    public void An_organisation_that_is_not_a_party_family_keeps_an_unscoped_id()
    {
        var analysis = Recognise("The Harbour Pilots Union struck in Ireland on Monday.");
        Assert.Equal(StableId.ForEntity(EntityType.Organization, "Harbour Pilots Union"), Find(analysis, "Harbour Pilots Union")!.Id);
    }
}
