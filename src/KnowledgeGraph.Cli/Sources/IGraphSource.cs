using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Cli.Sources;

/// <summary>Where a command that reads a finished graph (export, push) gets it from.</summary>
internal interface IGraphSource
{
    /// <summary>What the user named, for messages ("graph.json", "news.db").</summary>
    string Description { get; }

    KnowledgeGraphModel Load();
}
