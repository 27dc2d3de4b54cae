namespace KnowledgeGraph.Tests.Extraction.Quotes;

public class ReportedSpeechSubjectSieveTests
{
    private const string Entities = "Person:Nils Vang|Organization:Harbour Board|Organization:Radio Vestby|Organization:Tarn Research Service|Location:Denmark";

    [Theory]
    [InlineData("The money must come through equity or debt and Nils Vang said that the regimes \"do not support enough investment.\"", "do not support", "Nils Vang")]
    [InlineData("Radio Vestby quoted a Harbour Board spokesman as saying any delay would meet \"a strong response from the port.\"", "a strong response", "Harbour Board")]
    [InlineData("A Harbour Board spokesman said the quay would reopen.\n\nThe Danish spokesman said the reports were \"misleading propaganda.\"", "misleading propaganda", "Harbour Board")]
    [InlineData("Radio Vestby quoted a Harbour Board spokesman as saying the quay was shut.\n\nThe Danish spokesman said the reports were \"misleading propaganda.\"", "misleading propaganda", "Harbour Board")]
    [InlineData("The study by the non partisan Tarn Research Service (TRS) said \"the proposed merger appears to comply with the law.\"", "the proposed merger", "Tarn Research Service")]
    [InlineData("The study by the Tarn Research Service said \"the proposed merger appears to comply with the law.\"", "the proposed merger", "Tarn Research Service")]
    public void A_partial_quote_in_reported_speech_goes_to_the_speaker_or_the_body_of_its_unnamed_source(string text, string quote, string speaker)
    {
        var analysis = QuoteFixture.Run(text, Entities.Split('|'));
        Assert.Equal(speaker, QuoteFixture.NameOf(analysis, QuoteFixture.QuoteStarting(analysis, quote).SpeakerId));
    }

    [Fact]
    public void Two_names_joined_by_and_before_said_are_not_read_as_one_speaker()
    {
        var analysis = QuoteFixture.Run("Vang and Co said that the plan was \"a betrayal of the port.\"", Entities.Split('|'));
        Assert.Empty(analysis.Quotes);
    }
}
