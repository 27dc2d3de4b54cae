using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Cli.Sources;

/// <summary>The SQLite store written by <c>kg ingest</c>.</summary>
internal sealed class SqliteGraphSource(string path) : IGraphSource
{
    public string Description => path;

    // integration: replace the body with `return KnowledgeGraph.Storage.SqliteGraphStore.Open(path).LoadGraph();`
    // once the storage branch is merged (SqliteGraphStore is not in this branch yet).
    public KnowledgeGraphModel Load() =>
        throw new NotSupportedException($"reading the store '{path}' needs the SQLite store, which this build does not have yet; use --from-json GRAPH.json");
}
