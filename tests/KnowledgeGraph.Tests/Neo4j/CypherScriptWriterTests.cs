using KnowledgeGraph.Neo4j.Cypher;
using KnowledgeGraph.Neo4j.Projection;

namespace KnowledgeGraph.Tests.Neo4j;

public class CypherScriptWriterTests
{
    private static string Script(int batchSize = CypherScriptWriter.DefaultBatchSize)
    {
        using var writer = new StringWriter();
        CypherScriptWriter.Write(writer, GraphProjector.Project(TestGraphs.Hostile()), batchSize);
        return writer.ToString();
    }

    [Fact]
    public void Hostile_quote_text_decodes_back_from_the_data_script()
    {
        var script = Script();
        var quoteStatement = script.Split(";\n").Single(s => s.Contains("MERGE (n:Quote", StringComparison.Ordinal));
        var at = quoteStatement.IndexOf("text: ", StringComparison.Ordinal) + "text: ".Length;

        var (text, _) = CypherStringDecoder.Decode(quoteStatement, at);

        Assert.Equal(TestGraphs.HostileText, text);
    }

    [Fact]
    public void Script_has_no_parameters_and_every_statement_merges()
    {
        var statements = Script().Split(";\n").Where(s => s.Contains("UNWIND", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(statements);
        Assert.All(statements, s => Assert.Contains("MERGE", s, StringComparison.Ordinal));
        Assert.DoesNotContain("$", string.Join("", statements.Select(s => s[..s.IndexOf('[', StringComparison.Ordinal)])), StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_are_converted_with_date_and_numbers_stay_numbers()
    {
        var script = Script();

        Assert.Contains("n.published = date(row.published)", script, StringComparison.Ordinal);
        Assert.Contains("mention_count: 2", script, StringComparison.Ordinal);
        Assert.Contains("age: 52", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_are_split_into_batches_of_the_given_size()
    {
        var perRow = Script(batchSize: 1).Split(";\n").Count(s => s.Contains("UNWIND", StringComparison.Ordinal));
        var batched = Script().Split(";\n").Count(s => s.Contains("UNWIND", StringComparison.Ordinal));

        Assert.True(perRow > batched, $"{perRow} statements with one row each, {batched} batched");
    }
}
