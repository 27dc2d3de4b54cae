namespace KnowledgeGraph.Tests.Extraction.Quotes;

public class NamedAfterDescriptionTests
{
    private const string People = "Person:Lena Berg|Person:Omar Haddad|Organization:Holm Securities|Organization:Harbour Authority";

    [Theory]
    [InlineData("\"Freight rates will climb,\" said Holm Securities assistant manager Lena Berg.", "Lena Berg")]
    [InlineData("\"Freight rates will climb,\" said Holm Securities vice president and treasurer Lena Berg.", "Lena Berg")]
    [InlineData("\"Freight rates will climb,\" said U.S. Holm Securities senior economist Omar Haddad.", "Omar Haddad")]
    public void A_speaker_written_after_a_firm_and_roles_is_the_person_not_the_firm(string text, string speaker)
    {
        var analysis = QuoteFixture.Run(text, People.Split('|'));
        Assert.Equal(speaker, QuoteFixture.NameOf(analysis, QuoteFixture.QuoteStarting(analysis, "Freight rates").SpeakerId));
    }

    [Theory]
    [InlineData("\"Freight rates will climb,\" ruling party deputy Omar Haddad said.", "Omar Haddad")]
    [InlineData("\"Freight rates will climb,\" veteran Harbour Authority pilot Lena Berg said.", "Lena Berg")]
    public void A_lower_case_description_before_a_name_after_the_quote_still_names_the_speaker(string text, string speaker)
    {
        var analysis = QuoteFixture.Run(text, People.Split('|'));
        Assert.Equal(speaker, QuoteFixture.NameOf(analysis, QuoteFixture.QuoteStarting(analysis, "Freight rates").SpeakerId));
    }

    [Theory]
    [InlineData("Lena Berg, the Tulsa, Oklahoma, investor who controls Holm Securities, said her aim was \"a bigger stake in the firm\" this year.", "Lena Berg")]
    [InlineData("Omar Haddad, a banker from Bergen, Norway, said the deal was \"a bigger stake in the firm\" for his clients.", "Omar Haddad")]
    public void An_apposition_holding_a_city_and_its_state_is_skipped_to_the_name(string text, string speaker)
    {
        var analysis = QuoteFixture.Run(text, [.. People.Split('|'), "Location:Tulsa", "Location:Oklahoma", "Location:Bergen", "Location:Norway"]);
        Assert.Equal(speaker, QuoteFixture.NameOf(analysis, QuoteFixture.QuoteStarting(analysis, "a bigger stake").SpeakerId));
    }

    [Theory]
    [InlineData("Holm Securities said it backed the plan.\n\nBut the Oslo-based company added that the fees \"would set back competition for years.\"", "Holm Securities")]
    [InlineData("Holm Securities said it backed the plan.\n\nBut the Bergen, Norway-based company added that the fees \"would set back competition for years.\"", "Holm Securities")]
    [InlineData("Holm Securities said it backed the plan.\n\nBut the Tulsa, Okla.-based company added that the fees \"would set back competition for years.\"", "Holm Securities")]
    public void The_company_with_modifiers_is_the_organisation_that_spoke_before(string text, string speaker)
    {
        var analysis = QuoteFixture.Run(text, [.. People.Split('|'), "Location:Bergen", "Location:Norway"]);
        Assert.Equal(speaker, QuoteFixture.NameOf(analysis, QuoteFixture.QuoteStarting(analysis, "would set back").SpeakerId));
    }

    [Fact]
    public void A_lower_case_description_before_an_organisation_is_not_taken_for_a_person()
    {
        var analysis = QuoteFixture.Run("\"Freight rates will climb,\" rival Harbour Authority said.", People.Split('|'));
        Assert.Null(QuoteFixture.QuoteStarting(analysis, "Freight rates").SpeakerId);
    }
}
