using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Tests.Extraction.Quotes;

/// <summary>
/// Error classes of the test3, test4 and test5 sets (development data after their one measurement) fixed in the s9 round,
/// each with our own invented sentences, through the whole pipeline so that the recogniser's names are the ones quoted.
/// </summary>
public class BlindSet9ErrorClassTests
{
    private static DocumentAnalysis Analyse(string text) => Pipeline.CreateDefault().Analyse(new Document
    {
        Id = "s9", Text = text, Source = "s9.txt", Published = QuoteFixture.Published, PublishedSource = PublishedSource.Metadata,
    });

    private static string? SpeakerOf(DocumentAnalysis analysis, string start)
    {
        var quote = QuoteFixture.QuoteStarting(analysis, start);
        return QuoteFixture.NameOf(analysis, quote.SpeakerId) is { } name && analysis.Entities.TryGetValue(quote.SpeakerId!, out var entity)
            ? $"{name} [{string.Join(", ", entity.Aliases)}]"
            : null;
    }

    private static void AssertSpeaker(string? expected, string quoteStart, string text, params string[] entities)
    {
        var analysis = QuoteFixture.Run(text, entities);
        Assert.Equal(expected, QuoteFixture.NameOf(analysis, QuoteFixture.QuoteStarting(analysis, quoteStart).SpeakerId));
    }

    [Fact]
    public void It_said_after_a_company_in_reuters_brackets_is_that_company()
    {
        var analysis = Analyse("<Holm Faber Plc> said its 20 pct holding in Grenvale Group Plc was not for sale.\n    The insurance broker issued a statement in reply to press reports.\n    \"Holm Faber has not received any offers,\" it said.");
        Assert.StartsWith("Holm Faber Plc ", SpeakerOf(analysis, "Holm Faber has"));
    }

    [Fact]
    public void He_after_a_sentence_naming_two_people_is_the_one_who_spoke()
    {
        AssertSpeaker("Tomas Brenn", "We are satisfied", "Holm Bank expects profits to rise after its deal with Ana Ruiz, chairman Tomas Brenn said in a speech.\n    \"We are satisfied that the accord will hold,\" he said.",
            "Person:Tomas Brenn", "Person:Ana Ruiz", "Organization:Holm Bank");
    }

    [Fact]
    public void A_family_name_that_is_also_a_pronoun_is_a_name_inside_a_sentence()
    {
        var analysis = Analyse("Reforms will take decades, an economist told Reuters.\n    But He Jianmin, an adviser to the Harbin Reform Institute, said the reforms were safe.\n    \"We must keep going,\" He said.\n    He said prices would rise.");
        Assert.StartsWith("He Jianmin ", SpeakerOf(analysis, "We must"));
    }

    [Theory]
    [InlineData("The head of the harbour's kelp unit, Tomas Brenn, told Reuters, \"We are busy recalculating the figures.\"", "Tomas Brenn")]
    [InlineData("Tomas Brenn, U.S. Assistant trade representative and delegate to the talks, said after the council adjourned, \"We are busy recalculating the figures.\"", "Tomas Brenn")]
    [InlineData("Ana Ruiz, who met Tomas Brenn, said, \"We are busy recalculating the figures.\"", "Ana Ruiz")]
    public void A_name_in_apposition_before_the_verb_introduces_the_quote(string text, string speaker)
    {
        AssertSpeaker(speaker, "We are busy", text, "Person:Tomas Brenn", "Person:Ana Ruiz");
    }

    [Fact]
    public void A_bare_spokesman_speaks_for_the_organisation_the_story_opened_with()
    {
        const string text = "The Harbour Board, HB, remains concerned about the future of the port.\n    The board's kelp committee met yesterday. \"We are still concerned about the bid,\" a spokesman said.\n    Officials believe a new bid is likely. \"We are looking again at the terms,\" the spokesman said.";
        AssertSpeaker("Harbour Board", "We are still", text, "Organization:Harbour Board");
        AssertSpeaker("Harbour Board", "We are looking", text, "Organization:Harbour Board");
    }

    [Fact]
    public void She_can_be_a_Chris()
    {
        AssertSpeaker("Chris Hale", "We are still", "\"Prices will ease higher today,\" Chris Hale of Holm Bank said. But she said the market may have trouble. \"We are still in a correction\" in the broad market, she said.",
            "Person:Chris Hale", "Organization:Holm Bank");
    }

    [Fact]
    public void Continued_to_in_reported_speech_does_not_speak()
    {
        AssertSpeaker("Tomas Brenn", "closely monitor", "Acting HB Chairman Tomas Brenn said HB continued to\n\"closely monitor the financial integrity of firms.\"",
            "Person:Tomas Brenn", "Organization:HB");
    }

    [Fact]
    public void A_hyphenated_title_between_a_body_and_a_name_leaves_the_person_speaking()
    {
        var analysis = Analyse("Harbour Reserve Board Vice-Chairman Peter Brenn cautioned against seeking \"quick fixes\" to the deficits.");
        Assert.StartsWith("Peter Brenn ", SpeakerOf(analysis, "quick fixes"));
    }

    [Fact]
    public void It_said_after_the_report_said_is_the_reports_issuer()
    {
        AssertSpeaker("Harbour Board", "The main thrust", "The kelp target is unchanged, the Harbour Board said in its annual report.\n    Output fell last year.\n    Kelp farms are recovering, the report said.\n    \"The main thrust will be better farming,\" it said.",
            "Organization:Harbour Board");
    }

    [Fact]
    public void An_organisations_head_word_alone_is_not_made_a_person()
    {
        var analysis = Analyse("The Harbour Bank has suggested Norland should open its economy.\n    The Bank's summary said there was little room for complacency.\n    Norland \"might have to reaffirm its commitment to exporting,\" it said.\n    \"An example would be a new exchange rate regime,\" the summary said.");
        Assert.DoesNotContain(analysis.Entities.Values, e => e.Type == EntityType.Person);
        Assert.StartsWith("Harbour Bank ", SpeakerOf(analysis, "An example"));
    }

    [Fact]
    public void He_said_at_the_end_of_a_sentence_carries_the_walk_back_to_the_speaker()
    {
        AssertSpeaker("Tomas Brenn", "People buying", "Chairman Tomas Brenn spoke at the bank.\n    Brenn also noted that recent years had seen change.\n    However, both types of issue had a drawback, he said.\n    Excessive issue would also be contrary to the principle.\n    \"People buying shares should declare their purchase,\" he said.",
            "Person:Tomas Brenn");
    }

    [Fact]
    public void An_administration_official_speaks_for_the_administration_the_article_names()
    {
        AssertSpeaker("Brenn administration", "We are totally", "The Brenn administration is totally opposed to a kelp tax, an administration official said in an interview.\n    \"We are totally opposed to a kelp tax,\" he said.",
            "Person:Brenn");
    }

    [Fact]
    public void Where_an_official_sits_does_not_hide_the_body_he_speaks_for()
    {
        var analysis = Analyse("\"There is a lot of slack,\" a Harbour Board official in Tokyo said.\n    \"All that money could be spent on something else,\" he said.");
        Assert.StartsWith("Harbour Board ", SpeakerOf(analysis, "There is"));
        Assert.StartsWith("Harbour Board ", SpeakerOf(analysis, "All that"));
    }

    [Fact]
    public void One_official_is_one_of_the_officials_just_named()
    {
        var analysis = Analyse("But Harbour Board officials said recent developments will not unravel the accord.\n    \"We are moving in the right direction,\" one official said.");
        Assert.StartsWith("Harbour Board ", SpeakerOf(analysis, "We are moving"));
    }

    [Fact]
    public void One_official_far_from_any_named_officials_stays_unnamed()
    {
        var filler = string.Concat(Enumerable.Repeat("    Shipping volumes fell for the third year in a row as the fleet aged and fuel costs rose.\n", 8));
        var analysis = Analyse("Harbour Board officials said the accord would hold.\n" + filler + "    \"We are moving in the right direction,\" one official said.");
        Assert.Null(QuoteFixture.QuoteStarting(analysis, "We are moving").SpeakerId);
    }

    [Fact]
    public void According_to_a_company_statement_is_the_company()
    {
        var analysis = Analyse("Holm Processors Inc said staff returned to work.\n    \"Start-up went well today,\" according to a company statement.");
        Assert.StartsWith("Holm Processors Inc ", SpeakerOf(analysis, "Start-up"));
    }

    [Fact]
    public void A_title_case_slogan_according_to_someone_is_no_quote()
    {
        var analysis = Analyse("The Harbour Board said it would spend 375,000 dlrs on its \"Kelp - The Other Green Food\" campaign, according to the board.");
        Assert.DoesNotContain(analysis.Quotes, q => q.Text.StartsWith("Kelp", StringComparison.Ordinal));
    }

    [Fact]
    public void The_editorial_is_the_newspaper_that_published_it()
    {
        AssertSpeaker("Harbour Business", "It is extremely", "The official Harbour Business newspaper today published the demands in an editorial.\n    \"It is extremely important that the market opens,\" the editorial said.",
            "Organization:Harbour Business");
    }

    [Fact]
    public void A_person_of_a_firm_with_and_in_its_name_is_the_speaker()
    {
        var analysis = Analyse("\"We need a bit of consolidation here,\" Thom Brenner of Butcher and Halvorsen said.");
        Assert.StartsWith("Thom Brenner ", SpeakerOf(analysis, "We need"));
    }

    [Fact]
    public void A_title_abbreviation_after_the_verb_is_read_past()
    {
        var analysis = Analyse("\"I don't see any benefit in it,\" said Sen. Tom Brenner (D-Ore). \"It is bad for growers.\"");
        Assert.StartsWith("Tom Brenner ", SpeakerOf(analysis, "I don't"));
    }

    [Theory]
    [InlineData("\"The market will rebound,\" said Park Sin-bom, a director of Lucky Kelp Securities Co.", "Park Sin-bom")]
    [InlineData("\"The market will rebound,\" Lee Tae-woo said.", "Lee Tae-woo")]
    public void A_korean_given_names_second_syllable_is_part_of_the_speakers_name(string text, string speaker)
    {
        var analysis = Analyse(text);
        Assert.StartsWith(speaker + " ", SpeakerOf(analysis, "The market"));
    }

    [Fact]
    public void A_place_led_group_is_no_name()
    {
        var analysis = Analyse("\"Prices will rise,\" the Oslo-led group said.");
        Assert.DoesNotContain(analysis.Entities.Values, e => e.Name.Contains("Oslo-led", StringComparison.Ordinal));
    }

    [Fact]
    public void The_newspaper_is_the_daily_the_article_named()
    {
        var analysis = Analyse("The government daily Vestnik said crops need to be reseeded.\n    Without giving figures, the newspaper said: \"A considerable part of the crops must be reseeded.\"");
        Assert.StartsWith("Vestnik ", SpeakerOf(analysis, "A considerable"));
    }

    [Fact]
    public void A_titled_name_with_an_open_apposition_before_the_verb_speaks()
    {
        AssertSpeaker("Tomas Brenn", "We will", "\"We will pass it,\" Harbour committee chairman Tomas Brenn, an Oslo Democrat said.", "Person:Tomas Brenn");
    }

    [Fact]
    public void A_name_in_a_fronted_phrase_is_not_the_subject_after_its_comma()
    {
        var analysis = QuoteFixture.Run("In a letter to Secretary Tomas Brenn, HGA stated its \"strong support\" for the offer.", "Person:Tomas Brenn", "Organization:HGA");
        Assert.NotEqual("Tomas Brenn", QuoteFixture.NameOf(analysis, QuoteFixture.QuoteStarting(analysis, "strong support").SpeakerId));
    }

    [Fact]
    public void A_name_before_several_descriptions_set_off_by_commas_speaks()
    {
        AssertSpeaker("Tomas Brenn", "The market", "Tomas Brenn, president of Holm Securities, a local stockbroking firm with Oslo affiliations, told Reuters, \"The market is calm.\"",
            "Person:Tomas Brenn", "Organization:Holm Securities");
    }

    [Fact]
    public void Several_lower_case_modifiers_and_a_role_before_the_name_after_the_quote()
    {
        AssertSpeaker("Tomas Brenn", "It is a picture", "\"It is a picture of incompetence,\" private political analyst Tomas Brenn told Reuters.", "Person:Tomas Brenn");
    }
}
