using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Tests.Neo4j;

namespace KnowledgeGraph.Tests.Core.Graph;

public class GraphJsonReaderTests
{
    [Fact]
    public void Reading_back_what_the_writer_wrote_and_writing_it_again_gives_the_same_json()
    {
        var written = GraphJsonWriter.WriteToString(TestGraphs.Hostile());

        var again = GraphJsonWriter.WriteToString(GraphJsonReader.ReadFromString(written));

        Assert.Equal(written, again);
    }

    [Fact]
    public void Hostile_strings_and_dates_come_back_as_they_were()
    {
        var original = TestGraphs.Hostile();

        var read = GraphJsonReader.ReadFromString(GraphJsonWriter.WriteToString(original));

        Assert.Equal(original.Quotes[0].Text, read.Quotes[0].Text);
        Assert.Equal(original.Quotes[0].SpeakerId, read.Quotes[0].SpeakerId);
        Assert.Equal(original.Documents[0].Title, read.Documents[0].Title);
        Assert.Equal(original.Documents[0].Published, read.Documents[0].Published);
        Assert.Equal(original.Events[0].Time!.End, read.Events[0].Time!.End);
        Assert.Equal(original.Events[0].MoreEvidence.Count, read.Events[0].MoreEvidence.Count);
        Assert.Equal(original.Entities[0].Aliases, read.Entities[0].Aliases);
        Assert.Equal(original.Entities[0].Mentions.Select(m => m.Span), read.Entities[0].Mentions.Select(m => m.Span));
    }

    [Fact]
    public void Every_evidence_of_an_event_keeps_the_rule_that_found_it()
    {
        var original = TestGraphs.Hostile();
        var e = original.Events[0];
        var graph = original with { Events = [e with { MoreEvidence = [e.MoreEvidence[0] with { Rule = "attendance:attend;trigger:talks" }] }, .. original.Events.Skip(1)] };

        var read = GraphJsonReader.ReadFromString(GraphJsonWriter.WriteToString(graph));

        Assert.Equal("attendance:attend;trigger:talks", read.Events[0].MoreEvidence[0].Rule);
    }

    [Theory]
    [InlineData("""{"format":"something-else/2"}""")]
    [InlineData("""{"documents":[]}""")]
    public void A_file_that_is_not_kg_graph_1_is_refused(string json)
    {
        Assert.Throws<FormatException>(() => GraphJsonReader.ReadFromString(json));
    }
}
