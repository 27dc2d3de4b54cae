namespace KnowledgeGraph.Tests.Extraction.Quotes;

public class AccordingToSieveTests
{
    private const string People = "Person:Anna Berg|Person:Omar Haddad|Organization:Harbour Authority";

    [Theory]
    [InlineData("\"Swift, coordinated action\" by the lenders is on the way, according to Omar Haddad.", "Swift, coordinated action", "Omar Haddad")]
    [InlineData("According to Anna Berg, the deal is \"dead in the water for this year\".", "dead in the water for this year", "Anna Berg")]
    [InlineData("The ferries will run \"as long as the weather holds\", according to the Harbour Authority.", "as long as the weather holds", "Harbour Authority")]
    public void A_quote_in_a_sentence_sourced_with_according_to_goes_to_that_source(string text, string quote, string speaker)
    {
        var analysis = QuoteFixture.Run(text, People.Split('|'));
        var found = QuoteFixture.QuoteStarting(analysis, quote);
        Assert.Equal(quote, found.Text);
        Assert.Equal(speaker, QuoteFixture.NameOf(analysis, found.SpeakerId));
        Assert.Equal("according-to", found.Evidence.Rule);
    }

    [Fact]
    public void According_to_an_unnamed_source_gives_no_speaker()
    {
        var analysis = QuoteFixture.Run("\"Swift, coordinated action\" by the lenders is on the way, according to one banker.", People.Split('|'));
        Assert.Null(QuoteFixture.QuoteStarting(analysis, "Swift").SpeakerId);
    }
}
