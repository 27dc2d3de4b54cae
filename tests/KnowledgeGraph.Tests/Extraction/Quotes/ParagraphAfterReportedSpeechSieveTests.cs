using KnowledgeGraph.Core;

namespace KnowledgeGraph.Tests.Extraction.Quotes;

public class ParagraphAfterReportedSpeechSieveTests
{
    private const string People = "Person:Lena Berg|Person:Omar Haddad|Organization:Harbour Authority";

    [Theory]
    [InlineData("Haddad said he believed the port would reopen in spring.\n\n\"We have done everything the inspectors asked of us.\"", "Omar Haddad")]
    [InlineData("The storm flooded the docks, harbour master Lena Berg told reporters.\n\n\"We fear the cranes are lost and there is no way to know yet.\"", "Lena Berg")]
    [InlineData("The Harbour Authority said the quay would stay shut until May.\n\n\"Safety comes first and the repairs cannot be rushed.\"", "Harbour Authority")]
    [InlineData("According to Haddad, these wild swings of mood have gone on for years, with the port seen as a \"lost cause of the coast\" one year and a model the next,\n\n\"I think there is a lot of exaggeration in all of this.\"", "Omar Haddad")]
    [InlineData("Omar Haddad met the unions on Monday.\n\nHe said the deal was close.\n\n\"We are a few hours from an agreement on wages.\"", "Omar Haddad")]
    public void A_quote_paragraph_after_reported_speech_goes_on_with_that_speaker(string text, string speaker)
    {
        var analysis = QuoteFixture.Run(text, People.Split('|'));
        var quote = Assert.Single(analysis.Quotes, q => q.Kind == QuoteKind.Direct);
        Assert.Equal(speaker, QuoteFixture.NameOf(analysis, quote.SpeakerId));
        Assert.Equal("paragraph-after-reported-speech", quote.Evidence.Rule);
    }

    [Theory]
    [InlineData("The port reopened on Monday after a week of repairs.\n\n\"We have done everything the inspectors asked of us.\"")]
    [InlineData("Haddad said the port would reopen.\n\nThe cranes were repaired on Friday.\n\n\"We have done everything the inspectors asked of us.\"")]
    [InlineData("One dock worker said the port would reopen.\n\n\"We have done everything the inspectors asked of us.\"")]
    public void A_quote_paragraph_after_narrative_or_an_unnamed_source_gets_no_speaker(string text)
    {
        var analysis = QuoteFixture.Run(text, People.Split('|'));
        var quote = Assert.Single(analysis.Quotes, q => q.Kind == QuoteKind.Direct);
        Assert.Null(quote.SpeakerId);
    }
}
