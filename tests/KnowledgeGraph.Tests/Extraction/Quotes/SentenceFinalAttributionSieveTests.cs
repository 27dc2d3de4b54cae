namespace KnowledgeGraph.Tests.Extraction.Quotes;

/// <summary>A quote that opens a sentence the writer goes on with, attributed by a clause at the sentence's end.</summary>
public class SentenceFinalAttributionSieveTests
{
    private const string Entities = "Person:Ana Ruiz|Person:Tomas Brenn|Organization:Harbour Board|Organization:Holm Bank";

    [Theory]
    [InlineData("Tomas Brenn spoke to the committee.\n\n\"They need to spend more as their surplus falls,\" or jobs will keep going, Tomas Brenn said.", "They need", "Tomas Brenn")]
    [InlineData("Ana Ruiz runs the port.\n\n\"The quay is full\" but the ships keep coming, she said.", "The quay", "Ana Ruiz")]
    [InlineData("Norland has sold four mln tonnes, a Harbour Board official said.\n\n\"Significant downside potential\" still exists for the crop, the official said, which will hurt exports.", "Significant", "Harbour Board")]
    [InlineData("Talks went on.\n\n\"We would need some assurances\" on the wheat, said Ana Ruiz.", "We would", "Ana Ruiz")]
    public void The_clause_that_ends_the_writers_sentence_names_the_speaker(string text, string start, string speaker)
    {
        var analysis = QuoteFixture.Run(text, Entities.Split('|'));
        var quote = QuoteFixture.QuoteStarting(analysis, start);
        Assert.Equal(speaker, QuoteFixture.NameOf(analysis, quote.SpeakerId));
        Assert.Equal("sentence-final-attribution", quote.Evidence.Rule);
    }

    [Theory]
    [InlineData("Ana Ruiz runs the port.\n\n\"We hope to reach 5,000 ships a year.\" The first ships would come from Norway, she said.")]
    [InlineData("Talks went on.\n\n\"The quay is full\" for now, but Tomas Brenn said the port would reopen in June.")]
    [InlineData("Holm Bank denied the report.\n\n\"We are not the target of any inquiry\" in this case, he said.")]
    public void A_quote_that_ends_its_sentence_a_reported_clause_or_he_for_a_company_is_not_read_so(string text)
    {
        var analysis = QuoteFixture.Run(text, Entities.Split('|'));
        Assert.All(analysis.Quotes, q => Assert.NotEqual("sentence-final-attribution", q.Evidence.Rule));
    }

    [Fact]
    public void Told_reuters_at_the_end_of_the_sentence_names_whom_he_told_not_the_speaker()
    {
        var analysis = QuoteFixture.Run(
            "Talks went on.\n\n\"It is still under debate whether it would be wise\" to make the offer, Tomas Brenn, head of the service, told Reuters.",
            "Person:Tomas Brenn", "Organization:Reuters");
        Assert.NotEqual("Reuters", QuoteFixture.NameOf(analysis, Assert.Single(analysis.Quotes).SpeakerId));
    }
}
