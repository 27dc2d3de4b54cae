using CsCheck;
using KnowledgeGraph.Neo4j.Csv;
using KnowledgeGraph.Neo4j.Schema;
using KnowledgeGraph.Neo4j.Projection;

namespace KnowledgeGraph.Tests.Neo4j;

public class CsvBundleWriterTests
{
    private static readonly IReadOnlyList<GraphTable> Tables = GraphProjector.Project(TestGraphs.Hostile());

    private static List<List<string?>> Parse(string tableName)
    {
        using var writer = new StringWriter();
        CsvBundleWriter.Write(writer, Tables.Single(t => t.Name == tableName));
        return Rfc4180Reader.Read(writer.ToString());
    }

    private static string? Field(List<List<string?>> records, int row, string header) =>
        records[row][records[0].FindIndex(h => h == header)];

    [Fact]
    public void Hostile_quote_text_survives_the_csv_unchanged()
    {
        var records = Parse("quotes");

        Assert.Equal(2, records.Count);
        Assert.Equal(TestGraphs.HostileText, Field(records, 1, "text"));
    }

    [Theory]
    [InlineData("documents", "id:ID(Document),:LABEL,title,source,url,published:date,published_source,published_evidence")]
    [InlineData("entities_person", "id:ID(Entity),:LABEL,name,type,subtype,aliases:string[],attributes:string[],title,age:long,mention_count:long")]
    [InlineData("participated_in", ":START_ID(Entity),:END_ID(Event),:TYPE,role")]
    [InlineData("met", ":START_ID(Entity),:END_ID(Entity),:TYPE,event_id,date:date")]
    [InlineData("event_evidenced_by", ":START_ID(Event),:END_ID(Document),:TYPE,start:long,end:long,sentence")]
    public void Headers_are_typed_for_neo4j_admin_import(string table, string header)
    {
        Assert.Equal(header, string.Join(',', Parse(table)[0]));
    }

    [Fact]
    public void Labels_and_list_elements_are_split_by_the_array_delimiter()
    {
        var records = Parse("entities_person");
        var speaker = records.FindIndex(r => r[0] == TestGraphs.Speaker);

        Assert.Equal(["Entity", "Person"], Field(records, speaker, ":LABEL")!.Split(CsvBundleWriter.ArrayDelimiter));
        Assert.Equal(["Okafor", "O'Kafor \"M\""], Field(records, speaker, "aliases:string[]")!.Split(CsvBundleWriter.ArrayDelimiter));
        Assert.Equal("52", Field(records, speaker, "age:long"));
    }

    [Fact]
    public void Missing_values_are_empty_unquoted_fields()
    {
        var records = Parse("entities_person");
        var visitor = records.FindIndex(r => r[0] == TestGraphs.Visitor);

        Assert.Null(Field(records, visitor, "subtype"));
        Assert.Null(Field(records, visitor, "aliases:string[]"));
    }

    [Fact]
    public void A_table_without_rows_still_has_its_header()
    {
        var empty = GraphProjector.Project(new KnowledgeGraph.Core.Graph.KnowledgeGraphModel()).Single(t => t.Name == "took_place_in");
        using var writer = new StringWriter();
        CsvBundleWriter.Write(writer, empty);

        Assert.Equal(":START_ID(Event),:END_ID(Entity),:TYPE\n", writer.ToString());
    }

    [Fact]
    public void Relationship_rows_carry_their_type_from_the_schema()
    {
        var records = Parse("said");

        Assert.Equal("SAID", Field(records, 1, ":TYPE"));
    }

    [Fact]
    public void Any_string_survives_the_csv_round_trip()
    {
        Gen.String.Sample(text =>
        {
            var table = new NodeTable("quotes", [NodeLabel.Quote], [NodeTable.IdColumn, new Column("text", PropertyType.Text)], [["q1", text]]);
            using var writer = new StringWriter();
            CsvBundleWriter.Write(writer, table);

            var records = Rfc4180Reader.Read(writer.ToString());

            Assert.Equal(2, records.Count);
            Assert.Equal(text, records[1][2]);
        });
    }
}
