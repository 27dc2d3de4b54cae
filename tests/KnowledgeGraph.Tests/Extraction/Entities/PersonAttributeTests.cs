using static KnowledgeGraph.Tests.Extraction.Entities.EntityTestSupport;

namespace KnowledgeGraph.Tests.Extraction.Entities;

public class PersonAttributeTests
{
    [Theory]
    [InlineData("Defence Secretary Alan Pryce, 61, visited the troops.", "Alan Pryce", "title", "Defence Secretary")]
    [InlineData("Defence Secretary Alan Pryce, 61, visited the troops.", "Alan Pryce", "age", "61")]
    [InlineData("Economist Maria Lind of the University of Oslo said growth would slow.", "Maria Lind", "affiliation", "University of Oslo")]
    [InlineData("Growth will slow, said Omar Haddad, a senior analyst at the Gulf Research Institute.", "Omar Haddad", "title", "senior analyst")]
    [InlineData("Growth will slow, said Omar Haddad, a senior analyst at the Gulf Research Institute.", "Omar Haddad", "affiliation", "Gulf Research Institute")]
    [InlineData("Brazilian President Lucas Farias spoke at the summit.", "Lucas Farias", "nationality", "Brazil")]
    [InlineData("Bank of Norway Governor Lars Olsen has ruled out a cut.", "Lars Olsen", "affiliation", "Bank of Norway")]
    [InlineData("Brazilian President Lucas Farias spoke at the summit.", "Lucas Farias", "title", "President")]
    [InlineData("Kenya's foreign minister Grace Wanjiru arrived late.", "Grace Wanjiru", "title", "foreign minister")]
    [InlineData("Kenya's foreign minister Grace Wanjiru arrived late.", "Grace Wanjiru", "nationality", "Kenya")]
    [InlineData("The bill was opposed by Nadia Petrov, Orlov's former defence minister, on Monday.", "Nadia Petrov", "title", "former defence minister")]
    [InlineData("Labour leader Keith Marlow conceded defeat.", "Keith Marlow", "title", "Labour leader")]
    [InlineData("Labour leader Keith Marlow conceded defeat.", "Keith Marlow", "affiliation", "Labour Party")]
    [InlineData("Prime Minister of Norway Erik Dahl opened the talks.", "Erik Dahl", "title", "Prime Minister")]
    [InlineData("Secretary of State Mara Quinlan said the measures were final.", "Mara Quinlan", "title", "Secretary of State")]
    [InlineData("Prime Minister of Norway Erik Dahl opened the talks.", "Erik Dahl", "nationality", "Norway")]
    [InlineData("Acme Rail Corp Chief Executive Ian Booth resigned.", "Ian Booth", "affiliation", "Acme Rail Corp")]
    [InlineData("The result pleased pollster Ines Duarte.", "Ines Duarte", "title", "pollster")]
    [InlineData("The order came from Gen. Marta Ibarra on Monday.", "Marta Ibarra", "title", "Gen")]
    [InlineData("Rivers will rise, said Hendrik Maas, a hydrologist at Delft University of Technology.", "Hendrik Maas", "title", "hydrologist")]
    [InlineData("Xu Lan, China's trade envoy, left early.", "Xu Lan", "nationality", "China")]
    [InlineData("The victory belongs to Governor General Lina Haas.", "Lina Haas", "title", "Governor General")]
    public void Attributes_are_read_from_titles_appositives_and_ages(string text, string name, string attribute, string value)
    {
        var analysis = Recognise(text);
        var values = Attribute(analysis, name, attribute);
        Assert.True(values.Contains(value), $"{name}.{attribute}: got [{string.Join(", ", values)}] in {Describe(analysis)}");
    }

    [Fact]
    public void A_place_in_a_compound_adjective_is_not_an_affiliation()
    {
        var analysis = Recognise("Ana Lima, director of the Lisbon-based policy group, said prices would rise.");
        Assert.Empty(Attribute(analysis, "Ana Lima", "affiliation"));
        Assert.Equal(["director"], Attribute(analysis, "Ana Lima", "title"));
    }

    [Fact]
    public void An_age_read_after_a_surname_goes_to_the_full_name()
    {
        var analysis = Recognise("Mayor Tom Reyes won again. Reyes, 48, thanked voters.");
        Assert.Equal(["48"], Attribute(analysis, "Tom Reyes", "age"));
    }

    [Fact]
    public void Attribute_evidence_spans_lie_inside_the_text()
    {
        var text = "Brazilian President Lucas Farias, 57, spoke at the summit.";
        var analysis = Recognise(text);
        foreach (var a in analysis.Entities.Values.SelectMany(e => e.Attributes))
        {
            Assert.InRange(a.Span.Start, 0, text.Length);
            Assert.InRange(a.Span.End, a.Span.Start, text.Length);
        }
    }
}
