using System.Text.Json;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Neo4j.Cypher;
using KnowledgeGraph.Neo4j.Projection;
using KnowledgeGraph.Neo4j.Push;
using KnowledgeGraph.Neo4j.Schema;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Neo4j;

/// <summary>Every statement the program can emit passes Neo4j's own Cypher analyser (../shared/tools/cypher-lint).</summary>
public class CypherLintTests
{
    [CypherLintFact]
    public void Linter_reports_a_misspelt_clause_so_these_tests_can_fail()
    {
        var (exitCode, output) = CypherLint.Run("MATCH (n) RETRUN n");

        Assert.Equal(1, exitCode);
        Assert.Contains("error", output, StringComparison.Ordinal);
    }

    [CypherLintFact]
    public void Schema_and_data_script_of_a_graph_with_hostile_strings_pass_the_linter()
    {
        using var writer = new StringWriter();
        CypherScriptWriter.Write(writer, GraphProjector.Project(TestGraphs.Hostile()), batchSize: 2);
        var cypher = SchemaScript.Text + "\n" + writer;

        var (exitCode, output) = CypherLint.Run(cypher);

        Assert.True(exitCode == 0, output);
        Assert.Contains("0 error(s)", output, StringComparison.Ordinal);
    }

    [CypherLintFact]
    public void Parameterised_push_statements_pass_the_linter_with_rows_as_their_only_parameter()
    {
        var templates = Neo4jPusher.StatementTemplates(GraphProjector.Project(TestGraphs.Hostile()));

        var (exitCode, output) = CypherLint.Run(string.Join(";\n", templates) + ";", PushParameters.RowsParameter);

        Assert.True(exitCode == 0, output);
        Assert.Contains("0 error(s)", output, StringComparison.Ordinal);
    }

    [CypherLintFact]
    public void Saved_browser_queries_pass_the_linter()
    {
        var queries = File.ReadAllText(Path.Combine(SharedData.RepoRoot, "graph-schema", "queries.cypher"));

        var (exitCode, output) = CypherLint.Run(queries, "name", "other", "from", "to", "about");

        Assert.True(exitCode == 0, output);
        Assert.Contains("0 error(s)", output, StringComparison.Ordinal);
    }

    [CypherLintFact]
    public void Saved_queries_and_push_statements_use_only_labels_types_and_keys_the_program_writes()
    {
        // The schema the linter checks against is built from the code's closed lists, so a misspelt
        // property or label in queries.cypher (n.said_one, :Persn) is a warning, and --strict fails on it.
        var tables = GraphProjector.Project(new KnowledgeGraphModel());
        var schema = new
        {
            labels = Enum.GetValues<NodeLabel>().Select(Neo4jNames.Of),
            relationshipTypes = Enum.GetValues<RelationshipType>().Select(Neo4jNames.Of),
            propertyKeys = tables.SelectMany(t => t.Columns.Select(c => c.Name)).Distinct(),
        };
        var schemaFile = Path.Combine(Path.GetTempPath(), $"kg-lint-schema-{Guid.NewGuid():N}.json");
        File.WriteAllText(schemaFile, JsonSerializer.Serialize(schema));
        try
        {
            var queries = File.ReadAllText(Path.Combine(SharedData.RepoRoot, "graph-schema", "queries.cypher"));
            var (exitCode, output) = CypherLint.RunWithOptions(queries, ["--strict", "--schema", schemaFile, "--params", "name,other,from,to,about"]);

            Assert.True(exitCode == 0, output);
            Assert.Contains("0 warning(s)", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(schemaFile);
        }
    }
}
