namespace KnowledgeGraph.Tests.Extraction.Quotes;

/// <summary>Error classes of the dev4 blind set fixed in the dev5 round, each with our own invented sentences.</summary>
public class BlindSet5ErrorClassTests
{
    private const string Entities = "Person:Ana Ruiz|Person:Tomas Brenn|Organization:Holm Bank|Organization:Harbour Board|Organization:National Growers Association";

    [Theory]
    [InlineData("Another trade source noted the harbour had time to recover and the catch was \"not good but still not bad.\"", "not good but still not bad.")]
    [InlineData("A European banker said the fee was \"far too high for this market.\"", "far too high for this market.")]
    [InlineData("The paper quoted the source as saying the money was \"an ancillary benefit\" of the sales.", "an ancillary benefit")]
    public void A_partial_quote_in_the_speech_of_an_unnamed_source_is_kept_with_no_speaker(string text, string quote)
    {
        var analysis = QuoteFixture.Run(text, Entities.Split('|'));
        var found = QuoteFixture.QuoteStarting(analysis, quote);
        Assert.Equal(quote, found.Text);
        Assert.Null(found.SpeakerId);
    }

    [Fact]
    public void A_partial_quote_followed_by_words_that_name_no_source_is_not_kept()
    {
        var analysis = QuoteFixture.Run("Under a banner reading \"The board must not sell the harbour,\" the protesters adopted a declaration saying they would fight on.", Entities.Split('|'));
        Assert.Empty(analysis.Quotes);
    }

    [Theory]
    [InlineData("Holm Bank said the \"big board\" listing would lift its profile.")]
    [InlineData("Tomas Brenn told the court the money went to the \"rebels.\"")]
    public void One_or_two_quoted_words_right_after_the_are_a_label_not_a_quote(string text)
    {
        Assert.Empty(QuoteFixture.Run(text, Entities.Split('|')).Quotes);
    }

    [Fact]
    public void A_short_quote_after_its_is_still_the_speakers_words()
    {
        var analysis = QuoteFixture.Run("Ana Ruiz predicted victory in its \"sacred fight\" against the new fees.", Entities.Split('|'));
        Assert.Equal("Ana Ruiz", QuoteFixture.NameOf(analysis, QuoteFixture.QuoteStarting(analysis, "sacred fight").SpeakerId));
    }

    [Fact]
    public void A_name_with_an_open_apposition_after_a_fronted_phrase_speaks_the_quote_after_said()
    {
        var analysis = QuoteFixture.Run("In testimony today, Ana Ruiz, director of trade affairs for the National Growers Association said \"the government must take a strong stand and open the markets now.\"", Entities.Split('|'));
        var quote = QuoteFixture.QuoteStarting(analysis, "the government");
        Assert.Equal("Ana Ruiz", QuoteFixture.NameOf(analysis, quote.SpeakerId));
        Assert.Equal(KnowledgeGraph.Core.QuoteKind.Direct, quote.Kind);
    }

    [Theory]
    [InlineData("Trade representative Ana Ruiz, replied \"we're not going to let the harbour off the hook.\"", "we're")]
    [InlineData("Ana Ruiz, said \"We're not going to let the harbour off the hook.\"", "We're")]
    public void A_stray_comma_between_the_name_and_the_verb_keeps_the_speaker(string text, string start)
    {
        var analysis = QuoteFixture.Run(text, Entities.Split('|'));
        Assert.Equal("Ana Ruiz", QuoteFixture.NameOf(analysis, QuoteFixture.QuoteStarting(analysis, start).SpeakerId));
    }

    [Theory]
    [InlineData("Tomas Brenn said \"the fees will fall next year.\"", KnowledgeGraph.Core.QuoteKind.Direct)]
    [InlineData("Tomas Brenn said the fees were \"far too high.\"", KnowledgeGraph.Core.QuoteKind.Partial)]
    public void A_whole_lower_case_sentence_right_after_a_bare_frame_is_direct(string text, KnowledgeGraph.Core.QuoteKind kind)
    {
        var analysis = QuoteFixture.Run(text, Entities.Split('|'));
        var quote = Assert.Single(analysis.Quotes);
        Assert.Equal(kind, quote.Kind);
        Assert.Equal("Tomas Brenn", QuoteFixture.NameOf(analysis, quote.SpeakerId));
    }

    [Fact]
    public void A_party_tag_after_a_name_is_never_the_speaker()
    {
        // The whole pipeline: its entity stage is what types "D-Ore" as a name.
        const string text = "\"Greed has broken the harbour rules,\" Rep. Ana Ruiz, D-Ore, the chairman of the Harbour and Fisheries Subcommittee said at the start of a hearing.";
        var analysis = KnowledgeGraph.Extraction.Pipeline.CreateDefault().Analyse(new KnowledgeGraph.Core.Document
        {
            Id = "party-tag", Text = text, Source = "party-tag.txt", Published = QuoteFixture.Published, PublishedSource = KnowledgeGraph.Core.PublishedSource.Metadata,
        });
        var speaker = QuoteFixture.NameOf(analysis, QuoteFixture.QuoteStarting(analysis, "Greed").SpeakerId);
        Assert.True(speaker is null or "Ana Ruiz", $"speaker {speaker} by {QuoteFixture.QuoteStarting(analysis, "Greed").Evidence.Rule}");
    }

    [Fact]
    public void A_spokeswoman_here_said_still_speaks_for_her_company_and_so_does_the_spokeswoman_after_her()
    {
        var analysis = QuoteFixture.Run("Holm Bank expects to diversify into insurance, a Holm Bank spokeswoman here said.\n\n\"We are looking at several insurers in the north,\" the spokeswoman said.", Entities.Split('|'));
        Assert.Equal("Holm Bank", QuoteFixture.NameOf(analysis, QuoteFixture.QuoteStarting(analysis, "We are looking").SpeakerId));
    }

    [Fact]
    public void The_trade_representative_said_is_the_person_introduced_by_that_title()
    {
        var analysis = QuoteFixture.Run("Trade Representative Tomas Brenn said the bill would hurt exporters.\n\n\"We simply cannot accept a bill that invites retaliation,\" the trade representative said.", Entities.Split('|'));
        Assert.Equal("Tomas Brenn", QuoteFixture.NameOf(analysis, QuoteFixture.QuoteStarting(analysis, "We simply").SpeakerId));
    }

    [Fact]
    public void He_said_reaches_back_over_a_paragraph_of_his_own_reported_speech()
    {
        const string text = "Tomas Brenn blamed last year's drop on weak demand abroad.\n\nHe added that most exports went to the north.\n\n"
            + "The north takes 60 pct of the trade. The plan will focus on it.\n\n\"The problem is convincing the firms that exports are vital,\" he said.";
        var analysis = QuoteFixture.Run(text, Entities.Split('|'));
        Assert.Equal("Tomas Brenn", QuoteFixture.NameOf(analysis, QuoteFixture.QuoteStarting(analysis, "The problem").SpeakerId));
    }

    [Fact]
    public void A_quote_followed_by_a_role_and_the_name_in_apposition_goes_to_that_person()
    {
        var analysis = QuoteFixture.Run("\"This merger will make a stronger exchange for all of us,\" the chairman of the harbour committee, Tomas Brenn, said.", Entities.Split('|'));
        Assert.Equal("Tomas Brenn", QuoteFixture.NameOf(analysis, QuoteFixture.QuoteStarting(analysis, "This merger").SpeakerId));
    }
}
