namespace KnowledgeGraph.Neo4j.Export;

/// <summary>What an export wrote: the files (relative to the folder) and how many nodes and relationships they carry.</summary>
public sealed record ExportResult(IReadOnlyList<string> Files, int Nodes, int Relationships, int Statements);
