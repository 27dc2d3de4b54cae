using KnowledgeGraph.Core;

namespace KnowledgeGraph.Tests.Extraction.Quotes;

/// <summary>How the words next to a speech verb become an entity when the recogniser found nothing there.</summary>
public class SpeakerResolutionTests
{
    [Theory]
    [InlineData("Secretary of State Maria Lindqvist visited Oslo. \"The bridge will be rebuilt,\" Lindqvist said.", "Maria Lindqvist", EntityType.Person)]
    [InlineData("\"The bridge will be rebuilt,\" Foreign Minister Ana Ruiz said.", "Ana Ruiz", EntityType.Person)]
    [InlineData("\"The bridge will be rebuilt,\" said Nordic Harbour Authority.", "Nordic Harbour Authority", EntityType.Organization)]
    [InlineData("\"The bridge will be rebuilt,\" Jo Min Ryong, a senior engineer, said.", "Jo Min Ryong", EntityType.Person)]
    [InlineData("\"The bridge will be rebuilt,\" Nordic Harbour chief executive Lena Holm said.", "Lena Holm", EntityType.Person)]
    [InlineData("\"The bridge will be rebuilt,\" the mayor told NRK.", null, null)]
    public void Cued_names_resolve_to_entities_with_stable_ids(string text, string? speaker, EntityType? type)
    {
        var analysis = QuoteFixture.Run(text);
        var quote = QuoteFixture.QuoteStarting(analysis, "The bridge will be rebuilt");
        Assert.Equal(speaker, QuoteFixture.NameOf(analysis, quote.SpeakerId));
        if (speaker is not null)
        {
            Assert.Equal(StableId.ForEntity(type!.Value, speaker), quote.SpeakerId);
        }
    }

    [Theory]
    [InlineData("\"Both sailors are safe,\" the Chilean embassy said.", "Chilean embassy")]
    [InlineData("\"Both sailors are safe,\" the Chilean foreign ministry said.", "Chilean foreign ministry")]
    [InlineData("The Chilean government said: \"Both sailors are safe.\"", "Chilean government")]
    public void A_place_or_demonym_before_an_organisation_noun_gives_the_organisation_not_the_country(string text, string speaker)
    {
        var analysis = QuoteFixture.Run(text, "Location:Chilean");
        var quote = QuoteFixture.QuoteStarting(analysis, "Both sailors are safe");
        Assert.Equal(speaker, QuoteFixture.NameOf(analysis, quote.SpeakerId));
        Assert.Equal(EntityType.Organization, analysis.Entities[quote.SpeakerId!].Type);
    }

    [Fact]
    public void A_place_before_a_role_is_no_speaker_at_all()
    {
        var analysis = QuoteFixture.Run("\"Both sailors are safe,\" a Chilean embassy spokesman said.", "Location:Chilean");
        Assert.Null(QuoteFixture.QuoteStarting(analysis, "Both sailors are safe").SpeakerId);
    }

    [Fact]
    public void A_role_before_a_name_makes_it_the_speaker_even_after_and_in_a_company_name()
    {
        var analysis = QuoteFixture.Run("\"Grain prices will stay firm,\" Holm and Co Ltd economist Lena Berg said.");
        Assert.Equal("Lena Berg", QuoteFixture.NameOf(analysis, Assert.Single(analysis.Quotes).SpeakerId));
    }

    [Theory]
    [InlineData("\"Rates will fall,\" Lena Holm, chief economist of Berg, Olsen Securities GmbH said.", "Organization:Olsen Securities GmbH", "Lena Holm")]
    [InlineData("\"Rates will fall,\" the Oslo-based Harbour Council said.", "Location:Oslo", "Harbour Council")]
    [InlineData("Acme Motors said it had an offer from Nordic Shipping.\n\nIn a brief statement, the company said, \"We are studying the offer.\"", "Organization:Acme Motors|Organization:Nordic Shipping", "Acme Motors")]
    [InlineData("Nordic Shipping made an offer for Acme Motors.\n\nIn a brief statement, the company said, \"We are studying the offer.\"", "Organization:Acme Motors|Organization:Nordic Shipping", null)]
    [InlineData("\"Rates will fall,\" said Holm Securities analyst Lena Berg.", "Organization:Holm Securities", "Lena Berg")]
    [InlineData("Harbour spokesman Lena Berg said: \"Rates will rise.\"\n\n\"Rates will fall,\" the spokesman added.", "Person:Lena Berg", "Lena Berg")]
    [InlineData("Harbour spokesman Lena Berg met port spokesman Omar Haddad.\n\n\"Rates will fall,\" the spokesman added.", "Person:Lena Berg|Person:Omar Haddad", null)]
    public void The_speaker_is_the_head_of_the_attribution_not_a_name_inside_its_modifiers(string text, string entities, string? speaker)
    {
        var analysis = QuoteFixture.Run(text, entities.Split('|'));
        var quote = QuoteFixture.QuoteStarting(analysis, text.Contains("Rates will fall", StringComparison.Ordinal) ? "Rates will fall" : "We are studying");
        Assert.Equal(speaker, QuoteFixture.NameOf(analysis, quote.SpeakerId));
    }

    [Fact]
    public void An_agency_acronym_after_told_becomes_the_addressee_organisation()
    {
        var analysis = QuoteFixture.Run("\"The bridge will be rebuilt,\" the mayor told NRK.");
        var quote = Assert.Single(analysis.Quotes);
        Assert.Equal(StableId.ForEntity(EntityType.Organization, "NRK"), quote.AddresseeId);
    }

    [Fact]
    public void A_lone_unknown_surname_is_not_turned_into_a_person()
    {
        var analysis = QuoteFixture.Run("\"The bridge will be rebuilt,\" Lindqvist said.");
        Assert.Null(Assert.Single(analysis.Quotes).SpeakerId);
        Assert.Empty(analysis.Entities);
    }

    [Fact]
    public void A_surname_opening_with_a_lower_case_particle_is_the_person_named_earlier()
    {
        var analysis = QuoteFixture.Run("Trade chief Pieter van Dalen said the deal was poor.\n\n\"We see some diversion there,\" said van Dalen.", "Person:Pieter van Dalen");
        Assert.Equal("Pieter van Dalen", QuoteFixture.NameOf(analysis, QuoteFixture.QuoteStarting(analysis, "We see").SpeakerId));
    }

    [Fact]
    public void The_association_is_the_association_named_earlier()
    {
        var analysis = QuoteFixture.Run("The Vestby Dockers Association said fees should rise.\n\n\"A uniform rule is needed,\" the association said in a statement.", "Organization:Vestby Dockers Association");
        Assert.Equal("Vestby Dockers Association", QuoteFixture.NameOf(analysis, QuoteFixture.QuoteStarting(analysis, "A uniform rule").SpeakerId));
    }

    [Theory]
    [InlineData("\"Rates will hold,\" Bank of Vestby Governor Ana Leigh-Berg said.")]
    [InlineData("\"Rates will hold,\" said Bank of Vestby Governor Ana Leigh-Berg.")]
    public void A_person_after_her_bank_and_title_speaks_not_the_bank(string text)
    {
        var analysis = QuoteFixture.Run(text, "Organization:Bank of Vestby", "Person:Ana Leigh-Berg");
        Assert.Equal("Ana Leigh-Berg", QuoteFixture.NameOf(analysis, QuoteFixture.QuoteStarting(analysis, "Rates will hold").SpeakerId));
    }
}
