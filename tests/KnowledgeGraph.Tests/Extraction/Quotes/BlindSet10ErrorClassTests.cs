using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Tests.Extraction.Quotes;

/// <summary>
/// Error classes of the test6 to test11 sets (development data after their one measurement) fixed in the s10 round,
/// each with our own invented sentences, through the whole pipeline so that the recogniser's names are the ones quoted.
/// </summary>
public class BlindSet10ErrorClassTests
{
    private static DocumentAnalysis Analyse(string text) => Pipeline.CreateDefault().Analyse(new Document
    {
        Id = "s10", Text = text, Source = "s10.txt", Published = QuoteFixture.Published, PublishedSource = PublishedSource.Metadata,
    });

    private static string? SpeakerOf(DocumentAnalysis analysis, string start) =>
        QuoteFixture.NameOf(analysis, QuoteFixture.QuoteStarting(analysis, start).SpeakerId);

    private static void AssertSpeaker(string? expected, string quoteStart, string text) => Assert.Equal(expected, SpeakerOf(Analyse(text), quoteStart));

    [Theory]
    [InlineData("Kelp prices rose on Monday.\n    \"Growth is slowing,\" said Hans van den Brink.\n    He left.", "Hans van den Brink")]
    [InlineData("Kelp prices rose on Monday.\n    \"Growth is slowing,\" added Marco di Fiore of Holm Brothers Inc.\n Reuter", "Marco di Fiore")]
    [InlineData("Marco di Fiore of Holm Brothers said kelp prices rose.\n    \"Growth is slowing,\" said Holm's di Fiore.\n    He left.", "Marco di Fiore")]
    [InlineData("Economy minister Ramon de la Fuente said kelp prices rose.\n    \"Growth is slowing,\" said de la Fuente.\n    He left.", "Ramon de la Fuente")]
    public void A_surname_with_lower_case_particles_names_the_speaker(string text, string speaker)
    {
        Assert.Equal(speaker, SpeakerOf(Analyse(text), "Growth is"));
    }

    [Fact]
    public void An_and_after_a_companys_legal_form_joins_two_companies()
    {
        var analysis = Analyse("The advisers were Holm Grenfell and Co Ltd and S.G. Brenn and Co Ltd, Acme said.\n Reuter");
        Assert.Contains(analysis.Entities.Values, e => e.Name == "Holm Grenfell and Co Ltd");
        Assert.Contains(analysis.Entities.Values, e => e.Name == "S.G. Brenn and Co Ltd");
    }

    [Fact]
    public void A_run_split_after_a_common_word_does_not_open_a_name_with_and()
    {
        var analysis = Analyse("Acme sold debentures through Holm Lynch Capital Markets and Brenn Freres and Co.\n Reuter");
        Assert.DoesNotContain(analysis.Entities.Values, e => e.Name.StartsWith("and ", StringComparison.Ordinal));
        Assert.Contains(analysis.Entities.Values, e => e.Name == "Brenn Freres and Co");
    }

    [Theory]
    [InlineData("\"The drug works,\" panel member Tomas Brenn of the University of Oslo said.", "Tomas Brenn")]
    [InlineData("\"The drug works,\" director Ana Ruiz at Oslo investment bank Holm Spa told Reuters.", "Ana Ruiz")]
    [InlineData("\"The drug works,\" director Ana Ruiz at Oslo investment bank <Holm Kap Spa>, told Reuters.", "Ana Ruiz")]
    [InlineData("\"The drug works,\" union leader Jan Olsen told Reuters.", "Jan Olsen")]
    public void A_role_before_a_name_and_its_employer_after_it_name_the_person(string text, string speaker)
    {
        Assert.Equal(speaker, SpeakerOf(Analyse("Kelp prices rose on Monday.\n    " + text + "\n Reuter"), "The drug"));
    }

    [Fact]
    public void A_countrys_embassy_is_an_organisation_that_speaks_through_its_spokesman()
    {
        var analysis = Analyse("Kelp prices rose on Monday.\n    \"The harvest is poor,\" a Norwegian Embassy spokesman said.\n    Officials at the U.S. Embassy in Oslo met.\n    \"The plan is dead,\" a U.S. Embassy spokesman said.\n Reuter");
        Assert.Equal("U.S. Embassy", SpeakerOf(analysis, "The plan"));
        Assert.DoesNotContain(analysis.Entities.Values, e => e.Name.Contains("Embassy", StringComparison.Ordinal) && e.Type == EntityType.Person);
    }

    [Theory]
    [InlineData("Oslo mayor Ana Ruiz agreed, \"The harbour plan is fine.\"", "Ana Ruiz")]
    [InlineData("\"The harbour plan is fine,\" Ana Ruiz responded.", "Ana Ruiz")]
    [InlineData("\"The harbour plan is fine,\" Holm Kelp Corp alleged.", "Holm Kelp Corp")]
    [InlineData("\"The harbour plan is fine,\" Ana Ruiz detailed.", "Ana Ruiz")]
    public void Verbs_that_frame_a_quote_next_to_its_mark_attribute_it(string text, string speaker)
    {
        Assert.Equal(speaker, SpeakerOf(Analyse("Kelp prices rose on Monday.\n    " + text + "\n Reuter"), "The harbour"));
    }

    [Fact]
    public void Agreed_to_and_the_alleged_are_no_speech_verbs()
    {
        AssertSpeaker("Holm Kelp Corp", "promptly", "Holm Kelp Corp said its dispute with Brenn Fisk AS was settled.\n    As part of the deal, Holm said Brenn Fisk, the rival bidder, agreed to \"promptly\" end its offer.\n Reuter");
    }

    [Theory]
    [InlineData("\"Rates will stay where they are,\" said head of equities at Holm Fleming Securities Co, Mario Brenn.", "Mario Brenn")]
    [InlineData("\"Rates will stay where they are,\" said the group's chief executive, Kjell Rafnsson.", "Kjell Rafnsson")]
    [InlineData("\"Rates will stay where they are,\" said P.S. Tamm of Holm Guaranty Trust.", "P.S. Tamm")]
    public void A_name_after_a_role_description_or_dotted_initials_is_the_speaker(string text, string speaker)
    {
        Assert.Equal(speaker, SpeakerOf(Analyse("Kelp prices rose on Monday.\n    " + text + "\n Reuter"), "Rates will"));
    }

    [Fact]
    public void Dotted_initials_stay_part_of_a_name()
    {
        var analysis = Analyse("Kelp prices rose. W.A. Brenn said profits rose at E.F. Holmsen Group.\n Reuter");
        Assert.Contains(analysis.Entities.Values, e => e.Name == "W.A. Brenn" && e.Type == EntityType.Person);
        Assert.Contains(analysis.Entities.Values, e => e.Name == "E.F. Holmsen Group" && e.Type == EntityType.Organization);
    }

    [Fact]
    public void An_age_before_a_role_still_refers_to_the_person_introduced_with_it()
    {
        AssertSpeaker("Tomas Brenn", "Nothing justifies", "Prime Minister Tomas Brenn said the strike was illegal.\n    \"Nothing justifies violence,\" the 44-year-old prime minister said.\n Reuter");
    }

    [Theory]
    [InlineData("Holm Kelp Corp said it would close its Oslo plant.\n    At Bergen, \"production will end in August,\" the automaker said.", "production will", "Holm Kelp Corp")]
    [InlineData("The Oslo Kelp Exchange proposed new trading rules on Monday.\n    The exchange said, \"The rules will cut volatility.\"", "The rules", "Oslo Kelp Exchange")]
    [InlineData("Kelp prices rose on Monday.\n    One Japanese refiner said, \"At the moment there is a lot of pressure on the growers.\"", "At the moment", null)]
    public void What_a_company_makes_or_does_stands_for_the_company_but_not_for_its_country(string text, string quoteStart, string? speaker)
    {
        Assert.Equal(speaker, SpeakerOf(Analyse(text + "\n Reuter"), quoteStart));
    }

    [Fact]
    public void A_term_the_writer_says_is_called_so_is_no_quote()
    {
        var analysis = Analyse("Holm Kelp Exchange officials noted the practice gives traders a chance to engage in what is called \"front-running\" before orders.\n Reuter");
        Assert.Empty(analysis.Quotes);
    }

    [Fact]
    public void A_communique_speaks_for_a_group_named_with_a_number()
    {
        var analysis = Analyse("The Group of 24 developing countries said in a communique that kelp debt relief is necessary.\n    \"The debt overhang cuts imports,\" the communique said.\n    It added: \"Some kind of relief is necessary.\"\n Reuter");
        Assert.Equal("Group of 24", SpeakerOf(analysis, "The debt overhang"));
        Assert.Equal("Group of 24", SpeakerOf(analysis, "Some kind"));
    }

    [Theory]
    [InlineData("Holm Kreditbank has been ordered to freeze accounts, a Justice Ministry spokesman said.\n    A spokesman for the bank said he was aware of the order.\n    \"Now we have to find out what is on the accounts,\" he said.", "Holm Kreditbank")]
    [InlineData("Holm Bank said it froze the accounts of a trader.\n    \"Now we have to find out what is on the accounts,\" a spokesman for the bank said.", "Holm Bank")]
    [InlineData("Holm Bank said it froze the accounts of a trader.\n    Oslo Kelp Shipping Corp plans to issue shares, a company spokeswoman told Reuters.\n    She said the company had doubled its capital. \"Now we have to find out what is on the accounts,\" she said.", "Oslo Kelp Shipping Corp")]
    [InlineData("The kelp subsidy offer is dead, the Harbour Department source said.\n    \"Now we have to find out what is on the accounts,\" he said.", "Harbour Department")]
    public void An_unnamed_spokesman_or_source_speaks_for_the_body_he_is_described_with(string text, string speaker)
    {
        Assert.Equal(speaker, SpeakerOf(Analyse(text + "\n Reuter"), "Now we have"));
    }

    [Theory]
    [InlineData("Merrill Lynch")]
    [InlineData("Kidder Peabody")]
    [InlineData("Paine Webber")]
    [InlineData("Credit Suisse")]
    public void Brokers_and_banks_named_after_people_are_organisations(string firm)
    {
        var analysis = Analyse($"Kelp futures rose on Monday.\n    {firm} said it expects prices to rise further.\n Reuter");
        Assert.Contains(analysis.Entities.Values, e => e.Name == firm && e.Type == EntityType.Organization);
    }

    [Theory]
    [InlineData("Holm de Zoete Wedd economist Mark Brenn said, \"The rates are not targets.\"", "Mark Brenn")]
    [InlineData("\"The rates are not targets,\" Holm de Zoete Wedd economist Mark Brenn said.", "Mark Brenn")]
    public void A_person_after_a_firm_with_a_particle_in_its_name_is_the_speaker(string text, string speaker)
    {
        Assert.Equal(speaker, SpeakerOf(Analyse("Rates fell in Oslo on Monday.\n    " + text + "\n Reuter"), "The rates"));
    }

    [Fact]
    public void The_firms_spokesman_is_the_spokesman_it_named_and_an_unknown_firms_is_not_another_firms()
    {
        var analysis = Analyse("Holm Kelp Corp said it studies a new division.\n    Holm Kelp spokesman Jerry Brenner told Reuters the study goes on.\n    The Holm Kelp spokesman said, \"We have not decided yet.\"\n    Brennvik chairman Ana Ruiz said profits rose.\n    The Brennvik spokesman said, \"We have no plans.\"\n Reuter");
        Assert.Equal("Jerry Brenner", SpeakerOf(analysis, "We have not"));
        Assert.NotEqual("Holm Kelp Corp", SpeakerOf(analysis, "We have no plans"));
    }

    [Theory]
    [InlineData("\"The deficit is large,\" Norwegian Minister of State Hans Brennvik told reporters.", "Hans Brennvik")]
    [InlineData("\"The deficit is large,\" said Minister of State Hans Brennvik.", "Hans Brennvik")]
    public void A_person_after_a_title_with_of_is_the_speaker(string text, string speaker)
    {
        Assert.Equal(speaker, SpeakerOf(Analyse("Oslo is worried about kelp.\n    " + text + "\n Reuter"), "The deficit"));
    }

    [Fact]
    public void A_time_after_a_document_does_not_hide_its_issuer()
    {
        AssertSpeaker("Oslo Kelp Daily", "Prices must", "The Oslo Kelp Daily wrote about prices.\n    \"Prices must be reformed,\" said an Oslo Kelp Daily editorial this month.\n Reuter");
    }

    [Fact]
    public void A_quote_paragraph_after_an_unnamed_official_of_a_body_goes_on_for_that_body()
    {
        var analysis = Analyse("The kelp subsidy offer is unlikely, the Harbour Department official said.\n    \"We do not want a repetition of last summer.\"\n    Prices fell, one dealer said.\n    \"It is a rout in the kelp pits.\"\n Reuter");
        Assert.Equal("Harbour Department", SpeakerOf(analysis, "We do not want"));
        Assert.Null(SpeakerOf(analysis, "It is a rout"));
    }

    [Fact]
    public void The_title_alone_refers_to_the_person_it_introduced()
    {
        AssertSpeaker("Haakon", "We will defend", "King Haakon met the kelp growers on Monday.\n    The King replied: \"We will defend the price of kelp.\"\n Reuter");
    }

    [Theory]
    [InlineData("Kelp official Ana Brennvik said the deficit fell.\n    She also said harbour policy is right, adding, \"We are on track with kelp.\"", "Ana Brennvik")]
    [InlineData("Kelp official Ana Brennvik said the deficit fell.\n    She said the outlook was poor, saying \"we are on track with kelp, but slowly.\"", "Ana Brennvik")]
    [InlineData("Tomas Brenn said, \"well it won't be today,\" and then added, \"we are on track with kelp.\"", "Tomas Brenn")]
    public void A_participle_or_a_coordinated_verb_takes_the_speaker_of_its_clause(string text, string speaker)
    {
        var analysis = Analyse(text + "\n Reuter");
        Assert.Equal(speaker, SpeakerOf(analysis, analysis.Quotes[^1].Text[..6]));
    }

    [Fact]
    public void A_title_that_opens_a_longer_title_refers_to_the_person_it_introduced()
    {
        AssertSpeaker("Tomas Brenn", "Growth will", "Chancellor of the Exchequer Tomas Brenn presented the kelp budget.\n    \"Growth will be strong,\" the Chancellor told Parliament.\n Reuter");
    }

    [Fact]
    public void The_agency_is_a_government_body_that_spoke_before()
    {
        AssertSpeaker("Statistics Canada", "Increased harbour", "Kelp output rose 79 pct in the fourth quarter, Statistics Canada said.\n    \"Increased harbour construction helped,\" the federal agency said.\n Reuter");
    }

    [Fact]
    public void The_executive_is_the_person_just_quoted_unless_an_unnamed_one_was()
    {
        var analysis = Analyse("Holm Kelp Corp treasurer Fred Brenner said the fund would sell bonds.\n    \"Equities will be half of the portfolio,\" Brenner said.\n    \"Interest rates are not coming down,\" the executive said.\n    An analyst of kelp at the Harbour Board noted that the Oslo Daily said output would rise.\n    \"This indicates a smaller crop,\" the analyst said.\n Reuter");
        Assert.Equal("Fred Brenner", SpeakerOf(analysis, "Interest rates"));
        Assert.NotEqual("Fred Brenner", SpeakerOf(analysis, "This indicates"));
    }

    [Fact]
    public void The_exchange_is_not_a_commission_with_exchange_inside_its_name()
    {
        AssertSpeaker("New York Kelp Exchange", "The changes", "The New York Kelp Exchange proposed rule changes to the Securities and Exchange Commission for approval.\n    The exchange said, \"The changes will cut volatility.\"\n Reuter");
    }

    [Fact]
    public void A_departments_acronym_puts_the_department_before_its_portfolio()
    {
        AssertSpeaker("U.S. Kelp Department", "Purchases will", "The U.S. Kelp Department said purchases rose.\n    \"Purchases will rise,\" USDK said.\n Reuter");
    }

    [Fact]
    public void An_official_of_an_agency_a_department_owns_speaks_for_the_agency_and_a_spokesman_at_a_firms_office_for_the_firm()
    {
        var analysis = Analyse("U.S. Kelp Department officials said there was no substance to the reports.\n    \"It's pure fiction,\" said one senior official at USDK's Foreign Kelp Service.\n    A spokesman for Brenn Matheson Holdings Ltd said he could not comment.\n    \"I cannot comment,\" the spokesman at Brenn's London office said.\n Reuter");
        Assert.Equal("Foreign Kelp Service", SpeakerOf(analysis, "It's pure"));
        Assert.Equal("Brenn Matheson Holdings Ltd", SpeakerOf(analysis, "I cannot"));
    }

    [Fact]
    public void He_after_the_state_democrat_said_is_the_legislator_named_before()
    {
        var analysis = Analyse("Senate Kelp Committee chairman William Brennmire says the kelp system is sound.\n    In a statement, the Wisconsin\nDemocrat said that 50 farms had failed. \"At that pace, 200 farms will fail this year,\" he said.\n Reuter");
        Assert.Equal("William Brennmire", SpeakerOf(analysis, "At that pace"));
        Assert.DoesNotContain(analysis.Entities.Values, e => e.Name == "Democrat");
    }

    [Theory]
    [InlineData("\"He is a victim,\" said former Oslo Sen. and Brenn confidant Paul Laxvik.", "Paul Laxvik")]
    [InlineData("\"He is a victim,\" said Vice Chairman and Chief Financial Officer Frank Neuberg.", "Frank Neuberg")]
    [InlineData("\"He is a victim,\" said retired Adm. Eugene Carrvik of the Harbour Center for Defense Information.", "Eugene Carrvik")]
    public void Titles_and_roles_after_the_verb_lead_to_the_person_who_ends_the_clause(string text, string speaker)
    {
        Assert.Equal(speaker, SpeakerOf(Analyse("Kelp prices rose on Monday.\n    " + text + "\n Reuter"), "He is a victim"));
    }

    [Fact]
    public void A_romanised_given_name_keeps_its_long_hyphenated_syllable()
    {
        AssertSpeaker("Lo Ka-shing", "Looking ahead", "Kelp magnate Lo Ka-shing said profits rose.\n    \"Looking ahead, 1987 should be stable,\" Lo said.\n Reuter");
    }
}
