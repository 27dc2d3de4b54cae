using System.CommandLine;
using KnowledgeGraph.Cli;
using KnowledgeGraph.Cli.Commands;

var root = new RootCommand("kg: turns news articles into a temporal knowledge graph.\n\nExample:\n  kg ingest samples/ && kg timeline && kg quotes")
{
    ExtractCommand.Create(),
    IngestCommand.Create(),
    TimelineCommand.Create(),
    QuotesCommand.Create(),
    NeighboursCommand.Create(),
    PathCommand.Create(),
    StatsCommand.Create(),
    ExportCommand.Create(),
    DemoCommand.Create(),
    new Command("push", "Load the graph into a running database.\n\nExample:\n  NEO4J_USER=neo4j NEO4J_PASSWORD=... kg push neo4j --uri http://localhost:7474 --db kg.db") { PushNeo4jCommand.Create() },
};

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine($"kg: {error.Message}");
    }

    Console.Error.WriteLine("Run 'kg --help' (or 'kg VERB --help') for usage.");
    return ExitCodes.UsageError;
}

return await parsed.InvokeAsync().ConfigureAwait(false);
