using System.CommandLine;
using KnowledgeGraph.Cli.Commands;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Tests.Neo4j;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Cli.Commands;

public sealed class Neo4jCommandsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kg-neo4j-cli-" + Guid.NewGuid().ToString("N"));

    public Neo4jCommandsTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static int Kg(params string[] args) =>
        new RootCommand
        {
            ExtractCommand.Create(),
            new Command("export") { ExportNeo4jCommand.Create() },
            new Command("push") { PushNeo4jCommand.Create() },
        }.Parse(args).Invoke();

    private string WriteHostileGraphJson()
    {
        var path = Path.Combine(_folder, "graph.json");
        File.WriteAllText(path, GraphJsonWriter.WriteToString(TestGraphs.Hostile()));
        return path;
    }

    [Fact]
    public void Export_from_a_graph_json_writes_both_forms()
    {
        var outDir = Path.Combine(_folder, "out");

        var exit = Kg("export", "neo4j", "--from-json", WriteHostileGraphJson(), "--out", outDir);

        Assert.Equal(0, exit);
        Assert.True(File.Exists(Path.Combine(outDir, "data.cypher")));
        Assert.True(File.Exists(Path.Combine(outDir, "import", "quotes.csv")));
        var quotes = Rfc4180Reader.Read(File.ReadAllText(Path.Combine(outDir, "import", "quotes.csv")));
        Assert.Equal(TestGraphs.HostileText, quotes[1][quotes[0].IndexOf("text")]);
    }

    [Theory]
    [InlineData("export neo4j --out x")]
    [InlineData("export neo4j --out x --db a.db --from-json g.json")]
    [InlineData("push neo4j --uri http://127.0.0.1:1")]
    public void Commands_without_exactly_one_graph_source_are_usage_errors(string commandLine)
    {
        Assert.Equal(2, Kg(commandLine.Split(' ')));
    }

    [Fact]
    public void Push_with_credentials_in_the_address_is_a_usage_error()
    {
        Assert.Equal(2, Kg("push", "neo4j", "--uri", "http://neo4j:hunter2@127.0.0.1:1", "--from-json", WriteHostileGraphJson()));
    }

    [Fact]
    public void A_missing_graph_file_fails_with_exit_code_1()
    {
        Assert.Equal(1, Kg("export", "neo4j", "--from-json", Path.Combine(_folder, "missing.json"), "--out", Path.Combine(_folder, "out")));
    }

    [Fact]
    public void Push_loads_the_graph_into_a_server_that_answers_as_neo4j()
    {
        using var server = new FakeNeo4jServer(_ => FakeNeo4jServer.QueryApiSuccess(nodesCreated: 1));

        var exit = Kg("push", "neo4j", "--uri", server.BaseUri.ToString(), "--from-json", WriteHostileGraphJson());

        Assert.Equal(0, exit);
        Assert.Contains(server.Requests, r => r.Body.Contains("MERGE (n:Quote", StringComparison.Ordinal));
    }

    [CypherLintFact]
    public void Seed_articles_extracted_and_exported_give_cypher_that_passes_the_linter_and_well_formed_csv()
    {
        var graphJson = Path.Combine(_folder, "seeds.json");
        var outDir = Path.Combine(_folder, "seeds-neo4j");
        Assert.Equal(0, Kg("extract", SharedData.File("seeds", "seeds.jsonl"), "--out", graphJson));

        Assert.Equal(0, Kg("export", "neo4j", "--from-json", graphJson, "--out", outDir));

        var (exitCode, output) = CypherLint.RunFiles(Path.Combine(outDir, "schema.cypher"), Path.Combine(outDir, "data.cypher"));
        Assert.True(exitCode == 0, output);
        Assert.Contains("0 error(s)", output, StringComparison.Ordinal);
        foreach (var csv in Directory.GetFiles(Path.Combine(outDir, "import"), "*.csv"))
        {
            var records = Rfc4180Reader.Read(File.ReadAllText(csv));
            Assert.All(records, r => Assert.Equal(records[0].Count, r.Count));
        }
    }
}
