using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Segmentation;

namespace KnowledgeGraph.Tests.Extraction.Entities;

public class CrossArticleIdentityTests
{
    private static DocumentExtraction Extract(string id, string text)
    {
        var analysis = new DocumentAnalysis(new Document { Id = id, Text = text, Source = "test" });
        new Segmenter().Run(analysis);
        new EntityRecognizer().Run(analysis);
        return analysis.ToExtraction();
    }

    private static IReadOnlyList<Entity> Merge(params DocumentExtraction[] extractions)
    {
        var builder = new GraphBuilder();
        foreach (var e in extractions)
        {
            builder.Add(e);
        }

        return builder.Build().Entities;
    }

    [Fact]
    public void Two_people_sharing_a_surname_with_different_first_names_in_two_articles_stay_two_people()
    {
        var entities = Merge(
            Extract("a", "Economist Paul Hendry praised the budget. Hendry said growth would return."),
            Extract("b", "Senator Ruth Hendry opposed the budget. Hendry said the cuts were too deep."));
        var hendrys = entities.Where(e => e.Type == EntityType.Person && e.Name.EndsWith("Hendry", StringComparison.Ordinal)).ToList();
        Assert.Equal(["Paul Hendry", "Ruth Hendry"], hendrys.Select(e => e.Name).Order());
        Assert.All(hendrys, e => Assert.Equal(2, e.Mentions.Count));
    }

    [Fact]
    public void The_same_person_named_in_full_in_two_articles_is_one_entity()
    {
        var entities = Merge(
            Extract("a", "Finance Minister Petra Novak unveiled the budget."),
            Extract("b", "Critics said Petra Novak had misjudged it. Novak did not reply."));
        var novak = Assert.Single(entities, e => e.Name == "Petra Novak");
        Assert.Equal(3, novak.Mentions.Count);
    }

    [Fact]
    public void A_family_name_alone_in_an_article_without_the_full_name_is_not_merged_into_it()
    {
        var entities = Merge(
            Extract("a", "Lee Jae Sung visited Busan on Monday."),
            Extract("b", "Lee said the plan was sound."));
        Assert.Single(Assert.Single(entities, e => e.Name == "Lee Jae Sung").Mentions);
    }

    [Fact]
    public void One_party_family_in_articles_about_two_countries_stays_two_parties()
    {
        var entities = Merge(
            Extract("a", "The Labour Party lost seats in Ireland."),
            Extract("b", "The Labour Party held Malta."));
        Assert.Equal(2, entities.Count(e => e.Name == "Labour Party"));
    }
}
