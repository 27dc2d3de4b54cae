using System.Text.Json.Nodes;
using KnowledgeGraph.Neo4j.Http;
using KnowledgeGraph.Neo4j.Push;
using KnowledgeGraph.Neo4j.Schema;

namespace KnowledgeGraph.Tests.Neo4j;

public sealed class Neo4jPusherTests : IDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(20) };

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task Push_runs_the_schema_first_then_parameterised_batches_and_sums_the_counters()
    {
        using var server = new FakeNeo4jServer(_ => FakeNeo4jServer.QueryApiSuccess(nodesCreated: 1, relationshipsCreated: 1));
        var client = new Neo4jHttpClient(_http, new Neo4jEndpoint(server.BaseUri, "neo4j", "neo4j", "pw"));
        var reports = new List<PushProgress>();

        var summary = await new Neo4jPusher(client, batchSize: 1).PushAsync(TestGraphs.Hostile(), new InlineProgress(reports.Add));

        var statements = server.Requests.Select(r => (string)JsonNode.Parse(r.Body)!["statement"]!).ToList();
        var schemaCount = SchemaScript.Statements.Count;
        Assert.Equal(SchemaScript.Statements, statements.Take(schemaCount));
        Assert.All(statements.Skip(schemaCount), s => Assert.StartsWith("UNWIND $rows AS row", s, StringComparison.Ordinal));
        Assert.Equal(summary.Statements, server.Requests.Count);
        Assert.Equal(summary.Statements, summary.Counters.NodesCreated);
        Assert.Equal(summary.NodeRows + summary.RelationshipRows + schemaCount, summary.Statements);
        Assert.Equal(summary.Statements, reports[^1].Done);
        Assert.Equal(reports[^1].Total, reports[^1].Done);
    }

    [Fact]
    public async Task No_value_from_the_graph_is_ever_part_of_a_statement()
    {
        using var server = new FakeNeo4jServer(_ => FakeNeo4jServer.QueryApiSuccess());
        var client = new Neo4jHttpClient(_http, new Neo4jEndpoint(server.BaseUri, "neo4j", null, null));

        var summary = await new Neo4jPusher(client).PushAsync(TestGraphs.Hostile());

        Assert.Equal(server.Requests.Count, summary.Statements);
        var bodies = server.Requests.Select(r => JsonNode.Parse(r.Body)!).ToList();
        Assert.All(bodies, b => Assert.DoesNotContain("Okafor", (string)b["statement"]!, StringComparison.Ordinal));
        var quoteRows = bodies.Single(b => ((string)b["statement"]!).Contains("MERGE (n:Quote", StringComparison.Ordinal))["parameters"]!["rows"]!;
        Assert.Equal(TestGraphs.HostileText, (string?)quoteRows[0]!["text"]);
        Assert.Equal("2024-04-03", (string?)quoteRows[0]!["said_on"]);
        Assert.All(server.Requests, r => Assert.Null(r.Authorization));
    }

    private sealed class InlineProgress(Action<PushProgress> report) : IProgress<PushProgress>
    {
        public void Report(PushProgress value) => report(value);
    }
}
