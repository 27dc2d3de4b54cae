using System.CommandLine;
using System.Text.Json;
using KnowledgeGraph.Cli.Sources;
using KnowledgeGraph.Neo4j.Cypher;
using KnowledgeGraph.Neo4j.Export;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg export neo4j --out DIR [--db PATH | --from-json GRAPH.json]</c>: a Cypher script and a neo4j-admin CSV bundle.</summary>
internal static class ExportNeo4jCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "Folder to write schema.cypher, data.cypher, import/*.csv and README.md into", Required = true };
        var batchSize = new Option<int>("--batch-size") { Description = "Rows per UNWIND statement in data.cypher", DefaultValueFactory = _ => CypherScriptWriter.DefaultBatchSize };
        var sources = new GraphSourceOptions();
        var command = new Command(
            "neo4j",
            "Write the graph for Neo4j: a Cypher script (cypher-shell -f) and a CSV bundle (neo4j-admin database import full).\n" +
            "Example: kg export neo4j --from-json graph.json --out neo4j/")
        {
            output, batchSize,
        };
        sources.AddTo(command);
        command.SetAction(result =>
        {
            var source = sources.Resolve(result, out var usage);
            if (source is null || result.GetValue(batchSize) < 1)
            {
                Console.Error.WriteLine($"kg export neo4j: {usage ?? "--batch-size must be at least 1"}");
                return 2;
            }

            var folder = result.GetValue(output)!;
            try
            {
                var written = Neo4jExporter.Export(source.Load(), folder, result.GetValue(batchSize));
                Console.WriteLine($"Wrote {written.Nodes} nodes and {written.Relationships} relationships to {folder}:");
                Console.WriteLine($"  {Neo4jExporter.SchemaFile}, {Neo4jExporter.DataFile} ({written.Statements} statements) -> cypher-shell -f");
                Console.WriteLine($"  import/ ({written.Files.Count(f => f.EndsWith(".csv", StringComparison.Ordinal))} CSV files) -> neo4j-admin database import full; see {Neo4jExporter.ReadmeFile}");
                return 0;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or FormatException or NotSupportedException)
            {
                Console.Error.WriteLine($"kg export neo4j: {source.Description}: {ex.Message}");
                return 1;
            }
        });
        return command;
    }
}
