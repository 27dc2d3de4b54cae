using System.CommandLine;
using KnowledgeGraph.Query;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg stats [--db] [--top N] [--format table|md|json]</c>.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var top = new Option<int>("--top") { Description = "How many of the most connected entities to list", DefaultValueFactory = _ => 10 };
        var format = CommonOptions.Format();
        var command = new Command("stats", "What the store holds: counts by type, the most connected entities, the dates the events cover, articles without a publication date.\n\nExample:\n  kg stats --db news.db --format json")
        {
            db, top, format,
        };
        command.SetAction(result =>
        {
            if (!CommonOptions.StoreExists(result.GetValue(db)!))
            {
                return ExitCodes.SomeInputsFailed;
            }

            using var store = SqliteGraphStore.Open(result.GetValue(db)!);
            Console.Write(StatsRenderer.Render(store.Overview(result.GetValue(top)), OutputFormats.Parse(result.GetValue(format)!)));
            return ExitCodes.Success;
        });
        return command;
    }
}
