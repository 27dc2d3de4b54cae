using System.CommandLine;
using System.Text.Json;
using KnowledgeGraph.Cli.Sources;
using KnowledgeGraph.Neo4j.Http;
using KnowledgeGraph.Neo4j.Push;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg push neo4j --uri http://host:7474 [--database neo4j] [--db PATH | --from-json GRAPH.json]</c>: straight into a running Neo4j.</summary>
internal static class PushNeo4jCommand
{
    public static Command Create()
    {
        var uri = new Option<string>("--uri") { Description = "Neo4j's HTTP address (http://localhost:7474), or its driver address (neo4j+s://xxxx.databases.neo4j.io)", Required = true };
        var database = new Option<string>("--database") { Description = "Database name", DefaultValueFactory = _ => "neo4j" };
        var batchSize = new Option<int>("--batch-size") { Description = "Rows per request", DefaultValueFactory = _ => Neo4jPusher.DefaultBatchSize };
        var sources = new GraphSourceOptions();
        var command = new Command(
            "neo4j",
            "Load the graph into a running Neo4j over its HTTP API (Query API, or tx/commit on older servers).\n" +
            $"Credentials come from {Neo4jEndpoint.UserVariable} (default neo4j) and {Neo4jEndpoint.PasswordVariable}. Re-running creates nothing new.\n" +
            "Example: NEO4J_PASSWORD=... kg push neo4j --uri http://localhost:7474 --from-json graph.json")
        {
            uri, database, batchSize,
        };
        sources.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var source = sources.Resolve(result, out var usage);
            if (source is null || result.GetValue(batchSize) < 1)
            {
                await Console.Error.WriteLineAsync($"kg push neo4j: {usage ?? "--batch-size must be at least 1"}").ConfigureAwait(false);
                return 2;
            }

            // Parsed here, not by the option, so a malformed address with a password in it is never echoed.
            if (!Uri.TryCreate(result.GetValue(uri), UriKind.Absolute, out var address))
            {
                await Console.Error.WriteLineAsync("kg push neo4j: --uri must be an absolute address such as http://localhost:7474").ConfigureAwait(false);
                return 2;
            }

            Neo4jEndpoint endpoint;
            try
            {
                endpoint = Neo4jEndpoint.FromEnvironment(address, result.GetValue(database)!);
            }
            catch (ArgumentException ex)
            {
                await Console.Error.WriteLineAsync($"kg push neo4j: {ex.Message}").ConfigureAwait(false);
                return 2;
            }

            if (!endpoint.HasPassword)
            {
                await Console.Error.WriteLineAsync($"kg push neo4j: {Neo4jEndpoint.PasswordVariable} is not set; connecting without credentials").ConfigureAwait(false);
            }

            try
            {
                var graph = source.Load();
                using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
                var pusher = new Neo4jPusher(new Neo4jHttpClient(http, endpoint), result.GetValue(batchSize));
                var summary = await PushWithProgressAsync(pusher, graph, cancellationToken).ConfigureAwait(false);
                PrintSummary(summary, endpoint);
                return 0;
            }
            catch (Neo4jException ex)
            {
                await Console.Error.WriteLineAsync($"kg push neo4j: {endpoint.Redact(ex.Message)}").ConfigureAwait(false);
                return 1;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or FormatException or NotSupportedException)
            {
                await Console.Error.WriteLineAsync($"kg push neo4j: {source.Description}: {ex.Message}").ConfigureAwait(false);
                return 1;
            }
        });
        return command;
    }

    private static async Task<PushSummary> PushWithProgressAsync(Neo4jPusher pusher, Core.Graph.KnowledgeGraphModel graph, CancellationToken ct)
    {
        // A progress bar only for a person at a terminal; piped output stays clean.
        if (Console.IsOutputRedirected || Console.IsErrorRedirected)
        {
            return await pusher.PushAsync(graph, null, ct).ConfigureAwait(false);
        }

        return await AnsiConsole.Progress()
            .AutoClear(true)
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask("Pushing to Neo4j");
                var progress = new InlineProgress<PushProgress>(p =>
                {
                    task.MaxValue = p.Total;
                    task.Value = p.Done;
                    task.Description = $"Pushing to Neo4j: {p.Step}";
                });
                return await pusher.PushAsync(graph, progress, ct).ConfigureAwait(false);
            }).ConfigureAwait(false);
    }

    private static void PrintSummary(PushSummary s, Neo4jEndpoint endpoint)
    {
        var c = s.Counters;
        Console.WriteLine($"Pushed to {endpoint.BaseUri} (database '{endpoint.Database}', {(s.UsedTransactionalEndpoint ? "tx/commit endpoint" : "Query API")}):");
        Console.WriteLine($"  sent          {s.NodeRows} node rows, {s.RelationshipRows} relationship rows in {s.Statements} statements ({s.Retries} retries)");
        Console.WriteLine($"  created       {c.NodesCreated} nodes, {c.RelationshipsCreated} relationships");
        Console.WriteLine($"  updated       {c.PropertiesSet} properties set, {c.LabelsAdded} labels added");
        Console.WriteLine($"  schema        {c.ConstraintsAdded} constraints, {c.IndexesAdded} indexes added");
        if (c.NodesCreated == 0 && c.RelationshipsCreated == 0)
        {
            Console.WriteLine("  (nothing new: the graph was already there)");
        }
    }

    // Progress<T> would post to the thread pool and update the bar out of order; this reports in place.
    private sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
