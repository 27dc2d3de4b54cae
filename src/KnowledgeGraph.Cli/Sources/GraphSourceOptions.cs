using System.CommandLine;

namespace KnowledgeGraph.Cli.Sources;

/// <summary>The <c>--db PATH | --from-json FILE</c> pair shared by the commands that read a finished graph.</summary>
internal sealed class GraphSourceOptions
{
    public Option<string?> Db { get; } = new("--db") { Description = "The SQLite store written by kg ingest" };

    public Option<string?> FromJson { get; } = new("--from-json") { Description = "A kg-graph/1 file written by kg extract --out" };

    public void AddTo(Command command)
    {
        command.Options.Add(Db);
        command.Options.Add(FromJson);
    }

    /// <summary>The source the user chose, or a usage error when they gave none or both.</summary>
    public IGraphSource? Resolve(ParseResult result, out string? error)
    {
        var db = result.GetValue(Db);
        var json = result.GetValue(FromJson);
        error = (db, json) switch
        {
            (null, null) => "give the graph to read: --db PATH or --from-json GRAPH.json",
            ({ }, { }) => "give either --db or --from-json, not both",
            _ => null,
        };
        if (error is not null)
        {
            return null;
        }

        return json is not null ? new JsonGraphSource(json) : new SqliteGraphSource(db!);
    }
}
