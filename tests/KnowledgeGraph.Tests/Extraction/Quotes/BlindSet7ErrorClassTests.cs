using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Tests.Extraction.Quotes;

/// <summary>Error classes of the dev6, dev7 and dev8 blind sets fixed in the s7 round, each with our own invented sentences.</summary>
public class BlindSet7ErrorClassTests
{
    private const string Entities = "Person:Ana Ruiz|Person:Tomas Brenn|Organization:Holm Bank|Organization:Harbour Board|Organization:Harbour Shipping Co";

    private static DocumentAnalysis Run(string text) => QuoteFixture.Run(text, Entities.Split('|'));

    private static string? SpeakerOf(DocumentAnalysis analysis, string start) =>
        QuoteFixture.NameOf(analysis, QuoteFixture.QuoteStarting(analysis, start).SpeakerId);

    [Theory]
    [InlineData("No talks are set.\n\n\"Nothing is settled yet,\" said an official at <Harbour Shipping Co> (HSC), one of the two bidders.")]
    [InlineData("No talks are set.\n\n\"Nothing is settled yet,\" said an official at Harbour Shipping Co <HSCO.L>, one of the two bidders.")]
    public void An_official_at_a_company_written_in_a_wires_angle_brackets_speaks_for_it(string text)
    {
        Assert.Equal("Harbour Shipping Co", SpeakerOf(Run(text), "Nothing"));
    }

    [Fact]
    public void The_company_said_is_the_company_that_spoke_past_a_phrase_set_off_by_commas()
    {
        var analysis = Run("<Holm Bank>, reporting a sharply lower profit, said it expected growth.\n\n\"Looking ahead, we are sure our robots will pay,\" the company said.");
        Assert.Equal("Holm Bank", SpeakerOf(analysis, "Looking"));
    }

    [Fact]
    public void The_report_said_is_the_body_that_spoke_in_its_latest_monthly_report()
    {
        var analysis = Run("The Harbour Board said in its latest\nmonthly report that traffic would rise.\n\n\"Progress is expected in all sectors,\" the report added.");
        Assert.Equal("Harbour Board", SpeakerOf(analysis, "Progress"));
    }

    [Theory]
    [InlineData("Holm Bank said in a prospectus for a bond that the dispute was settled.\n\n\"The Company cannot predict the outcome,\" the prospectus said.", "Holm Bank")]
    [InlineData("The Harbour Board said the loan would come from its reserve fund.\n\nThe board met on Monday.\n\n\"Repayment is expected by June,\" the statement said.", "Harbour Board")]
    public void A_document_with_no_named_issuer_speaks_for_the_body_that_spoke(string text, string speaker)
    {
        var analysis = Run(text);
        var quote = Assert.Single(analysis.Quotes);
        Assert.Equal(speaker, QuoteFixture.NameOf(analysis, quote.SpeakerId));
    }

    [Fact]
    public void A_quote_ending_the_paragraph_after_a_sentence_of_reported_speech_is_that_speakers()
    {
        var analysis = Run("Ana Ruiz, an analyst at Holm Bank, said the offer was low.\n\nRuiz said, however, she could not predict what the board would do. \"The board is a cautious one.\"");
        var quote = QuoteFixture.QuoteStarting(analysis, "The board");
        Assert.Equal("Ana Ruiz", QuoteFixture.NameOf(analysis, quote.SpeakerId));
        Assert.Equal("sentence-after-reported-speech", quote.Evidence.Rule);
    }

    [Theory]
    [InlineData("Ana Ruiz sees slower growth this year if exports stay weak. \"You would certainly expect a cut.\"")]
    [InlineData("Ana Ruiz, attending a harbour conference, blamed the swings on weak demand. \"If we keep the limits, the summer will be calmer.\"")]
    [InlineData("In an address to the board, Ruiz repeated her opposition to the levy. \"I think it would hurt the port.\"")]
    public void A_quote_ending_the_paragraph_after_a_sentence_about_a_named_person_is_hers(string text)
    {
        var analysis = Run(text);
        var quote = Assert.Single(analysis.Quotes);
        Assert.Equal("Ana Ruiz", QuoteFixture.NameOf(analysis, quote.SpeakerId));
        Assert.Equal("sentence-about-speaker", quote.Evidence.Rule);
    }

    [Fact]
    public void A_sentence_about_a_person_in_the_paragraph_before_does_not_give_a_quote_paragraph_its_speaker()
    {
        var analysis = Run("Ana Ruiz sees slower growth this year.\n\n\"You would certainly expect a cut.\"");
        Assert.Null(Assert.Single(analysis.Quotes).SpeakerId);
    }

    [Theory]
    [InlineData("Analysts said the plan was \"bold but badly timed\" for the port.", "bold but badly timed")]
    [InlineData("Union officials say that in return for their stand, the port has begun \"a campaign of firing people\" to cut costs.", "a campaign of firing people")]
    public void A_partial_quote_of_an_unnamed_group_is_kept_with_no_speaker(string text, string quote)
    {
        var analysis = Run(text);
        var found = QuoteFixture.QuoteStarting(analysis, quote);
        Assert.Null(found.SpeakerId);
        Assert.Equal(QuoteKind.Partial, found.Kind);
    }

    [Theory]
    [InlineData("Traders said he raised his rating of the bank to a \"buy\" on Monday.")]
    [InlineData("Exchange officials noted the practice lets a trader engage in what is called \"front running\" before clients.")]
    public void A_term_an_unnamed_group_used_is_not_a_quote(string text)
    {
        Assert.Empty(Run(text).Quotes);
    }

    [Theory]
    [InlineData("Undersecretary of Trade Ana Ruiz said \"We are glad that the exporters have begun to pay.\"")]
    [InlineData("Deputy Administrator Ana Ruiz said \"We are glad that the exporters have begun to pay.\"")]
    public void A_name_after_an_undersecretary_or_administrator_title_speaks(string text)
    {
        Assert.Equal("Ana Ruiz", SpeakerOf(Run(text), "We are glad"));
    }

    [Fact]
    public void He_gave_no_details_but_said_is_the_man_named_before()
    {
        var analysis = Run("Finance Secretary Tomas Brenn told reporters the plan was ready.\n\nHe gave no details but said, \"It is a very useful plan for the banks.\"");
        Assert.Equal("Tomas Brenn", SpeakerOf(analysis, "It is"));
    }

    [Theory]
    [InlineData("Bond sales rose.\n\n\"Individuals are buying the bonds,\" said a spokesman at Oslo stock brokers Holm and Brenn.")]
    [InlineData("Bond sales rose.\n\nA spokesman at Oslo stock brokers Holm and Brenn said the bonds sold well.\n\n\"Individuals are buying the bonds,\" the spokesman said.")]
    public void A_spokesman_at_a_place_and_a_described_firm_speaks_for_the_firm(string text)
    {
        var analysis = QuoteFixture.Run(text, "Location:Oslo");
        Assert.Equal("Holm and Brenn", SpeakerOf(analysis, "Individuals"));
    }

    [Fact]
    public void A_capitalised_word_joined_to_a_common_noun_is_no_subject_for_he()
    {
        var analysis = QuoteFixture.Run(
            "Exchanges and telecommunications authorities limit data, Tomas Brenn said.\n\nIn the annual report, he said talks had brought agreement with the Oslo Stock Exchanges.\n\n\"Many other markets keep limits,\" he added.",
            "Person:Tomas Brenn", "Organization:Oslo Stock Exchanges");
        Assert.Equal("Tomas Brenn", SpeakerOf(analysis, "Many"));
    }

    [Theory]
    [InlineData("\"The port will reopen in June,\" Ana Ruiz confirmed.")]
    [InlineData("\"The port will reopen in June,\" Ana Ruiz reiterated.")]
    [InlineData("Ana Ruiz disclosed that \"the port will reopen in June.\"")]
    public void Confirmed_reiterated_and_disclosed_are_speech_verbs(string text)
    {
        var analysis = Run(text);
        Assert.Equal("Ana Ruiz", QuoteFixture.NameOf(analysis, Assert.Single(analysis.Quotes).SpeakerId));
    }

    [Fact]
    public void He_said_reaches_back_over_a_paragraph_of_what_he_disclosed()
    {
        var analysis = Run("Tomas Brenn estimated the loss at 500 mln crowns.\n\nHe disclosed that his country would lead the talks next month.\n\n"
            + "The Harbour Board has been chosen to speak for the bloc.\n\n\"An initiative is likely very soon,\" he said.");
        Assert.Equal("Tomas Brenn", SpeakerOf(analysis, "An initiative"));
    }

    [Theory]
    [InlineData("Chip shares fell.\n\n\"This is no help to the smaller firms,\" said Holm Fleming (Securities) Ltd analyst Tomas Brenn.", "Organization:Holm Fleming")]
    [InlineData("Tomas Brenn, an analyst with Holm de Zoete, said chip shares fell.\n\n\"This is no help to the smaller firms,\" said Holm de Zoete's Brenn.", "Organization:Holm de Zoete")]
    public void Said_a_firm_then_its_analyst_is_the_analyst(string text, string firm)
    {
        var analysis = QuoteFixture.Run(text, "Person:Tomas Brenn", firm);
        Assert.Equal("Tomas Brenn", SpeakerOf(analysis, "This is no help"));
    }

    [Fact]
    public void He_added_after_a_quote_said_by_an_unnamed_director_is_not_the_man_named_before()
    {
        var analysis = Run("\"The fees are too high,\" Tomas Brenn, a director of Holm Bank, said.\n\n"
            + "\"The risks are large,\" said a director at one merchant bank. \"They ask you to borrow money now,\" he added.");
        Assert.Null(QuoteFixture.QuoteStarting(analysis, "They ask").SpeakerId);
    }

    [Theory]
    [InlineData("\"Rates will stay high,\" the Holm Securities Co economist said.")]
    [InlineData("\"Rates will stay high,\" said a dealer at Holm Securities Co.")]
    public void An_economist_or_dealer_of_a_named_firm_speaks_for_the_firm(string text)
    {
        var analysis = QuoteFixture.Run(text, "Organization:Holm Securities Co");
        Assert.Equal("Holm Securities Co", QuoteFixture.NameOf(analysis, Assert.Single(analysis.Quotes).SpeakerId));
    }

    [Fact]
    public void A_broker_at_a_named_firm_speaks_for_the_firm_and_so_does_the_quote_after()
    {
        var analysis = QuoteFixture.Run("Shares firmed.\n\n\"I have never been able to justify this,\" said a broker at Holm Securities Co. \"It just always happens.\"", "Organization:Holm Securities Co");
        Assert.All(analysis.Quotes, q => Assert.Equal("Holm Securities Co", QuoteFixture.NameOf(analysis, q.SpeakerId)));
        Assert.Equal(2, analysis.Quotes.Count);
    }

    [Fact]
    public void Said_a_person_of_a_firms_department_is_the_person()
    {
        var analysis = QuoteFixture.Run("Rates rose.\n\n\"Technical measures will not be enough,\" said Leo\nde Corel of Holm Bank's economic research department.", "Person:Leo de Corel", "Organization:Holm Bank");
        Assert.Equal("Leo de Corel", SpeakerOf(analysis, "Technical"));
    }

    [Fact]
    public void A_surname_that_is_also_a_month_still_names_the_analyst()
    {
        var analysis = KnowledgeGraph.Tests.Extraction.Entities.EntityTestSupport.Recognise(
            "\"It was an entry point,\" said Holm Bank analyst Rick May.\n\n\"It is a thing of the past,\" May said.");
        new KnowledgeGraph.Extraction.Quotes.QuoteExtractor(new KnowledgeGraph.Extraction.Quotes.QuoteOptions()).Run(analysis);
        Assert.Equal(2, analysis.Quotes.Count);
        Assert.All(analysis.Quotes, q => Assert.Equal("Rick May", QuoteFixture.NameOf(analysis, q.SpeakerId)));
    }

    [Fact]
    public void House_Speaker_then_a_name_said_is_the_person_not_a_house_body_named_later()
    {
        var analysis = QuoteFixture.Run("House Speaker Tomas Brenn said he expects the House Harbour Committee to approve the bill in \"a week or so\" for the port.",
            "Person:Tomas Brenn", "Organization:House Harbour Committee", "Organization:House");
        Assert.Equal("Tomas Brenn", SpeakerOf(analysis, "a week"));
    }

    [Fact]
    public void The_country_before_a_body_read_alone_is_not_the_speaker()
    {
        var analysis = QuoteFixture.Run("The Norlandic Treasury said today that Norland was \"certain that this time no incidents would occur.\"", "Location:Norlandic", "Organization:Treasury");
        Assert.Equal("Norlandic Treasury", SpeakerOf(analysis, "certain"));
    }

    [Fact]
    public void An_official_at_a_countrys_association_speaks_for_the_association()
    {
        var analysis = QuoteFixture.Run("An official at Norland's Kelp Growers Association said they had no plans to raise exports. \"The market is very unstable.\"",
            "Location:Norland", "Organization:Kelp Growers Association");
        Assert.Equal("Kelp Growers Association", SpeakerOf(analysis, "The market"));
    }

    [Fact]
    public void A_spokesman_for_an_oslo_based_company_speaks_for_the_company()
    {
        var analysis = QuoteFixture.Run("Rates will rise.\n\nA spokesman for Oslo-based Holm Aluminium Ltd said, \"The decision is long and it will be a while before we decide.\"",
            "Location:Oslo", "Organization:Holm Aluminium Ltd");
        Assert.Equal("Holm Aluminium Ltd", SpeakerOf(analysis, "The decision"));
    }

    [Fact]
    public void Said_then_but_added_is_the_subject_of_the_sentence()
    {
        var analysis = Run("Tomas Brenn said he believes the deficit can be cut but added, \"the surest way to trouble would be to raise the goal now.\"");
        Assert.Equal("Tomas Brenn", QuoteFixture.NameOf(analysis, Assert.Single(analysis.Quotes).SpeakerId));
    }

    [Fact]
    public void Said_company_spokesman_then_a_name_is_the_person()
    {
        var analysis = Run("Holm Bank said the panic did not hurt its branches.\n\n\"It was a normally heavy business day,\" said company spokesman Tomas Brenn.");
        Assert.Equal("Tomas Brenn", SpeakerOf(analysis, "It was"));
    }
}
