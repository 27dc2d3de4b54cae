namespace KnowledgeGraph.Tests.Extraction.Quotes;

/// <summary>General error classes seen on an unseen news set, each with our own invented sentences.</summary>
public class BlindSetErrorClassTests
{
    private const string Entities = "Person:Ana Ruiz|Person:Tomas Brenn|Organization:Holm Bank|Organization:Holm Motors|Organization:Weatherline Inc|Organization:Harbour Board|Location:Vestby";

    [Fact]
    public void A_partial_quote_whose_subject_is_an_org_role_and_a_name_goes_to_the_person()
    {
        var analysis = QuoteFixture.Run("Later, Harbour Board spokesman Tomas Brenn defended the new fees and said port officials \"do not expect this to hurt the trade.\"", Entities.Split('|'));
        Assert.Equal("Tomas Brenn", QuoteFixture.NameOf(analysis, QuoteFixture.QuoteStarting(analysis, "do not expect").SpeakerId));
    }

    [Fact]
    public void A_pronoun_after_an_according_to_attribution_goes_to_that_person()
    {
        var analysis = QuoteFixture.Run("According to Tomas Brenn, a lawyer for Holm Bank, the appeal will fail.\n\n\"The court has no case at all,\" he said.", Entities.Split('|'));
        Assert.Equal("Tomas Brenn", QuoteFixture.NameOf(analysis, QuoteFixture.QuoteStarting(analysis, "The court").SpeakerId));
    }

    [Fact]
    public void It_said_goes_to_the_organisation_that_spoke_before()
    {
        var analysis = QuoteFixture.Run("Private forecaster Weatherline Inc reported today that most of Vestby stayed dry over the weekend.\n\n\"Rain would help the crop a great deal this week,\" it said.", Entities.Split('|'));
        Assert.Equal("Weatherline Inc", QuoteFixture.NameOf(analysis, QuoteFixture.QuoteStarting(analysis, "Rain would").SpeakerId));
    }

    [Theory]
    [InlineData("\"We must not forget the workers in the plants,\" warns Holm Motors managing director Tomas Brenn.")]
    [InlineData("\"We must not forget the workers in the plants,\" says chief economist Tomas Brenn.")]
    public void An_inverted_present_tense_verb_with_titles_goes_to_the_name_after_them(string text)
    {
        var analysis = QuoteFixture.Run(text, Entities.Split('|'));
        Assert.Equal("Tomas Brenn", QuoteFixture.NameOf(analysis, QuoteFixture.QuoteStarting(analysis, "We must").SpeakerId));
    }

    [Fact]
    public void A_role_noun_with_an_adjective_refers_back_to_the_person_introduced_with_that_role()
    {
        var analysis = QuoteFixture.Run("Later, Harbour Board spokesman Tomas Brenn defended the new fees.\n\n\"It is the first time the port has raised them in a decade,\" the senior spokesman added.", Entities.Split('|'));
        Assert.Equal("Tomas Brenn", QuoteFixture.NameOf(analysis, QuoteFixture.QuoteStarting(analysis, "It is the first").SpeakerId));
    }

    [Fact]
    public void A_pronoun_after_a_role_noun_back_reference_goes_to_the_same_person()
    {
        var analysis = QuoteFixture.Run("Later, Harbour Board spokesman Tomas Brenn defended the new fees.\n\n\"It is the first time the port has raised them in a decade,\" the senior spokesman added.\n\n\"We do not want higher costs ... We do not want a price war,\" he said.", Entities.Split('|'));
        Assert.Equal("Tomas Brenn", QuoteFixture.NameOf(analysis, QuoteFixture.QuoteStarting(analysis, "We do not").SpeakerId));
    }

    [Fact]
    public void It_said_goes_to_an_agency_that_spoke_though_the_recogniser_missed_it()
    {
        var analysis = QuoteFixture.Run("Exports from Vestby rose 4.1 pct in May, the Vestby Grain Press Agency said.\n\nShipments to the north also rose.\n\nThe agency said the rise was due to a weak year before. \"No real gain was made in the harvest,\" it said.", Entities.Split('|'));
        Assert.Equal("Vestby Grain Press Agency", QuoteFixture.NameOf(analysis, QuoteFixture.QuoteStarting(analysis, "No real gain").SpeakerId));
    }

    [Fact]
    public void A_pronoun_after_according_to_goes_to_a_name_the_recogniser_took_for_a_place_when_its_apposition_gives_a_role()
    {
        var analysis = QuoteFixture.Run("The bank cited a ruling in Vestby as \"clear proof that the claim is wrong,\" according to Marta Lind, a Holm Bank attorney with a local firm.\n\n\"The court in Vestby ruled on facts much like ours,\" she said.", [.. Entities.Split('|'), "Location:Marta Lind"]);
        Assert.Equal("Marta Lind", QuoteFixture.NameOf(analysis, QuoteFixture.QuoteStarting(analysis, "The court in").SpeakerId));
    }

    [Fact]
    public void The_statement_speaks_for_the_bracketed_company_that_issued_it()
    {
        var analysis = QuoteFixture.Run("Tomas Brenn, chief of <SV\nKarvik>, has resigned, the company said.\n\nBrenn would stay on at the parent group, Karvik said in a statement. \"An audit has run at Karvik for a year and Brenn has chosen to step aside,\" the statement said.", [.. Entities.Split('|'), "Person:Karvik"]);
        Assert.Equal("SV Karvik", QuoteFixture.NameOf(analysis, QuoteFixture.QuoteStarting(analysis, "An audit").SpeakerId));
    }

    [Fact]
    public void Said_in_a_statement_is_read_across_a_line_break()
    {
        var analysis = QuoteFixture.Run("Tomas Brenn will stay on at the parent group, Holm Bank said in a\nstatement. \"An audit has run for a year and Brenn has chosen to step aside,\" the statement said.", Entities.Split('|'));
        Assert.Equal("Holm Bank", QuoteFixture.NameOf(analysis, QuoteFixture.QuoteStarting(analysis, "An audit").SpeakerId));
    }

    [Fact]
    public void But_said_colon_goes_to_the_subject_past_a_quoted_show_name_in_its_apposition()
    {
        var analysis = QuoteFixture.Run("Tomas Brenn, who runs the Harbour Board, said the port would reopen.\n\nBrenn, on the Vestby radio show \"Morning Tide,\" did not comment directly on the report, but said: \"The port is safe, the port is open, and the port will stay open.\"", Entities.Split('|'));
        Assert.Equal("Tomas Brenn", QuoteFixture.NameOf(analysis, QuoteFixture.QuoteStarting(analysis, "The port is safe").SpeakerId));
    }
}
