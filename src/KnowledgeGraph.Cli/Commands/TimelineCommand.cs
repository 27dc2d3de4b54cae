using System.CommandLine;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Query;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg timeline [--db] [--entity NAME] [--from D] [--to D] [--type T]... [--limit N] [--format table|md|json|timelinejs|html]</c>.</summary>
internal static class TimelineCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var entity = new Option<string?>("--entity") { Description = "Only events with this participant or place (name, alias or id, any case)" };
        var from = CommonOptions.Date("--from", "Only events on or after this day (YYYY-MM-DD)");
        var to = CommonOptions.Date("--to", "Only events on or before this day (YYYY-MM-DD)");
        var types = QueryOptions.Types("Only events of this type");
        var limit = QueryOptions.Limit("At most this many events, earliest first; 0 for all", 500);
        var format = new Option<string>("--format") { Description = "Output format: table, md, json, timelinejs (TimelineJS 3) or html (one self-contained page)", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "md", "json", "timelinejs", "html");
        var command = new Command("timeline", "Print dated events in time order, with the sentence that reports each; undated events come last.\n\nExample:\n  kg timeline --db news.db --entity \"Ada Lindqvist\" --from 2024-01-01\n  kg timeline --db news.db --type Meeting --type Visit --format html > timeline.html")
        {
            db, entity, from, to, types, limit, format,
        };
        command.SetAction(result => QueryOptions.Run(() =>
        {
            if (!CommonOptions.StoreExists(result.GetValue(db)!))
            {
                return ExitCodes.SomeInputsFailed;
            }

            using var store = SqliteGraphStore.Open(result.GetValue(db)!);
            var name = result.GetValue(entity);
            QueryOptions.WarnIfUnknown(store, name);
            var max = result.GetValue(limit);
            var query = new TimelineQuery(name, result.GetValue(from), result.GetValue(to), result.GetValue(types), max > 0 ? max + 1 : null);
            var entries = store.Timeline(query);
            if (max > 0 && entries.Count > max)
            {
                Console.Error.WriteLine($"kg: showing the first {max} events; --limit 0 shows all");
                entries = [.. entries.Take(max)];
            }

            var title = name is null ? "Timeline" : "Timeline: " + (store.Resolve(name).Entity?.Name ?? name.Trim());
            Console.Write(TimelineRenderer.Render(entries, OutputFormats.Parse(result.GetValue(format)!), title));
            return ExitCodes.Success;
        }));
        return command;
    }
}
