using System.CommandLine;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg export &lt;format&gt;</c>: the parent of one subcommand per target (json, neo4j).</summary>
internal static class ExportCommand
{
    public static Command Create() => new("export", "Export the store's graph.\n\nExample:\n  kg export json --db news.db --out graph.json")
    {
        ExportJsonCommand.Create(),
        ExportNeo4jCommand.Create(),
    };
}
