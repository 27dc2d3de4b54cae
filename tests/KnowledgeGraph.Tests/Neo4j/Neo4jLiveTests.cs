using System.Text.Json.Nodes;
using KnowledgeGraph.Neo4j.Http;
using KnowledgeGraph.Neo4j.Push;

namespace KnowledgeGraph.Tests.Neo4j;

/// <summary>Against a real server: set NEO4J_URI (http://host:7474), NEO4J_USER, NEO4J_PASSWORD and optionally NEO4J_DATABASE.</summary>
public sealed class Neo4jLiveTests : IDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromMinutes(1) };

    public void Dispose() => _http.Dispose();

    [Neo4jLiveFact]
    public async Task Pushing_the_same_graph_twice_creates_nothing_the_second_time_and_keeps_the_hostile_text()
    {
        var database = Environment.GetEnvironmentVariable("NEO4J_DATABASE") is { Length: > 0 } db ? db : "neo4j";
        var client = new Neo4jHttpClient(_http, Neo4jEndpoint.FromEnvironment(new Uri(Environment.GetEnvironmentVariable("NEO4J_URI")!), database));
        var graph = TestGraphs.Hostile();
        var ids = new JsonArray([.. graph.Documents.Select(d => d.Id).Concat(graph.Entities.Select(e => e.Id)).Concat(graph.Events.Select(e => e.Id)).Concat(graph.Quotes.Select(q => q.Id)).Select(id => (JsonNode?)id)]);
        const string Cleanup = "MATCH (n) WHERE n.id IN $ids DETACH DELETE n";
        await client.RunAsync(Cleanup, new JsonObject { ["ids"] = ids.DeepClone() });
        try
        {
            var first = await new Neo4jPusher(client).PushAsync(graph);
            var second = await new Neo4jPusher(client).PushAsync(graph);

            Assert.Equal(9, first.Counters.NodesCreated);
            Assert.True(first.Counters.RelationshipsCreated > 0);
            Assert.Equal(0, second.Counters.NodesCreated);
            Assert.Equal(0, second.Counters.RelationshipsCreated);
            var check = await client.RunAsync("MATCH (q:Quote {id: $id}) WHERE q.text = $text SET q.checked = true", new JsonObject { ["id"] = "quo_hostile", ["text"] = TestGraphs.HostileText });
            Assert.Equal(1, check.PropertiesSet);
        }
        finally
        {
            await client.RunAsync(Cleanup, new JsonObject { ["ids"] = ids.DeepClone() });
        }
    }
}
