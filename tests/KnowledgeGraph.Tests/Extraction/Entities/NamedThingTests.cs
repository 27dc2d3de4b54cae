using KnowledgeGraph.Core;
using static KnowledgeGraph.Tests.Extraction.Entities.EntityTestSupport;

namespace KnowledgeGraph.Tests.Extraction.Entities;

public class NamedThingTests
{
    [Theory]
    [InlineData("Her grandfather fought in the Second World War as a pilot.", "Second World War", "Event")]
    [InlineData("The veterans of World War II gathered in the square.", "World War II", "Event")]
    [InlineData("Tensions recalled the darkest days of the Cold War, the envoy said.", "Cold War", "Event")]
    [InlineData("Ministers pledged to honour the Lisbon Agreement on emissions.", "Lisbon Agreement", "Law")]
    [InlineData("The court cited the Clean Rivers Act in its ruling.", "Clean Rivers Act", "Law")]
    [InlineData("Delegates marked the anniversary of the Treaty of Bergen on Monday.", "Treaty of Bergen", "Law")]
    [InlineData("The sprinter won gold at the Winter Olympics in February.", "Winter Olympics", "Event")]
    [InlineData("The novelist was awarded the Halvorsen Prize for fiction.", "Halvorsen Prize", "Award")]
    public void Named_wars_treaties_laws_games_and_prizes_are_typed_other(string text, string name, string subtype)
    {
        var analysis = Recognise(text);
        var entity = Find(analysis, name);
        Assert.True(entity is not null, $"'{name}' not found in: {Describe(analysis)}");
        Assert.Equal(EntityType.Other, entity.Type);
        Assert.Equal(subtype, entity.Subtype);
    }

    [Theory]
    [InlineData("Act now, the mayor told residents of Varna.", "Act")]
    [InlineData("War returned to the valley, Lena Dorn said.", "War")]
    [InlineData("The agreement was signed in Lisbon.", "Lisbon Agreement")]
    public void A_head_word_alone_or_in_lower_case_names_nothing(string text, string notName)
    {
        var analysis = Recognise(text);
        Assert.DoesNotContain(analysis.Entities.Values, e => e.Name == notName || e.Type == EntityType.Other);
    }

    [Fact]
    public void A_place_inside_a_treaty_name_is_not_a_mention_of_the_place()
    {
        var analysis = Recognise("Both sides invoked the Paris Agreement again.");
        Assert.Equal(EntityType.Other, Find(analysis, "Paris Agreement")!.Type);
        Assert.Null(Find(analysis, "Paris"));
    }
}
