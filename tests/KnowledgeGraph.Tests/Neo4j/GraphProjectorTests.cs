using KnowledgeGraph.Core;
using KnowledgeGraph.Neo4j.Projection;
using KnowledgeGraph.Neo4j.Schema;

namespace KnowledgeGraph.Tests.Neo4j;

public class GraphProjectorTests
{
    private static readonly IReadOnlyList<GraphTable> Tables = GraphProjector.Project(TestGraphs.Hostile());

    private static GraphTable Table(string name) => Tables.Single(t => t.Name == name);

    private static object? Value(GraphTable table, object?[] row, string column) =>
        row[table.Columns.ToList().FindIndex(c => c.Name == column)];

    [Fact]
    public void Nodes_come_before_relationships_so_endpoints_exist_first()
    {
        var firstRelationship = Tables.ToList().FindIndex(t => t is RelationshipTable);
        Assert.True(Tables.Skip(firstRelationship).All(t => t is RelationshipTable));
        Assert.True(firstRelationship > 0);
    }

    [Fact]
    public void Entities_carry_the_entity_label_and_their_type_label()
    {
        var people = (NodeTable)Table("entities_person");
        Assert.Equal([NodeLabel.Entity, NodeLabel.Person], people.Labels);
        Assert.Equal(2, people.Rows.Count);
    }

    [Fact]
    public void Occurred_meeting_between_two_people_gives_one_met_edge_and_a_planned_one_gives_none()
    {
        var met = Table("met");
        var row = Assert.Single(met.Rows);
        Assert.Equal("evt_meeting", Value(met, row, "event_id"));
        Assert.Equal(new DateOnly(2024, 4, 2), Value(met, row, "date"));
    }

    [Fact]
    public void A_visit_links_its_person_to_the_place_with_the_status()
    {
        var visited = Table("visited");
        var row = Assert.Single(visited.Rows);
        Assert.Equal(TestGraphs.Visitor, row[0]);
        Assert.Equal(TestGraphs.Port, row[1]);
        Assert.Equal("planned", Value(visited, row, "status"));
    }

    [Fact]
    public void Relationships_to_entities_not_in_the_graph_are_left_out()
    {
        Assert.DoesNotContain(Tables.OfType<RelationshipTable>().SelectMany(t => t.Rows), r => (string?)r[0] == "ent_missing" || (string?)r[1] == "ent_missing");
        Assert.Single(Table("mentions").Rows);
    }

    [Fact]
    public void Each_evidence_span_of_an_event_is_its_own_relationship()
    {
        Assert.Equal(2, Table("event_evidenced_by").Rows.Count(r => (string?)r[0] == "evt_meeting"));
    }

    [Fact]
    public void Mention_counts_are_per_document_numbers()
    {
        var mentioned = Table("mentioned_in");
        var row = mentioned.Rows.Single(r => (string?)r[0] == TestGraphs.Speaker);
        Assert.Equal(2L, Value(mentioned, row, "count"));
    }

    [Fact]
    public void A_quote_without_its_own_day_is_dated_by_its_publication_day()
    {
        var quotes = Table("quotes");
        Assert.Equal(new DateOnly(2024, 4, 3), Value(quotes, Assert.Single(quotes.Rows), "said_on"));
    }

    [Theory]
    [InlineData("2024-04-02", "2024-04-03", "2024-04-02")]
    [InlineData("2024-04-01", "2024-05-01", null)]
    public void An_event_has_a_date_only_when_its_time_is_one_day(string start, string end, string? expected)
    {
        var time = new TimeValue
        {
            DocumentId = "d", Text = "t", Value = "v", Type = TimexType.Date, Span = default,
            Start = DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
            End = DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture),
        };

        var (date, _, _) = GraphProjector.EventDate(time);

        Assert.Equal(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
    }

    [Fact]
    public void Statements_take_labels_and_types_from_the_schema_and_values_only_from_rows()
    {
        foreach (var table in Tables)
        {
            var statement = table.Statement("$rows");
            Assert.Contains("MERGE", statement, StringComparison.Ordinal);
            Assert.DoesNotContain("DETACH", statement, StringComparison.Ordinal);
            Assert.DoesNotContain("Okafor", statement, StringComparison.Ordinal);
        }
    }
}
