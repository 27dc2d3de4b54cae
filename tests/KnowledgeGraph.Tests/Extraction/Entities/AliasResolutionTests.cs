using KnowledgeGraph.Core;
using static KnowledgeGraph.Tests.Extraction.Entities.EntityTestSupport;

namespace KnowledgeGraph.Tests.Extraction.Entities;

public class AliasResolutionTests
{
    [Theory]
    [InlineData("Finance Minister Petra Novak unveiled the budget. Novak said taxes would not rise.", "Petra Novak", 2)]
    [InlineData("Lee Jae Sung met investors in Busan. Lee said the plan was sound.", "Lee Jae Sung", 2)]
    [InlineData("Premier Zhao Wen spoke first. Later Zhao toured a factory.", "Zhao Wen", 2)]
    [InlineData("Finance Minister Javier Nogales Iturri spoke first. Later Nogales said talks went well.", "Javier Nogales Iturri", 2)]
    [InlineData("Wang Jiaming met the envoy on Monday. Wang said the talks went well.", "Wang Jiaming", 2)]
    [InlineData("Trade Minister Pyo Dong-hun met the envoy on Monday. Pyo said exports would rise.", "Pyo Dong-hun", 2)]
    [InlineData("Prime Ministers Liang Wenbo of China and Tomas Brenn of Norway signed the accord. Liang said it was fair.", "Liang Wenbo", 2)]
    [InlineData("Gao Weiming, an official of the county office, spoke first. Later Gao toured a factory.", "Gao Weiming", 2)]
    [InlineData("Transport Minister Aline Sou Bamba met traders on Monday. Sou Bamba said prices would recover.", "Aline Sou Bamba", 2)]
    [InlineData("The U.S. and Mexico agreed. United States officials said the US would pay.", "United States", 3)]
    [InlineData("Police in Kiev said the square in Kyiv was closed.", "Kyiv", 2)]
    [InlineData("Engineers inspected Kelso Dam on Monday. Water at Kelso rose overnight.", "Kelso Dam", 2)]
    [InlineData("General Yasir Omar al-Mahdi met envoys. Mahdi said the truce would hold.", "Yasir Omar al-Mahdi", 2)]
    [InlineData("The Coastal Defence Forces (CDF) took the port. CDF units then withdrew.", "Coastal Defence Forces", 3)]
    [InlineData("The U.N. Fisheries and Oceans Organisation (FOO) met. FOO said stocks fell.", "U.N. Fisheries and Oceans Organisation", 3)]
    [InlineData("The Vestland Labour Party (PTV) backed the plan. The PTV said it would vote for it.", "Vestland Labour Party", 3)]
    [InlineData("Kelp Harvest Forecasters Pty Ltd (KHF) cut its estimate. KHF said rain was short.", "Kelp Harvest Forecasters Pty Ltd", 3)]
    [InlineData("David M. Holland, president of the kelp venture, spoke on Monday. Holland said the network would grow.", "David M. Holland", 2)]
    public void Short_and_alternative_names_resolve_to_the_full_name_in_the_article(string text, string name, int mentions)
        => AssertOneEntity(text, name, mentions);

    [Theory]
    [InlineData("The Bank of Lakeland Corp said it would sell assets. A Bank of Lakeland spokesman declined to comment.", "Bank of Lakeland Corp", 2)]
    [InlineData("Meridian Freight Inc cut 300 jobs. Meridian Freight shares fell.", "Meridian Freight Inc", 2)]
    [InlineData("Tarn Foods Spa cut 300 jobs. Tarn Foods shares fell.", "Tarn Foods Spa", 2)]
    [InlineData("Siemens Industrie cut 300 jobs. A Siemens spokesman declined to comment.", "Siemens Industrie", 2)]
    [InlineData("The Northern Steamship Co Ltd said it would sell assets. Norsteam said prices were too high.", "Northern Steamship Co Ltd", 2)]
    [InlineData("Trading at the Grain Exchange was slow. Grainex said volume fell.", "Grain Exchange", 2)]
    [InlineData("Texas Kelp Processors Inc said staff returned. Last week, Texas Kelp said it would lift a lockout.", "Texas Kelp Processors Inc", 2)]
    [InlineData("Holm Faber Plc chairman Tomas Brenn said it would weigh any bid. In a statement, Faber said it would wait.", "Holm Faber Plc", 2)]
    [InlineData("Samuel Kelpagu and Co Ltd said gold would rise. Later Kelpagu said it would lag.", "Samuel Kelpagu and Co Ltd", 2)]
    [InlineData("J.C. Brenney Co Inc said sales rose. Brenney said sales would rise again.", "J.C. Brenney Co Inc", 2)]
    [InlineData("Showa Kelp Sekiyu KK cut prices. Showa Kelp said the price was fair.", "Showa Kelp Sekiyu KK", 2)]
    [InlineData("Kelpola Oy cut prices. Kelpola said the price was fair.", "Kelpola Oy", 2)]
    public void A_company_name_without_its_legal_form_or_blended_is_the_same_company(string text, string name, int mentions)
        => AssertOneEntity(text, name, mentions);

    [Theory]
    [InlineData("The Canadian Kelp Board said prices rose. Later the Kelp Board said prices would rise.", "Canadian Kelp Board", 2)]
    [InlineData("The House Kelp and Means Committee met on Monday. The Kelp and Means Committee said taxes would rise.", "House Kelp and Means Committee", 2)]
    [InlineData("Royal Kelp Bank of Norway cut its rates. Royal Kelp Bank said deposits rose.", "Royal Kelp Bank of Norway", 2)]
    [InlineData("Merrill Lynch and Co Inc said it was angry about the kelp trades. Merrill Lynch said it did not benefit.", "Merrill Lynch and Co Inc", 2)]
    public void The_start_or_end_of_one_longer_organisation_name_is_that_organisation(string text, string name, int mentions)
        => AssertOneEntity(text, name, mentions);

    [Fact]
    public void A_center_is_an_organisation()
    {
        var analysis = Recognise("Prices rose, the Kelp Policy Center said.");
        Assert.True(Find(analysis, "Kelp Policy Center") is { Type: EntityType.Organization }, Describe(analysis));
    }

    [Theory]
    [InlineData("First Harbor Bancorp of Ohio, which lost money, said it would sell assets.", "First Harbor Bancorp of Ohio")]
    [InlineData("Shares of Western Steel Co of Canada fell on Monday.", "Western Steel Co of Canada")]
    public void A_company_head_word_then_of_and_a_place_is_one_company_name(string text, string name)
    {
        var analysis = Recognise(text);
        Assert.True(Find(analysis, name) is { Type: EntityType.Organization }, Describe(analysis));
    }

    [Theory]
    [InlineData("First Meridian Bancorp of Ohio lost money. Its unit, Meridian National Bank of Ohio, was sold. Later, First Meridian said it would cut jobs.", "First Meridian Bancorp of Ohio")]
    [InlineData("Northern Lakes Bancorp of Iowa lost money. Lakes Savings Bank of Iowa was sold. Later, Northern Lakes said it would cut jobs.", "Northern Lakes Bancorp of Iowa")]
    public void A_short_form_opening_with_a_common_word_is_the_company_it_opens(string text, string name)
    {
        var analysis = Recognise(text);
        var entity = Find(analysis, name);
        Assert.True(entity is not null, Describe(analysis));
        Assert.Equal(2, entity.Mentions.Count);
    }

    [Fact]
    public void A_family_name_alone_does_not_invent_a_full_name_the_article_does_not_give()
    {
        var analysis = Recognise("Lee said the plan was sound.");
        Assert.DoesNotContain(analysis.Entities.Values, e => e.Name.StartsWith("Lee ", StringComparison.Ordinal));
        Assert.Equal(EntityType.Person, Find(analysis, "Lee")!.Type);
    }

    [Fact]
    public void A_given_name_alone_does_not_resolve_to_a_western_full_name()
    {
        var analysis = Recognise("Economist Paul Hendry praised the budget. Paul said nothing else.");
        Assert.Single(Find(analysis, "Paul Hendry")!.Mentions);
    }

    [Fact]
    public void Two_people_sharing_a_surname_stay_two_entities_and_the_nearest_wins()
    {
        var text = "Economist Paul Hendry praised the budget. Senator Ruth Hendry opposed it. Hendry said the cuts were too deep.";
        var analysis = Recognise(text);
        var paul = Find(analysis, "Paul Hendry");
        var ruth = Find(analysis, "Ruth Hendry");
        Assert.NotNull(paul);
        Assert.NotNull(ruth);
        Assert.NotEqual(paul.Id, ruth.Id);
        Assert.Single(paul.Mentions);
        Assert.Equal(2, ruth.Mentions.Count);
    }

    [Fact]
    public void Entity_ids_are_type_and_canonical_name_so_articles_merge_by_id()
    {
        var first = Recognise("Finance Minister Petra Novak unveiled the budget.");
        var second = Recognise("Novak, a former banker, was blamed. Critics said Petra Novak had misjudged it.");
        var id = StableId.ForEntity(EntityType.Person, "Petra Novak");
        Assert.True(first.Entities.ContainsKey(id));
        Assert.True(second.Entities.ContainsKey(id));
    }

    [Fact]
    public void Two_people_sharing_given_names_but_not_family_names_stay_apart()
    {
        var analysis = Recognise("Army chief Abdel Karim al-Nour met President Abdel Karim el-Hadi in Khartoum.");
        Assert.NotNull(Find(analysis, "Abdel Karim al-Nour"));
        Assert.NotNull(Find(analysis, "Abdel Karim el-Hadi"));
    }

    [Fact]
    public void A_party_named_by_its_members_is_the_party()
    {
        var analysis = Recognise("The Conservative Party won the vote. The Conservatives celebrated, and Tory leader Anne Walsh thanked voters.");
        var party = Find(analysis, "Conservative Party");
        Assert.NotNull(party);
        Assert.Equal(3, party.Mentions.Count);
    }

    [Fact]
    public void A_demonym_links_to_its_country()
    {
        var analysis = Recognise("Mexican officials met Canadian diplomats in Ottawa.");
        Assert.Equal(["Mexican"], Find(analysis, "Mexico")!.Aliases);
        Assert.Equal(["Canadian"], Find(analysis, "Canada")!.Aliases);
    }

    [Fact]
    public void An_acronym_after_a_comma_is_not_taken_for_the_name_before_it()
    {
        var analysis = Recognise("In a letter to the Vestland Labour Party, NASX chairman Ole Berg said the rule was fair.");
        var party = Find(analysis, "Vestland Labour Party");
        Assert.True(party is not null, Describe(analysis));
        Assert.DoesNotContain("NASX", party.Aliases);
    }

    [Theory]
    [InlineData("International Business Machines Corp said sales rose. IBM said costs fell.", "International Business Machines Corp", 2)]
    [InlineData("Northfield Cable Networks Inc said sales rose. NCN said costs fell.", "Northfield Cable Networks Inc", 2)]
    [InlineData("Norland Electric Power Corp (Nepco) delayed the contracts. NEPCO said talks went on. Nepco said a deal was near.", "Norland Electric Power Corp", 4)]
    [InlineData("The U.S. Department of Fisheries rejected the plan on Friday. The DOF said the filing was late.", "U.S. Department of Fisheries", 2)]
    public void An_acronym_is_the_name_the_article_spells_out(string text, string name, int mentions)
        => AssertOneEntity(text, name, mentions);

    [Fact]
    public void An_acronym_two_names_of_the_article_share_stays_apart()
    {
        var analysis = Recognise("Granite Motors Corp and Golden Mills Inc both reported profits. GM said margins widened.");
        Assert.Single(Find(analysis, "Granite Motors Corp")!.Mentions);
        Assert.Single(Find(analysis, "Golden Mills Inc")!.Mentions);
    }

    [Fact]
    public void A_family_name_then_a_number_is_a_field_not_a_person()
    {
        var analysis = Recognise("Output at the Cao Lin 4-2 well rose to 900 barrels a day.");
        Assert.False(Find(analysis, "Cao Lin") is { Type: EntityType.Person }, Describe(analysis));
    }

    [Theory]
    [InlineData("Bank president Helmut Brandauer spoke on Monday. Later Brandaeur said rates would hold.", "Helmut Brandauer")]
    [InlineData("Analyst Rhona Kettleby said sales fell. Kettelby said costs rose.", "Rhona Kettleby")]
    [InlineData("Minister Jaime Ostrava said talks went well. Ostava said a deal was near.", "Jaime Ostrava")]
    public void A_misspelt_surname_is_the_person_the_article_names(string text, string name)
    {
        var analysis = Recognise(text);
        var entity = Find(analysis, name);
        Assert.True(entity is not null, Describe(analysis));
        Assert.Equal(2, entity.Mentions.Count);
    }

    [Fact]
    public void A_near_spelling_the_article_titles_more_often_is_another_person()
    {
        var analysis = Recognise("Budget director Paul Marten met President Martens on Monday. Mrs Martens was there. Martens said the talks were useful.");
        Assert.Single(Find(analysis, "Paul Marten")!.Mentions);
    }

    [Fact]
    public void A_legal_form_in_brackets_is_no_short_name()
    {
        var analysis = Recognise("Harbour Holdings (Pte) Ltd bought the stake. Brenn Trading (Pte) Ltd sold it.");
        Assert.DoesNotContain(analysis.Entities.Values, e => e.Aliases.Contains("Pte"));
    }

    [Fact]
    public void A_titled_person_and_an_organisation_are_two_names()
    {
        var analysis = Recognise("They met Harbour Board chairman Peter Brenn and International Kelp Fund director Ana Ruiz.");
        Assert.NotNull(Find(analysis, "Peter Brenn"));
        Assert.NotNull(Find(analysis, "International Kelp Fund"));
    }

    [Fact]
    public void A_company_keeps_the_name_it_had_when_the_article_was_written()
    {
        var analysis = Recognise("Exxon Corp said it would sell assets. Exxon said prices fell.");
        Assert.Equal(2, Find(analysis, "Exxon Corp")?.Mentions.Count);
        Assert.DoesNotContain(analysis.Entities.Values, e => e.Name == "ExxonMobil");
    }

    [Fact]
    public void The_end_of_a_longer_name_before_an_acronym_is_not_a_name_of_its_own()
    {
        var analysis = Recognise("The Organisation for Kelp Cooperation and Development (OKCD) met in Oslo.");
        Assert.Null(Find(analysis, "Kelp Cooperation and Development"));
    }

    [Theory]
    [InlineData("The deficit will grow, the Kelpmark Intelligence Unit (KIU ) said. The KIU said rates would fall.", "Kelpmark Intelligence Unit")]
    [InlineData("The Norland International Kelp Exchange Ltd, NIKEX, said it would list options. NIKEX said trading starts in May.", "Norland International Kelp Exchange Ltd")]
    [InlineData("Growth will slow, the Organisation for Kelp Cooperation and Development (OKCD) said here. The OKCD said so again.", "Organisation for Kelp Cooperation and Development")]
    public void An_acronym_spelled_out_before_it_is_one_organisation(string text, string name)
    {
        var analysis = Recognise(text);
        var entity = analysis.Entities.Values.FirstOrDefault(e => e.Name == name || e.Aliases.Contains(name));
        Assert.True(entity is { Type: EntityType.Organization }, Describe(analysis));
        Assert.True(entity.Mentions.Count >= 2, Describe(analysis));
        Assert.DoesNotContain(analysis.Entities.Values, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void A_term_spelled_out_before_its_acronym_is_no_organisation()
    {
        var analysis = Recognise("Prices of West Norland Intermediate (WNI) rose on Monday.");
        Assert.DoesNotContain(analysis.Entities.Values, e => e.Type == EntityType.Organization && e.Name.Contains("Intermediate", StringComparison.Ordinal));
    }

    // The article's name for the entity, with every one of its mentions.
    private static void AssertOneEntity(string text, string name, int mentions)
    {
        var analysis = Recognise(text);
        var entity = Find(analysis, name);
        Assert.True(entity is not null, $"'{name}' not found in: {Describe(analysis)}");
        Assert.Equal(mentions, entity.Mentions.Count);
    }
}
