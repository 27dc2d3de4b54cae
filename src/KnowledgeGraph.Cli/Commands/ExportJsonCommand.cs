using System.CommandLine;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg export json [--db PATH] [--out PATH]</c>: the store's whole graph as kg-graph/1.</summary>
internal static class ExportJsonCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var output = new Option<string?>("--out") { Description = "Write to this file instead of stdout" };
        var command = new Command("json", "Write the store's graph as graph JSON (kg-graph/1).\n\nExample:\n  kg export json --db news.db --out graph.json")
        {
            db, output,
        };
        command.SetAction(result =>
        {
            if (!CommonOptions.StoreExists(result.GetValue(db)!))
            {
                return ExitCodes.SomeInputsFailed;
            }

            using var store = SqliteGraphStore.Open(result.GetValue(db)!);
            var graph = store.LoadGraph();
            var outPath = result.GetValue(output);
            using var stream = CommonOptions.OpenOutput(outPath);
            if (stream is null)
            {
                return ExitCodes.SomeInputsFailed;
            }

            GraphJsonWriter.Write(graph, stream);
            return ExitCodes.Success;
        });
        return command;
    }
}
