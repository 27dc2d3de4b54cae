using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Cli.Sources;

/// <summary>The SQLite store written by <c>kg ingest</c>.</summary>
internal sealed class SqliteGraphSource(string path) : IGraphSource
{
    public string Description => path;

    public KnowledgeGraphModel Load()
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"no store at '{path}': run 'kg ingest FILES --db {path}' first", path);
        }

        using var store = KnowledgeGraph.Storage.SqliteGraphStore.Open(path);
        return store.LoadGraph();
    }
}
