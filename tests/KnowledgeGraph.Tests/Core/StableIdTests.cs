using KnowledgeGraph.Core;

namespace KnowledgeGraph.Tests.Core;

public class StableIdTests
{
    [Theory]
    [InlineData("Jean-Marc Léger", "jean marc leger")]
    [InlineData("  Kim   Jong Un ", "kim jong un")]
    [InlineData("Russia's", "russias")]
    public void Names_normalise_without_case_accents_or_punctuation(string name, string expected)
    {
        Assert.Equal(expected, StableId.NormaliseName(name));
    }

    [Fact]
    public void Entity_ids_depend_on_type_and_normalised_name_only()
    {
        Assert.Equal(StableId.ForEntity(EntityType.Person, "Jean-Marc Leger"), StableId.ForEntity(EntityType.Person, "jean marc  LEGER"));
        Assert.NotEqual(StableId.ForEntity(EntityType.Person, "Georgia"), StableId.ForEntity(EntityType.Location, "Georgia"));
    }
}
