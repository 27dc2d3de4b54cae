namespace KnowledgeGraph.Tests.Extraction.Quotes;

public class QuoteBetweenOneSpeakerTests
{
    private const string People = "Person:Lena Berg|Person:Omar Haddad|Organization:Dock Union";

    [Fact]
    public void A_lone_quote_paragraph_between_its_speaker_as_subject_and_his_next_quote_is_his()
    {
        var analysis = QuoteFixture.Run(
            "Lena Berg accused the Dock Union of delay.\n\n\"They are not serious about the talks.\"\n\n\"If nothing moves, we will end the talks,\" Berg said.",
            People.Split('|'));
        Assert.Equal("Lena Berg", QuoteFixture.NameOf(analysis, QuoteFixture.QuoteStarting(analysis, "They are not serious").SpeakerId));
    }

    [Fact]
    public void A_lone_quote_paragraph_after_someone_else_as_subject_keeps_no_speaker()
    {
        var analysis = QuoteFixture.Run(
            "Omar Haddad accused the Dock Union of delay.\n\n\"They are not serious about the talks.\"\n\n\"If nothing moves, we will end the talks,\" Berg said.",
            People.Split('|'));
        Assert.Null(QuoteFixture.QuoteStarting(analysis, "They are not serious").SpeakerId);
    }
}
