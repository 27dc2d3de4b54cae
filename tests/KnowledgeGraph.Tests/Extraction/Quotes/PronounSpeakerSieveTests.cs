using KnowledgeGraph.Core;

namespace KnowledgeGraph.Tests.Extraction.Quotes;

public class PronounSpeakerSieveTests
{
    private const string People = "Person:Anna Berg|Person:Omar Haddad|Person:Lars Olsen|Person:Margaret Holm|Person:Michael Dahl";

    [Theory]
    [InlineData("Anna Berg chairs the committee. \"The report is late,\" she said.", "Anna Berg", "pronoun:pronoun-recent-subject")]
    [InlineData("Omar Haddad, who ran the port for a decade, resigned in March.\n\n\"The report is late,\" he said during a debate.", "Omar Haddad", "pronoun:pronoun-recent-subject")]
    [InlineData("\"Costs are rising,\" said Anna Berg, who advises Omar Haddad. \"The report is late,\" she added.", "Anna Berg", "pronoun:pronoun-previous-speaker")]
    [InlineData("Mr. Lars Olsen spoke first, and then Anna Berg replied. \"The report is late,\" she said.", "Anna Berg", "pronoun:pronoun-recent-person")]
    [InlineData("Anna Berg chairs the committee. She said: \"The report is late.\"", "Anna Berg", "pronoun:pronoun-recent-subject")]
    [InlineData("Omar Haddad met the board.\n\nHe welcomed the \"fresh start\" and said, \"The report is late.\"", "Omar Haddad", "pronoun:pronoun-recent-subject")]
    [InlineData("Lars Olsen, the finance minister, said the budget was sound. \"The report is late,\" he said.", "Lars Olsen", "pronoun:pronoun-recent-subject")]
    [InlineData("Lars Olsen said the budget was sound, and he added \"The report is late.\"", "Lars Olsen", "pronoun:pronoun-recent-subject")]
    [InlineData("\"Costs are rising,\" Lars Olsen said.\n\nThe plan went to President Omar Haddad for approval. \"The report is late,\" he said.", "Lars Olsen", "pronoun:pronoun-previous-speaker-over-object")]
    [InlineData("Michael Dahl met Margaret Holm in Oslo on Monday. \"The report is late,\" she said.", "Margaret Holm", "pronoun:pronoun-recent-person")]
    [InlineData("\"Costs are rising,\" Lars Olsen said.\n\nFreight rates fell in May.\n\nPort fees rose in June.\n\nFuel was cheaper.\n\n\"The report is late,\" he said.", "Lars Olsen", "pronoun:pronoun-previous-speaker-further-up")]
    public void A_pronoun_goes_to_the_most_recent_compatible_person(string text, string speaker, string rule)
    {
        var analysis = QuoteFixture.Run(text, People.Split('|'));
        var quote = QuoteFixture.QuoteStarting(analysis, "The report is late");
        Assert.Equal(speaker, QuoteFixture.NameOf(analysis, quote.SpeakerId));
        Assert.Equal(rule, quote.Evidence.Rule);
    }

    // Two men named: the subject of the sentence wins over the object (recorded as pronoun-recent-subject).
    [Fact]
    public void He_after_two_men_picks_the_subject_of_the_nearest_sentence()
    {
        var analysis = QuoteFixture.Run("Omar Haddad met Lars Olsen in Oslo on Monday. \"We found common ground,\" he said.", People.Split('|'));
        var quote = Assert.Single(analysis.Quotes, q => q.Kind == QuoteKind.Direct);
        Assert.Equal("Omar Haddad", QuoteFixture.NameOf(analysis, quote.SpeakerId));
        Assert.Equal("pronoun:pronoun-recent-subject", quote.Evidence.Rule);
    }

    // Two men sharing the subject, a speaker we cannot resolve in between, or an unnamed source ("the source said")
    // who is the likelier "he": the quote is kept without a speaker.
    [Theory]
    [InlineData("Omar Haddad and Lars Olsen met in Oslo on Monday. \"We found common ground,\" he said.")]
    [InlineData("In Oslo, the talks between the envoys of Omar Haddad and Lars Olsen ran late. \"We found common ground,\" he said.")]
    [InlineData("Omar Haddad met the unions. Later, Lindqvist said the talks had stalled. \"We found common ground,\" she said.")]
    [InlineData("The senior official sounded gloomy about the chances of Omar Haddad. \"We found common ground,\" he said.")]
    [InlineData("Omar Haddad will not travel to the talks, the source said.\n\n\"We found common ground,\" he said.")]
    [InlineData("Omar Haddad is ready to sign, one banker said. \"We found common ground,\" he said.")]
    [InlineData("Michael Dahl chaired the meeting. \"We found common ground,\" she said.")]
    [InlineData("\"Costs are rising,\" Margaret Holm said.\n\nFreight rates fell in May.\n\nPort fees rose in June.\n\nFuel was cheaper.\n\n\"We found common ground,\" he said.")]
    [InlineData("Omar Haddad signed the deal.\n\nOne dealer for a Paris bank noted that the krone slipped. \"We found common ground,\" he said.")]
    [InlineData("Omar Haddad signed the deal.\n\nThe newspaper quoted one official as saying the port would close. \"We found common ground,\" he said.")]
    public void He_abstains_when_two_men_are_equally_likely_or_an_unnamed_source_spoke_last(string text)
    {
        var analysis = QuoteFixture.Run(text, People.Split('|'));
        var quote = QuoteFixture.QuoteStarting(analysis, "We found common ground");
        Assert.Null(quote.SpeakerId);
    }
}
