using KnowledgeGraph.Core;
using static KnowledgeGraph.Tests.Extraction.Entities.EntityTestSupport;

namespace KnowledgeGraph.Tests.Extraction.Entities;

public class MentionTypingTests
{
    [Theory]
    [InlineData("Trade Minister Olga Varga arrived on Tuesday.", "Olga Varga", EntityType.Person)]
    [InlineData("Finance Minister Kim Mahn-je said the market was small.", "Kim Mahn-je", EntityType.Person)]
    [InlineData("Norland's state oil company Petronor asked the army to leave, Petronor said.", "Petronor", EntityType.Organization)]
    [InlineData("\"We have been here long,\" said a spokesman for <Lindqvist International>, the biggest firm.", "Lindqvist International", EntityType.Organization)]
    [InlineData("The government daily Vestnik Norlanda said crops must be reseeded.", "Vestnik Norlanda", EntityType.Organization)]
    [InlineData("In the paper Brenner wrote that growth was slowing, Economics Minister Tomas Brenner said.", "Tomas Brenner", EntityType.Person)]
    [InlineData("A spokesman for the Kelp Life and Cultivation (KLC) said soil was clean.", "Kelp Life and Cultivation", EntityType.Organization)]
    [InlineData("\"That is a short view,\" said Lawrence Mills, director-general of the Harbour Federation.", "Lawrence Mills", EntityType.Person)]
    [InlineData("\"Prices will rise,\" Chris Hale of Dean Halvorsen said.", "Dean Halvorsen", EntityType.Organization)]
    [InlineData("Ana Ruiz of Brenn and Holm said prices fell.", "Brenn and Holm", EntityType.Organization)]
    [InlineData("Three United Steelworkers of Canada locals rejected the contract, a union representative said.", "United Steelworkers of Canada", EntityType.Organization)]
    [InlineData("Payments stopped today, the Harbour Bank Inspectorate said in a statement.", "Harbour Bank Inspectorate", EntityType.Organization)]
    [InlineData("The Harbin Daily said a drought is affecting farms.", "Harbin Daily", EntityType.Organization)]
    [InlineData("The People's Daily said last Saturday that a drought is affecting farms.", "People's Daily", EntityType.Organization)]
    [InlineData("The Harbour Gazette commented that the minister was wrong.", "Harbour Gazette", EntityType.Organization)]
    [InlineData("The harbour will appeal, council president Oslo E. Brenner said.", "Oslo E. Brenner", EntityType.Person)]
    [InlineData("Prices fell.\n    Lindenas said producers fail to understand the impact.", "Lindenas", EntityType.Person)]
    [InlineData("The Norland Ministry of Kelp Trade and Industry said exports rose.", "Norland Ministry of Kelp Trade and Industry", EntityType.Organization)]
    [InlineData("The Chamber of Kelp Mines said it made proposals.", "Chamber of Kelp Mines", EntityType.Organization)]
    [InlineData("The Federation of Kelp Growers said output rose.", "Federation of Kelp Growers", EntityType.Organization)]
    [InlineData("Petro-Norland, Norland's state-owned oil company, said it will drill two wells.", "Petro-Norland", EntityType.Organization)]
    [InlineData("Varga Automobiles, a division of the car group Holm SA, plans to close a plant.", "Varga Automobiles", EntityType.Organization)]
    [InlineData("Kelpmark, a privately held firm that processes kelp, said the deal stands.", "Kelpmark", EntityType.Organization)]
    [InlineData("The reform is overdue, said Dmitri Orlov, an economist.", "Dmitri Orlov", EntityType.Person)]
    [InlineData("The plan was drafted by Helga Brandt, who chairs the panel.", "Helga Brandt", EntityType.Person)]
    [InlineData("Jean-Luc Moreau told reporters the port would reopen.", "Jean-Luc Moreau", EntityType.Person)]
    [InlineData("Protesters gathered in Tbilisi overnight.", "Tbilisi", EntityType.Location)]
    [InlineData("CAIRO (AFP) - The talks resumed.", "Cairo", EntityType.Location)]
    [InlineData("The festival in Stratford-upon-Avon drew crowds.", "Stratford-upon-Avon", EntityType.Location)]
    [InlineData("The Bank of Portugal raised rates.", "Bank of Portugal", EntityType.Organization)]
    [InlineData("She studied at the University of Lagos for years.", "University of Lagos", EntityType.Organization)]
    [InlineData("Talks with Renwick Holdings collapsed.", "Renwick Holdings", EntityType.Organization)]
    [InlineData("Chancellor of the Exchequer Ivo Marten said rates would hold.", "Ivo Marten", EntityType.Person)]
    [InlineData("Undersecretary of Trade Ivo Marten said rates would hold.", "Ivo Marten", EntityType.Person)]
    [InlineData("Norland's Minister of Mines and Energy Ivo Marten said output would hold.", "Ivo Marten", EntityType.Person)]
    [InlineData("Minister of International Trade and Industry Ivo Marten said the deal was private.", "Ivo Marten", EntityType.Person)]
    [InlineData("Villager Wu said the plant opened in 1975.", "Wu", EntityType.Person)]
    [InlineData("The plan was drafted, the authoritative Harbour Day newspaper said.", "Harbour Day", EntityType.Organization)]
    [InlineData("Talks reached the Nordic Stock Exchanges on Monday.", "Nordic Stock Exchanges", EntityType.Organization)]
    [InlineData("Bank Lestari said it does not intend to hold the shares.", "Bank Lestari", EntityType.Organization)]
    [InlineData("An official at the National Association of Kelp Growers said exports would fall.", "National Association of Kelp Growers", EntityType.Organization)]
    [InlineData("Norland's Minister of Industry and Trade Ivo Marten said exports rose.", "Ivo Marten", EntityType.Person)]
    [InlineData("Secretary of State Ivo Marten and Soviet envoy Lars Olsen met on Monday.", "Ivo Marten", EntityType.Person)]
    [InlineData("The roles of Secretary of State Ivo Marten and Defense Secretary Lars Olsen were criticised.", "Ivo Marten", EntityType.Person)]
    [InlineData("Shares of Danish Express fell after the carrier cut jobs.", "Danish Express", EntityType.Organization)]
    [InlineData("Vestby Express said it would cut 200 jobs.", "Vestby Express", EntityType.Organization)]
    [InlineData("Aid was sent by the Danish Refugee Council.", "Danish Refugee Council", EntityType.Organization)]
    [InlineData("A protest reached the Danish Foreign Ministry.", "Foreign Ministry", EntityType.Organization)]
    [InlineData("A complaint reached the Securities and Exchange Commission.", "Securities and Exchange Commission", EntityType.Organization)]
    [InlineData("Engineers inspected Kelso Dam before the storm.", "Kelso Dam", EntityType.Location)]
    [InlineData("A statement from the Kremlin followed the vote.", "Kremlin", EntityType.Organization)]
    [InlineData("Envoys clashed at the Security Council on Friday.", "UN Security Council", EntityType.Organization)]
    [InlineData("Flooding hit the Tarsk region again.", "Tarsk region", EntityType.Location)]
    [InlineData("Crews flew to the Arctic town of Nordvik.", "Nordvik", EntityType.Location)]
    [InlineData("The Greens doubled their seats.", "Green Party", EntityType.Organization)]
    [InlineData("A Labour spokesman declined to comment.", "Labour Party", EntityType.Organization)]
    [InlineData("Xinhua said the talks were constructive.", "Xinhua", EntityType.Organization)]
    [InlineData("Gen. Marta Ibarra inspected the base.", "Marta Ibarra", EntityType.Person)]
    [InlineData("Her brother, Omid Rahimi, told reporters she was well.", "Omid Rahimi", EntityType.Person)]
    [InlineData("Board chair Ingrid Solberg-Haug opened the meeting.", "Ingrid Solberg-Haug", EntityType.Person)]
    [InlineData("The ceremony is held in Bergen City Hall.", "Bergen City Hall", EntityType.Location)]
    [InlineData("The speech by former premier Theresa May was short.", "Theresa May", EntityType.Person)]
    [InlineData("The clinic was run by Dr. Tobias Wren for a decade.", "Tobias Wren", EntityType.Person)]
    [InlineData("Reporters asked the Treasury for figures.", "Treasury", EntityType.Organization)]
    [InlineData("The Southern Growers Union blocked the highway.", "Southern Growers Union", EntityType.Organization)]
    [InlineData("Two men were detained by the Coast Police Service in Varn.", "Coast Police Service", EntityType.Organization)]
    [InlineData("Smugglers were stopped by the Federal Police near the border.", "Federal Police", EntityType.Organization)]
    [InlineData("Dunmore's Inc said quarterly sales rose 4 pct.", "Dunmore's Inc", EntityType.Organization)]
    [InlineData("The loan was arranged by Nordlandsbank, the lender said.", "Nordlandsbank", EntityType.Organization)]
    [InlineData("Talks with the Screen Actors Guild resumed on Monday.", "Screen Actors Guild", EntityType.Organization)]
    [InlineData("Analyst Ben Ofori of Kestrel Resources said the bid was low.", "Kestrel Resources", EntityType.Organization)]
    [InlineData("Profits at Halloran's Corp fell, and Halloran's shares slipped.", "Halloran's Corp", EntityType.Organization)]
    public void Capitalised_runs_are_typed_by_gazetteer_head_words_and_context(string text, string name, EntityType type)
    {
        var analysis = Recognise(text);
        var entity = Find(analysis, name);
        Assert.True(entity is not null, $"'{name}' not found in: {Describe(analysis)}");
        Assert.Equal(type, entity.Type);
    }

    [Theory]
    [InlineData("Amid the protests, prices rose sharply.", "Amid")]
    [InlineData("Asked about the deal, Mayor Tom Reyes said little.", "Asked")]
    [InlineData("Ahead of the vote, the capital was quiet.", "Ahead")]
    [InlineData("Experts say the drought will last.", "Experts")]
    [InlineData("Officials said the road would reopen.", "Officials")]
    [InlineData("Meanwhile, Morocco and Tunisia signed a pact.", "Meanwhile")]
    [InlineData("On Wednesday the council met in private.", "Wednesday")]
    [InlineData("Before Easter, fares usually rise.", "Easter")]
    [InlineData("The Grand Harmony Festival opened with fireworks.", "Grand Harmony Festival")]
    [InlineData("Trade talks stalled, and trade volumes fell.", "Trade")]
    [InlineData("The envoy answered in Korean and then in English.", "Korean")]
    [InlineData("He met the pair (Centre L) at dinner.", "L")]
    [InlineData("Traders said the market was calm.", "Traders")]
    [InlineData("The XQR index fell by a third.", "XQR")]
    [InlineData("Analysts at the Institute for the World Economy said prices would fall.", "World Economy")]
    [InlineData("Police said the Central district was calm.", "Police")]
    [InlineData("U.S. Undersecretary of State for Trade Ivo Marten said tariffs would stay.", "State")]
    public void Capitalised_words_that_are_not_names_are_not_entities(string text, string notName)
    {
        var analysis = Recognise(text);
        Assert.DoesNotContain(analysis.Entities.Values, e => e.Name == notName || e.Aliases.Contains(notName));
    }

    [Fact]
    public void Sentence_initial_name_is_kept_when_the_article_knows_it()
    {
        var analysis = Recognise("Senator Ruth Okafor opened the hearing. Okafor later left for Nairobi.");
        Assert.Equal(2, Find(analysis, "Ruth Okafor")!.Mentions.Count);
    }

    [Fact]
    public void Headline_words_count_only_when_the_body_or_gazetteer_knows_them()
    {
        var text = "Quispe Quits as Floods Hit Lima Suburbs\n\nLima mayor Rosa Quispe resigned on Friday after floods. Quispe said the city needed new leadership.";
        var analysis = Recognise(text);
        Assert.Equal(3, Find(analysis, "Rosa Quispe")!.Mentions.Count);
        Assert.Equal(2, Find(analysis, "Lima")!.Mentions.Count);
        Assert.DoesNotContain(analysis.Entities.Values, e => e.Name is "Quits" or "Floods" or "Hit" or "Suburbs" or "Lima Suburbs");
    }

    [Fact]
    public void Capitalised_credit_names_become_title_cased_people_with_the_credit_as_alias()
    {
        var analysis = Recognise("The minister waves to supporters. (Photo by MARTA KOWALCZYK / Reuters)");
        var person = Find(analysis, "Marta Kowalczyk");
        Assert.NotNull(person);
        Assert.Equal(EntityType.Person, person.Type);
        Assert.Contains("MARTA KOWALCZYK", person.Aliases);
        Assert.Equal(EntityType.Organization, Find(analysis, "Reuters")!.Type);
    }

    [Fact]
    public void A_possessive_country_is_a_mention_of_the_country_and_not_of_the_title()
    {
        var analysis = Recognise("Peru's President Ana Ruiz spoke in Cusco.");
        Assert.Equal(EntityType.Location, Find(analysis, "Peru")!.Type);
        Assert.Equal(EntityType.Person, Find(analysis, "Ana Ruiz")!.Type);
        Assert.Null(Find(analysis, "President Ana Ruiz"));
    }

    [Fact]
    public void A_royal_title_stays_an_alias_of_the_name()
    {
        var analysis = Recognise("King Olav V opened the bridge.");
        var king = Find(analysis, "Olav V");
        Assert.NotNull(king);
        Assert.Contains("King Olav V", king.Aliases);
    }

    [Fact]
    public void A_capital_used_as_a_place_stays_the_city()
    {
        var analysis = Recognise("The envoy will visit Hanoi next month.");
        var hanoi = Find(analysis, "Hanoi");
        Assert.Equal("City", hanoi!.Subtype);
        Assert.Null(Find(analysis, "Vietnam"));
    }

    [Fact]
    public void A_possessive_short_form_of_a_company_is_the_company_and_not_a_person()
    {
        var analysis = Recognise("Halloran's Corp said profits fell. Halloran's chairman said Halloran would cut jobs.");
        Assert.Equal(3, Find(analysis, "Halloran's Corp")!.Mentions.Count);
        Assert.DoesNotContain(analysis.Entities.Values, e => e.Type == EntityType.Person && e.Name.StartsWith("Halloran", StringComparison.Ordinal));
    }

    [Fact]
    public void A_short_company_name_is_the_company_named_in_full_earlier()
    {
        var analysis = Recognise("Harlow Motor Co said profits rose. Harlow said it would hire 200 workers.");
        var company = Find(analysis, "Harlow Motor Co");
        Assert.Equal(2, company!.Mentions.Count);
        Assert.DoesNotContain(analysis.Entities.Values, e => e.Type == EntityType.Person);
    }

    [Theory]
    [InlineData("Ivo Kelpmark, a 43-year old career spy agency bureaucrat, would go.", "Ivo Kelpmark")]
    [InlineData("A bid by Hollywood producer Ivo Kelpman failed.", "Ivo Kelpman")]
    [InlineData("Leon Kelpmark, with the Harbour Institute study group, said the plan failed.", "Leon Kelpmark")]
    [InlineData("Holm Inc said Kelpmark, the company's vice chairman, made the offer.", "Kelpmark")]
    public void An_apposition_whose_organisation_noun_only_modifies_does_not_make_a_person_an_organisation(string text, string name)
    {
        Assert.NotEqual(EntityType.Organization, Find(Recognise(text), name)?.Type);
    }

    [Fact]
    public void A_name_an_apposition_calls_a_company_is_the_same_organisation_where_only_a_verb_follows_it()
    {
        var analysis = Recognise("Petro-Norland, Norland's state-owned oil company, said it will drill.\n    \"We are confident,\" Petro-Norland said.");
        var entity = Assert.Single(analysis.Entities.Values, e => e.Name == "Petro-Norland");
        Assert.Equal(EntityType.Organization, entity.Type);
    }

    [Fact]
    public void A_body_named_with_of_and_another_name_after_and_stays_two_names()
    {
        var analysis = Recognise("The Bank of Norland and Holmbank agreed on the loan.");
        Assert.NotNull(Find(analysis, "Bank of Norland"));
    }

    [Fact]
    public void A_plural_looking_word_before_said_at_a_sentence_start_is_not_a_name()
    {
        Assert.Null(Find(Recognise("Prices fell.\n    Traders said producers fail to understand the impact."), "Traders"));
    }

    [Fact]
    public void A_ticker_in_angle_brackets_is_no_organisation()
    {
        var analysis = Recognise("Shares of Holm Steel <X> and Kelp Corp <KELP.O> rose.");
        Assert.DoesNotContain(analysis.Entities.Values, e => e.Name is "X" or "KELP.O" or "KELP");
    }
}
