using System.CommandLine;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Query;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg path A B [--db] [--max-hops N] [--chains N] [--format table|md|json]</c>.</summary>
internal static class PathCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var from = new Argument<string>("from") { Description = "The first entity: canonical name, alias or id" };
        var to = new Argument<string>("to") { Description = "The second entity" };
        var maxHops = new Option<int>("--max-hops") { Description = "Longest chain to look for", DefaultValueFactory = _ => 6 };
        var chains = new Option<int>("--chains") { Description = "At most this many shortest chains", DefaultValueFactory = _ => 5 };
        var format = CommonOptions.Format();
        var command = new Command("path", "The shortest chains of shared events and quotes linking two entities, each step with its evidence. Exit code 0 when a chain is found, 1 when none is.\n\nExample:\n  kg path \"Ada Lindqvist\" \"Tomas Okafor\" --db news.db")
        {
            from, to, db, maxHops, chains, format,
        };
        command.SetAction(result => QueryOptions.Run(() =>
        {
            if (!CommonOptions.StoreExists(result.GetValue(db)!))
            {
                return ExitCodes.SomeInputsFailed;
            }

            using var store = SqliteGraphStore.Open(result.GetValue(db)!);
            var query = new PathQuery(result.GetValue(from)!, result.GetValue(to)!, Math.Max(1, result.GetValue(maxHops)), Math.Max(1, result.GetValue(chains)));
            if (store.Path(query) is not { } path)
            {
                QueryOptions.WarnIfUnknown(store, query.From);
                QueryOptions.WarnIfUnknown(store, query.To);
                return ExitCodes.SomeInputsFailed;
            }

            Console.Write(PathRenderer.Render(path, OutputFormats.Parse(result.GetValue(format)!)));
            return path.Chains.Count > 0 ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
        }));
        return command;
    }
}
