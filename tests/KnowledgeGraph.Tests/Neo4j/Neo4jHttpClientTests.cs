using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Neo4j.Http;

namespace KnowledgeGraph.Tests.Neo4j;

public sealed class Neo4jHttpClientTests : IDisposable
{
    private const string Password = "s3cret-Pa55word";

    private static readonly RetryOptions FastRetry = new() { MaxAttempts = 3, InitialDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5) };

    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(20) };

    public void Dispose() => _http.Dispose();

    private Neo4jHttpClient Client(FakeNeo4jServer server, string? password = Password) =>
        new(_http, new Neo4jEndpoint(server.BaseUri, "news", "analyst", password), FastRetry);

    [Fact]
    public async Task Query_api_success_returns_the_counters()
    {
        using var server = new FakeNeo4jServer(_ => FakeNeo4jServer.QueryApiSuccess(nodesCreated: 3, relationshipsCreated: 2, propertiesSet: 7));

        var counters = await Client(server).RunAsync("RETURN 1");

        Assert.Equal(3, counters.NodesCreated);
        Assert.Equal(2, counters.RelationshipsCreated);
        Assert.Equal(7, counters.PropertiesSet);
        var request = Assert.Single(server.Requests);
        Assert.Equal("/db/news/query/v2", request.Path);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("analyst:" + Password)), request.Authorization);
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("RETURN 1", (string?)body["statement"]);
        Assert.True((bool?)body["includeCounters"]);
    }

    [Fact]
    public async Task Not_found_on_the_query_api_falls_back_to_the_transactional_endpoint_and_stays_there()
    {
        using var server = new FakeNeo4jServer(r => r.Path.EndsWith("/query/v2", StringComparison.Ordinal)
            ? new FakeResponse(404, "")
            : FakeNeo4jServer.TransactionalSuccess(nodesCreated: 4, relationshipsCreated: 1));
        var client = Client(server);

        var first = await client.RunAsync("MERGE (n:Document {id: $id})", new JsonObject { ["id"] = "d1" });
        var second = await client.RunAsync("RETURN 1");

        Assert.Equal(4, first.NodesCreated);
        Assert.Equal(1, second.RelationshipsCreated);
        Assert.True(client.UsesTransactionalEndpoint);
        Assert.Equal(["/db/news/query/v2", "/db/news/tx/commit", "/db/news/tx/commit"], server.Requests.Select(r => r.Path));
        var statement = JsonNode.Parse(server.Requests[1].Body)!["statements"]![0]!;
        Assert.Equal("d1", (string?)statement["parameters"]!["id"]);
        Assert.True((bool?)statement["includeStats"]);
    }

    [Fact]
    public async Task Unauthorized_fails_clearly_without_the_password()
    {
        using var server = new FakeNeo4jServer(_ => FakeNeo4jServer.Error(401, "Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure."));

        var ex = await Assert.ThrowsAsync<Neo4jException>(() => Client(server).RunAsync("RETURN 1"));

        Assert.Equal(Neo4jErrorKind.Authentication, ex.Kind);
        Assert.Contains("analyst", ex.Message, StringComparison.Ordinal);
        Assert.Contains("NEO4J_PASSWORD", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, ex.ToString(), StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Transient_503_is_retried_and_then_succeeds()
    {
        var calls = 0;
        using var server = new FakeNeo4jServer(_ => ++calls == 1
            ? new FakeResponse(503, "", RetryAfterSeconds: 0)
            : FakeNeo4jServer.QueryApiSuccess(nodesCreated: 1));
        var client = Client(server);

        var counters = await client.RunAsync("RETURN 1");

        Assert.Equal(1, counters.NodesCreated);
        Assert.Equal(1, client.Retries);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Transient_error_code_in_a_transactional_answer_is_retried()
    {
        var calls = 0;
        using var server = new FakeNeo4jServer(r => r.Path.EndsWith("/query/v2", StringComparison.Ordinal)
            ? new FakeResponse(404, "")
            : ++calls == 1
                ? FakeNeo4jServer.Error(200, "Neo.TransientError.Transaction.DeadlockDetected", "deadlock")
                : FakeNeo4jServer.TransactionalSuccess(nodesCreated: 2));

        var counters = await Client(server).RunAsync("RETURN 1");

        Assert.Equal(2, counters.NodesCreated);
    }

    [Fact]
    public async Task Retries_are_bounded_and_the_last_failure_is_reported()
    {
        using var server = new FakeNeo4jServer(_ => new FakeResponse(503, ""));

        var ex = await Assert.ThrowsAsync<Neo4jException>(() => Client(server).RunAsync("RETURN 1"));

        Assert.Equal(Neo4jErrorKind.Transient, ex.Kind);
        Assert.Equal(FastRetry.MaxAttempts, server.Requests.Count);
        Assert.Contains("503", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Client_error_fails_at_once_with_the_servers_code_and_message()
    {
        using var server = new FakeNeo4jServer(_ => FakeNeo4jServer.Error(400, "Neo.ClientError.Statement.SyntaxError", "Invalid input 'RETRUN'"));

        var ex = await Assert.ThrowsAsync<Neo4jException>(() => Client(server).RunAsync("MATCH (n) RETRUN n"));

        Assert.Equal(Neo4jErrorKind.Client, ex.Kind);
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", ex.Code);
        Assert.Contains("Invalid input 'RETRUN'", ex.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Missing_database_is_reported_rather_than_treated_as_an_old_server()
    {
        using var server = new FakeNeo4jServer(_ => FakeNeo4jServer.Error(404, "Neo.ClientError.Database.DatabaseNotFound", "Database does not exist"));
        var client = Client(server);

        var ex = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync("RETURN 1"));

        Assert.Equal("Neo.ClientError.Database.DatabaseNotFound", ex.Code);
        Assert.False(client.UsesTransactionalEndpoint);
    }

    [Fact]
    public async Task Hostile_text_reaches_the_server_unchanged_as_a_json_parameter()
    {
        using var server = new FakeNeo4jServer(_ => FakeNeo4jServer.QueryApiSuccess());

        await Client(server).RunAsync("UNWIND $rows AS row MERGE (q:Quote {id: row.id}) SET q.text = row.text",
            new JsonObject { ["rows"] = new JsonArray(new JsonObject { ["id"] = "q1", ["text"] = TestGraphs.HostileText }) });

        using var body = JsonDocument.Parse(server.Requests[0].Body);
        Assert.Equal(TestGraphs.HostileText, body.RootElement.GetProperty("parameters").GetProperty("rows")[0].GetProperty("text").GetString());
        Assert.DoesNotContain("DETACH", body.RootElement.GetProperty("statement").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreachable_server_fails_after_retries_without_the_password()
    {
        int port;
        using (var server = new FakeNeo4jServer(_ => FakeNeo4jServer.QueryApiSuccess()))
        {
            port = server.BaseUri.Port;
        }

        var client = new Neo4jHttpClient(_http, new Neo4jEndpoint(new Uri($"http://127.0.0.1:{port}/"), "neo4j", "analyst", Password), FastRetry);

        var ex = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync("RETURN 1"));

        Assert.Equal(Neo4jErrorKind.Transient, ex.Kind);
        Assert.DoesNotContain(Password, ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Endpoint_never_shows_the_password_and_refuses_credentials_in_the_address()
    {
        var endpoint = new Neo4jEndpoint(new Uri("http://localhost:7474"), "neo4j", "analyst", Password);

        Assert.DoesNotContain(Password, endpoint.ToString(), StringComparison.Ordinal);
        var ex = Assert.Throws<ArgumentException>(() => new Neo4jEndpoint(new Uri($"http://analyst:{Password}@localhost:7474"), "neo4j", null, null));
        Assert.DoesNotContain(Password, ex.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://localhost:7474", "http://localhost:7474/")]
    [InlineData("https://neo4j.example.org", "https://neo4j.example.org/")]
    [InlineData("neo4j://localhost:7687", "http://localhost:7474/")]
    [InlineData("bolt://db.internal", "http://db.internal:7474/")]
    [InlineData("neo4j+s://abcd1234.databases.neo4j.io", "https://abcd1234.databases.neo4j.io/")]
    [InlineData("neo4j+s://db.internal:7687", "https://db.internal:7473/")]
    public void Driver_addresses_are_turned_into_the_http_address(string given, string expected)
    {
        Assert.Equal(new Uri(expected), new Neo4jEndpoint(new Uri(given), "neo4j", null, null).BaseUri);
    }

    [Fact]
    public void An_address_that_is_not_neo4j_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new Neo4jEndpoint(new Uri("ftp://localhost"), "neo4j", null, null));
    }

    [Theory]
    [InlineData(1, null, 1)]
    [InlineData(2, null, 2)]
    [InlineData(3, null, 4)]
    [InlineData(10, null, 8)]
    [InlineData(1, 3, 3)]
    public void Backoff_doubles_from_the_initial_delay_up_to_the_cap(int retry, int? retryAfterSeconds, int expectedSeconds)
    {
        var options = new RetryOptions { InitialDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(8) };

        var delay = options.DelayBefore(retry, retryAfterSeconds is { } s ? TimeSpan.FromSeconds(s) : null);

        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), delay);
    }
}
