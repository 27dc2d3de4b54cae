using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Quotes;

namespace KnowledgeGraph.Tests.Extraction.Quotes;

public class IndirectSpeechTests
{
    private const string Entities = "Person:Anna Berg|Person:Omar Haddad|Person:Lars Olsen|Organization:Interior Ministry|Organization:Nordic Shipping";

    private static readonly QuoteOptions WithIndirect = new() { IncludeIndirect = true };

    [Theory]
    [InlineData("The Interior Ministry said the border would reopen on Friday.", "the border would reopen on Friday", "Interior Ministry", null)]
    [InlineData("Lars Olsen will chair the next round of talks, the Interior Ministry said.", "Lars Olsen will chair the next round of talks", "Interior Ministry", null)]
    [InlineData("According to Anna Berg, the harbour will close for two weeks.", "the harbour will close for two weeks", "Anna Berg", null)]
    [InlineData("The harbour will close for two weeks, according to the Interior Ministry.", "The harbour will close for two weeks", "Interior Ministry", null)]
    [InlineData("Omar Haddad told reporters that the deal was close to done.", "the deal was close to done", "Omar Haddad", null)]
    [InlineData("Omar Haddad told Anna Berg on Monday that the deal was close to done.", "the deal was close to done", "Omar Haddad", "Anna Berg")]
    [InlineData("Anna Berg left the talks early, saying the offer was an insult to the crews.", "the offer was an insult to the crews", "Anna Berg", null)]
    public void A_clause_governed_by_a_speech_verb_with_a_known_speaker_is_indirect_speech(string text, string clause, string speaker, string? addressee)
    {
        var analysis = QuoteFixture.Run(text, WithIndirect, Entities.Split('|'));
        var quote = Assert.Single(analysis.Quotes);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal(clause, quote.Text);
        Assert.Equal(speaker, QuoteFixture.NameOf(analysis, quote.SpeakerId));
        Assert.Equal(addressee, QuoteFixture.NameOf(analysis, quote.AddresseeId));
    }

    [Theory]
    [InlineData("Anna Berg said the budget would be balanced by 2026, the finance ministry said.", "the budget would be balanced by 2026")]
    [InlineData("Anna Berg said the budget would be balanced by 2026, ministry officials said on Monday.", "the budget would be balanced by 2026")]
    [InlineData("Omar Haddad said the factory would close, adding that 300 jobs would be lost.", "the factory would close")]
    [InlineData("Omar Haddad announced that the plant would close in June, citing high costs.", "the plant would close in June, citing high costs")]
    public void A_clause_stops_at_a_trailing_attribution_or_a_new_point(string text, string clause)
    {
        var analysis = QuoteFixture.Run(text, WithIndirect, Entities.Split('|'));
        Assert.Equal(clause, analysis.Quotes[0].Text);
        Assert.DoesNotContain(analysis.Quotes, q => q.Text.EndsWith(" said", StringComparison.Ordinal) || q.Text.Contains("said on", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Lena Holm will step down in May, AFP reported.", "Organization:AFP")]
    [InlineData("Lena Holm speaks in Oslo on May 3, 2024. (Photo by ANA SILVA / NTB)\n\nLena Holm will step down in May, NTB said.", "Organization:NTB")]
    [InlineData("OSLO, May 3 (NTB) - Lena Holm will step down in May, NTB said.", "Organization:NTB")]
    public void A_news_agency_that_wrote_or_illustrated_the_story_is_not_a_speaker(string text, string agency)
    {
        var analysis = QuoteFixture.Run(text, WithIndirect, "Person:Lena Holm", agency);
        Assert.DoesNotContain(analysis.Quotes, q => q.SpeakerId is not null && analysis.Entities[q.SpeakerId].Type == EntityType.Organization);
    }

    [Fact]
    public void An_agency_quoting_someone_else_in_its_own_words_is_still_a_speaker_when_not_credited()
    {
        var analysis = QuoteFixture.Run("The strike will end on Friday, NTB said.", WithIndirect, "Organization:NTB");
        Assert.Equal("NTB", QuoteFixture.NameOf(analysis, Assert.Single(analysis.Quotes).SpeakerId));
    }

    [Theory]
    [InlineData("Analysts said the market would recover by the autumn.")]
    [InlineData("Nordic Shipping reported a loss for the quarter.")]
    [InlineData("Omar Haddad announced a plan to cut costs by a tenth.")]
    [InlineData("Anna Berg is said to be considering a run for mayor.")]
    [InlineData("Omar Haddad urged the council to act before the winter.")]
    [InlineData("Anna Berg said nothing.")]
    [InlineData("The harbour will close for two weeks, according to Interior Ministry officials.")]
    public void Speech_without_a_known_speaker_or_a_reported_clause_is_left_out(string text)
    {
        Assert.Empty(QuoteFixture.Run(text, WithIndirect, Entities.Split('|')).Quotes);
    }

    [Fact]
    public void Indirect_speech_is_off_unless_asked_for()
    {
        var analysis = QuoteFixture.Run("The Interior Ministry said the border would reopen on Friday.", Entities.Split('|'));
        Assert.Empty(analysis.Quotes);
    }
}
