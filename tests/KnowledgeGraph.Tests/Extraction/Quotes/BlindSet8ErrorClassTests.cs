using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Tests.Extraction.Quotes;

/// <summary>Error classes of the dev5, dev10 and dev11 blind sets fixed in the s8 round, each with our own invented sentences.</summary>
public class BlindSet8ErrorClassTests
{
    private const string Entities = "Person:Ana Ruiz|Person:Tomas Brenn|Organization:Holm Bank|Organization:Harbour Board";

    private static DocumentAnalysis Run(string text) => QuoteFixture.Run(text, Entities.Split('|'));

    private static string? SpeakerOf(DocumentAnalysis analysis, string start) =>
        QuoteFixture.NameOf(analysis, QuoteFixture.QuoteStarting(analysis, start).SpeakerId);

    [Fact]
    public void An_official_of_a_leaders_administration_speaks_for_that_administration()
    {
        var analysis = Run("The harbour will reopen in May, a senior Brenn administration official said.\n\n\"We expect the first ships by June,\" the official said.");
        Assert.Equal("Brenn administration", SpeakerOf(analysis, "We expect"));
    }

    [Fact]
    public void An_official_of_a_countrys_government_is_not_made_into_a_leaders_administration()
    {
        // The recogniser marks a demonym as the place it names.
        var analysis = QuoteFixture.Run("\"We expect the first ships by June,\" a senior Norwegian government official said.", "Location:Norwegian");
        Assert.DoesNotContain(analysis.Entities.Values, e => e.Name.Contains("Norwegian government", StringComparison.Ordinal));
    }

    [Fact]
    public void The_official_far_down_a_long_story_is_still_the_one_unnamed_source_it_introduced()
    {
        var filler = string.Concat(Enumerable.Repeat("    Shipping volumes fell for the third year in a row as the fleet aged and fuel costs rose.\n", 20));
        var analysis = Run("The harbour will reopen in May, a Harbour Board official said.\n" + filler + "    \"We expect the first ships by June,\" the official said.");
        Assert.Equal("Harbour Board", SpeakerOf(analysis, "We expect"));
    }

    [Theory]
    [InlineData("HMW president Tomas Brenn was cheered by 3,000 delegates.\n    \"It takes two to make peace,\" the HMW chief said.")]
    [InlineData("Holm Mining Workers union president Tomas Brenn said he was pleased.\n    \"It takes two to make peace,\" the HMW leader told reporters.")]
    [InlineData("Prices will rise, Tomas Brenn chairman of Holm\nMining Co told Reuters.\n    \"It takes two to make peace,\" the Holm Mining official said.")]
    public void A_definite_role_of_a_body_is_the_person_the_article_introduced_with_that_body(string text)
    {
        Assert.Equal("Tomas Brenn", SpeakerOf(Run(text), "It takes"));
    }

    [Fact]
    public void A_spokesman_of_a_body_is_not_the_officer_the_article_named_before()
    {
        var analysis = Run("Another Holm Bank official, executive vice president Tomas Brenn, said the board meets on Friday.\n    \"The first step would be to get drawings,\" the Holm Bank spokesman said.");
        Assert.NotEqual("Tomas Brenn", SpeakerOf(analysis, "The first step"));
    }

    [Fact]
    public void He_after_a_sentence_opened_by_a_definite_role_of_a_body_is_the_person_so_introduced()
    {
        var analysis = Run("HMW Secretary Tomas Brenn said he would visit Oslo.\n    The HMW secretary would not say how big a share he wants. \"We have none of it now,\" he said.");
        Assert.Equal("Tomas Brenn", SpeakerOf(analysis, "We have none"));
    }

    [Fact]
    public void A_comma_after_a_name_that_opens_no_apposition_does_not_tie_the_name_to_a_body()
    {
        var analysis = Run("In a letter to Secretary General Tomas Brenn, published here today, Norwegian U.N. envoy Ana Ruiz said the port was closed.\n    The Norwegian envoy said the closure was a \"violation of the harbour treaty.\"");
        Assert.Equal("Ana Ruiz", SpeakerOf(analysis, "violation"));
    }

    [Fact]
    public void An_analyst_of_a_firm_with_and_in_its_name_is_the_speaker_not_the_firm()
    {
        var analysis = QuoteFixture.Run("Chips will be hard to copy, analysts said.\n    \"The issue is who wins,\" analyst Ana Ruiz of Holm Berg and Co said.",
            "Person:Ana Ruiz", "Organization:Holm Berg and Co");
        Assert.Equal("Ana Ruiz", SpeakerOf(analysis, "The issue"));
    }

    [Fact]
    public void A_senator_of_a_state_is_the_speaker_of_her_reported_speech()
    {
        var analysis = Run("Senator Ana Ruiz (Labour) of Bergen said the port would \"remain under a cloud\" for years.");
        Assert.Equal("Ana Ruiz", SpeakerOf(analysis, "remain"));
    }

    [Fact]
    public void A_minister_whose_title_has_and_in_it_is_the_speaker()
    {
        var analysis = Run("    \"The harbour is hurt by unfair competition,\" Norway's Trade and Industry\nMinister Ana Ruiz told the October harbour\nmeeting.");
        Assert.Equal("Ana Ruiz", SpeakerOf(analysis, "The harbour"));
    }

    [Theory]
    [InlineData("\"Countertrade is growing,\" a commerce ministry spokeswoman said.", "Commerce Ministry")]
    [InlineData("\"Countertrade is growing,\" one finance ministry economist said.", "Finance Ministry")]
    public void A_ministry_written_in_lower_case_speaks_through_its_spokeswoman(string text, string ministry)
    {
        Assert.Equal(ministry, SpeakerOf(Run(text), "Countertrade"));
    }

    [Fact]
    public void A_bare_spokeswoman_speaks_for_the_organisation_that_last_spoke()
    {
        var analysis = Run("The Harbour Board said it agreed to meet the dockers on Thursday.\n    \"The board is pleased that the union has returned to the table,\" a spokeswoman said.");
        Assert.Equal("Harbour Board", SpeakerOf(analysis, "The board is pleased"));
    }

    [Fact]
    public void A_statement_issued_after_a_meeting_of_a_body_is_that_bodys()
    {
        var analysis = Run("Holm Bank said it would lend more.\n    \"The board commended the port for its steps,\" a statement issued after a two day meeting of the Harbour Board said.");
        Assert.Equal("Harbour Board", SpeakerOf(analysis, "The board commended"));
    }

    [Fact]
    public void He_after_a_sentence_whose_subject_is_he_skips_the_man_that_sentence_names_as_an_object()
    {
        var analysis = QuoteFixture.Run(
            "Tomas Brenn, Holm's director, declined comment on a further stake.\n    But he told Reuters the group will hold the stake bought from Oskar Lind as a long term investment.\n    He said Holm \"was attracted by the strength of the port.\"",
            "Person:Tomas Brenn", "Person:Oskar Lind");
        Assert.Equal("Tomas Brenn", SpeakerOf(analysis, "was attracted"));
    }

    [Theory]
    [InlineData("\"The port can have the cranes,\" a senior Norwegian government official said.")]
    [InlineData("\"The port can have the cranes,\" Norwegian officials said.")]
    [InlineData("\"The port can have the cranes,\" said one Norway trade official.")]
    public void An_unnamed_government_official_speaks_for_the_country_the_description_names(string text)
    {
        var analysis = QuoteFixture.Run(text, "Country:Norway=Norwegian");
        Assert.Equal("Norway", SpeakerOf(analysis, "The port"));
    }

    [Theory]
    [InlineData("\"The port can have the cranes,\" another Norwegian bank official said.")]
    [InlineData("\"The port can have the cranes,\" a Senate Norway committee aide said.")]
    [InlineData("\"The port can have the cranes,\" the Norwegian spokesman said.")]
    public void A_country_that_only_qualifies_a_body_or_a_definite_spokesman_does_not_make_the_country_speak(string text)
    {
        var analysis = QuoteFixture.Run(text, "Country:Norway=Norwegian");
        Assert.NotEqual("Norway", SpeakerOf(analysis, "The port"));
    }

    [Fact]
    public void The_head_word_of_an_organisations_name_refers_back_to_it()
    {
        var analysis = QuoteFixture.Run("The Chamber of Kelp Mines said it made proposals to the union.\n    \"The union is adamant,\" the Chamber said.", "Organization:Chamber of Kelp Mines");
        Assert.Equal("Chamber of Kelp Mines", SpeakerOf(analysis, "The union"));
    }

    [Fact]
    public void A_central_bank_statement_is_the_central_banks_not_a_bank_named_in_it_nor_the_last_body_that_spoke()
    {
        var analysis = QuoteFixture.Run("The Federation of Kelp Growers said it agreed.\n    A central bank statement quoted Ruiz as saying Holm Banking Corp was closed. \"It was legal,\" the statement said.",
            "Organization:Federation of Kelp Growers", "Organization:Holm Banking Corp");
        Assert.Equal("Central Bank", SpeakerOf(analysis, "It was legal"));
    }

    [Fact]
    public void The_groups_president_is_the_person_introduced_as_its_president()
    {
        var analysis = QuoteFixture.Run("The Harbour Board reaffirmed its fees, its president Ana Ruiz said.\n    \"If that is the price we have to pay, we will pay,\" the group's president said.",
            "Person:Ana Ruiz", "Organization:Harbour Board");
        Assert.Equal("Ana Ruiz", SpeakerOf(analysis, "If that"));
    }

    [Fact]
    public void He_after_one_said_is_that_unnamed_one_not_a_man_named_before()
    {
        var analysis = Run("Premier Tomas Brenn spoke to deputies on Monday.\n    One said the state had cut spending on farms. \"We have no fertiliser,\" he said.");
        Assert.Null(QuoteFixture.QuoteStarting(analysis, "We have").SpeakerId);
    }

    [Fact]
    public void An_acronym_in_brackets_between_a_body_and_its_official_is_skipped()
    {
        var analysis = QuoteFixture.Run("\"The chip dispute must not erupt,\" a Ministry of Kelp Trade (MKT) official said.", "Organization:Ministry of Kelp Trade");
        Assert.Equal("Ministry of Kelp Trade", SpeakerOf(analysis, "The chip"));
    }

    [Theory]
    [InlineData("House Speaker Tomas Brenn said President Oskar Lind should raise taxes.\n    \"There is no other way,\" the Texas Democrat told reporters.")]
    [InlineData("Senate Republican leader Tomas Brenn, a key Oskar Lind ally, said people should step aside.\n    \"There is no other way,\" the Kansas Republican said.")]
    [InlineData("\"The report is grim,\" Sen. Tomas Brenn said.\n    \"There is no other way,\" the Maryland Democrat said.")]
    public void A_legislator_described_by_state_and_party_is_the_last_legislator_named_not_a_president_named_after_him(string text)
    {
        var analysis = QuoteFixture.Run(text, "Person:Tomas Brenn", "Person:Oskar Lind", "Organization:Democrat");
        Assert.Equal("Tomas Brenn", SpeakerOf(analysis, "There is no"));
    }

    [Fact]
    public void The_radio_quoted_him_as_saying_is_the_man_named_before()
    {
        var analysis = Run("Navy commander Tomas Brenn said the fleet was no threat.\n    \"Their movements have been in the open seas,\" the radio quoted him as saying.");
        Assert.Equal("Tomas Brenn", SpeakerOf(analysis, "Their movements"));
    }

    [Fact]
    public void Commented_is_a_speech_verb_and_a_quote_ending_its_sentence_is_not_the_next_sentences_subjects()
    {
        var analysis = QuoteFixture.Run("The Harbour Gazette commented that the minister\nwas being \"sent to Oslo armed with a pistol pointing at his own foot.\" The Holm Tribune urged\nthe minister to avoid a \"nasty backlash\" from Oslo.",
            "Organization:Harbour Gazette", "Organization:Holm Tribune");
        Assert.Equal("Harbour Gazette", SpeakerOf(analysis, "sent to Oslo"));
    }

    [Fact]
    public void A_partial_quote_that_ends_its_sentence_is_not_given_to_the_next_sentences_subject()
    {
        var analysis = QuoteFixture.Run("The press was worried. The minister was being \"sent to Oslo armed with a pistol.\" The Holm Tribune urged calm on Monday.",
            "Organization:Holm Tribune");
        Assert.DoesNotContain(analysis.Quotes, q => QuoteFixture.NameOf(analysis, q.SpeakerId) == "Holm Tribune");
    }

    [Fact]
    public void A_source_named_after_a_founder_speaks_for_the_company_that_bears_his_name()
    {
        var analysis = QuoteFixture.Run("Brenn Corp said it sold the port, Tomas Brenn said.\n    A Brenn source said, \"We are in a strong position.\"",
            "Organization:Brenn Corp", "Person:Tomas Brenn");
        Assert.Equal("Brenn Corp", SpeakerOf(analysis, "We are in"));
    }

    [Fact]
    public void The_summary_said_is_the_body_whose_report_it_summarises()
    {
        var analysis = QuoteFixture.Run("The summary of the Harbour Board report said the port must open up.\n    \"Larger exports would pay for imports,\" the summary said.",
            "Organization:Harbour Board");
        Assert.Equal("Harbour Board", SpeakerOf(analysis, "Larger exports"));
    }

    [Theory]
    [InlineData("\"It is a question of survival,\" said private market analyst Ana Ruiz.")]
    [InlineData("\"It is a question of survival,\" said financial services analyst Ana Ruiz at Holm Bank, which ended talks.")]
    [InlineData("\"It is a question of survival,\" said Holm Bank Ltd. analyst Ana Ruiz, who believes it.")]
    public void Said_then_a_described_analyst_is_the_analyst(string text)
    {
        Assert.Equal("Ana Ruiz", SpeakerOf(Run(text), "It is a question"));
    }

    [Fact]
    public void An_exchange_spokesman_speaks_for_the_exchange_named_before_and_so_does_his_he()
    {
        var analysis = QuoteFixture.Run("Prime Minister Tomas Brenn met bankers.\n    The Holm Stock Exchange has no comment, an Exchange spokesman said. \"This is a civil action,\" he added.",
            "Person:Tomas Brenn", "Organization:Holm Stock Exchange");
        Assert.Equal("Holm Stock Exchange", SpeakerOf(analysis, "This is a civil"));
    }

    [Fact]
    public void A_spokesman_for_a_person_speaks_for_that_person()
    {
        var analysis = Run("\"The talks will go on,\" a spokesman for Tomas Brenn told reporters.");
        Assert.Equal("Tomas Brenn", SpeakerOf(analysis, "The talks"));
    }

    [Fact]
    public void He_after_an_inverted_said_name_is_that_new_speaker_not_the_one_quoted_before()
    {
        var analysis = QuoteFixture.Run("\"The port is busy,\" Tomas Brenn told Reuters.\n    The reform was inevitable, said Oskar Lind of Holm brokerage house. \"From our point of view one cannot be disappointed,\" he said.",
            "Person:Tomas Brenn", "Person:Oskar Lind");
        Assert.Equal("Oskar Lind", SpeakerOf(analysis, "From our point"));
    }

    [Fact]
    public void The_partnership_said_is_the_partnership_that_spoke_before()
    {
        var analysis = QuoteFixture.Run("Holm Acquisition Co said it raised its bid for the port.\n    \"The board may be reviewing other offers,\" the partnership said.",
            "Organization:Holm Acquisition Co");
        Assert.Equal("Holm Acquisition Co", SpeakerOf(analysis, "The board may"));
    }
}
