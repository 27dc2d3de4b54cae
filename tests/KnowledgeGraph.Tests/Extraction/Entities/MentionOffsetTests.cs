using CsCheck;
using KnowledgeGraph.Core;
using static KnowledgeGraph.Tests.Extraction.Entities.EntityTestSupport;

namespace KnowledgeGraph.Tests.Extraction.Entities;

public class MentionOffsetTests
{
    private static readonly string[] Sentences =
    [
        "Finance Minister Petra Novak unveiled the budget.",
        "Novak, 52, said taxes would not rise.",
        "Protests spread from Lyon to Marseille's port.",
        "A US-led coalition met at the UN General Assembly.",
        "Lee Jae Sung visited Busan; Lee praised the Bank of Korea.",
        "\"We will not yield,\" said Omar Haddad, a senior analyst at the Gulf Research Institute.",
        "(Photo by MARTA KOWALCZYK / AFP)",
        "Amid the chaos, Germany's Chancellor Hanna Vogel called for calm.",
        "Harlow Motor Co said profits rose.\n\nHarlow\nsaid it would hire.",
        "Crews flew to the Arctic town of Nordvik.",
    ];

    [Fact]
    public void Every_mention_slices_to_its_text_in_order_and_names_an_entity_with_a_stable_id()
    {
        Gen.Int[0, Sentences.Length - 1].Array[1, 8].Sample(picks =>
        {
            var text = string.Join(" ", picks.Select(i => Sentences[i]));
            var analysis = Recognise(text);
            var previous = -1;
            foreach (var m in analysis.Mentions)
            {
                Assert.Equal(m.Text, m.Span.Slice(text));
                Assert.True(m.Span.Start >= previous);
                previous = m.Span.End;
                var entity = analysis.Entities[m.EntityId];
                Assert.Equal(m.Type, entity.Type);
                var country = entity.Attributes.FirstOrDefault(a => a.Name == "country")?.Value; // a party family's id names its country
                Assert.Equal(StableId.ForEntity(entity.Type, country is null ? entity.Name : $"{entity.Name} ({country})"), entity.Id);
                Assert.Contains(entity.Mentions, x => x.Span == m.Span);
            }
        }, iter: 200);
    }

    [Fact]
    public void Recognising_the_same_text_twice_gives_the_same_entities()
    {
        var text = string.Join(" ", Sentences);
        var a = Recognise(text);
        var b = Recognise(text);
        Assert.Equal(a.Entities.Keys.Order(), b.Entities.Keys.Order());
        Assert.Equal(a.Mentions, b.Mentions);
    }
}
