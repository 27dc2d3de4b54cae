using System.CommandLine;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Query;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg timeline [--db] [--entity NAME] [--from D] [--to D] [--format table|md|json]</c>.</summary>
internal static class TimelineCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var entity = new Option<string?>("--entity") { Description = "Only events with this participant or place (name or alias, any case)" };
        var from = CommonOptions.Date("--from", "Only events on or after this day (YYYY-MM-DD)");
        var to = CommonOptions.Date("--to", "Only events on or before this day (YYYY-MM-DD)");
        var format = CommonOptions.Format();
        var command = new Command("timeline", "Print dated events in time order, with the sentence that reports each.\n\nExample:\n  kg timeline --db news.db --entity \"Ada Lindqvist\" --from 2024-01-01")
        {
            db, entity, from, to, format,
        };
        command.SetAction(result =>
        {
            if (!CommonOptions.StoreExists(result.GetValue(db)!))
            {
                return ExitCodes.SomeInputsFailed;
            }

            using var store = SqliteGraphStore.Open(result.GetValue(db)!);
            var entries = store.Timeline(new TimelineQuery(result.GetValue(entity), result.GetValue(from), result.GetValue(to)));
            Console.Write(TimelineRenderer.Render(entries, OutputFormats.Parse(result.GetValue(format)!)));
            return ExitCodes.Success;
        });
        return command;
    }
}
