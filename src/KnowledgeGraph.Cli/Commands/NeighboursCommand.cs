using System.CommandLine;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Query;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg neighbours NAME [--db] [--depth N] [--type T]... [--limit N] [--format table|md|json]</c>.</summary>
internal static class NeighboursCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var name = new Argument<string>("name") { Description = "The entity: canonical name, alias or id, any case" };
        var depth = new Option<int>("--depth") { Description = "How many steps away (1 to 3); depth 2 grows from the depth-1 entities shown", DefaultValueFactory = _ => 1 };
        var types = QueryOptions.Types("Only connections through events of this type (quotes then do not count)");
        var limit = QueryOptions.Limit("At most this many entities per depth, the most connected", 25);
        var format = CommonOptions.Format();
        var command = new Command("neighbours", "The entities connected to one through shared events (participants, place) and quotes (speaker, addressee, mentioned), with counts, first and last dates and the connecting events.\n\nExample:\n  kg neighbours \"Ada Lindqvist\" --db news.db --depth 2\n  kg neighbours Lindqvist --type Meeting --format json")
        {
            name, db, depth, types, limit, format,
        };
        command.Aliases.Add("neighbors");
        depth.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 3)
            {
                r.AddError("--depth must be 1, 2 or 3");
            }
        });
        command.SetAction(result => QueryOptions.Run(() =>
        {
            if (!CommonOptions.StoreExists(result.GetValue(db)!))
            {
                return ExitCodes.SomeInputsFailed;
            }

            using var store = SqliteGraphStore.Open(result.GetValue(db)!);
            var query = new NeighbourQuery(result.GetValue(name)!, result.GetValue(depth), result.GetValue(types), Math.Max(1, result.GetValue(limit)));
            if (store.Neighbours(query) is not { } neighbourhood)
            {
                QueryOptions.WarnIfUnknown(store, query.Entity);
                return ExitCodes.SomeInputsFailed;
            }

            Console.Write(NeighbourRenderer.Render(neighbourhood, OutputFormats.Parse(result.GetValue(format)!)));
            return ExitCodes.Success;
        }));
        return command;
    }
}
