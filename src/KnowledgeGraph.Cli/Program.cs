using System.CommandLine;
using Microsoft.Data.Sqlite;
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

try
{
    return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }).ConfigureAwait(false);
}
catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6) // SQLITE_BUSY, SQLITE_LOCKED
{
    // Another kg process held the store's write lock longer than SQLite's 30 s busy wait. Whole
    // batches are committed or not at all, so nothing stored is lost; a rerun skips what landed.
    Console.Error.WriteLine($"kg: the store is in use by another process and stayed locked past the 30 s wait ({e.Message}). Nothing already stored was lost; run the command again when the other one has finished.");
    return ExitCodes.StoreBusy;
}
catch (Exception e)
{
    Console.Error.WriteLine($"kg: unexpected error: {e}");
    return ExitCodes.SomeInputsFailed;
}
