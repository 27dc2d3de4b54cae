using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Cli.Sources;

/// <summary>A <c>kg-graph/1</c> file, as <c>kg extract --out</c> writes it.</summary>
internal sealed class JsonGraphSource(string path) : IGraphSource
{
    public string Description => path;

    public KnowledgeGraphModel Load()
    {
        using var stream = File.OpenRead(path);
        return GraphJsonReader.Read(stream);
    }
}
