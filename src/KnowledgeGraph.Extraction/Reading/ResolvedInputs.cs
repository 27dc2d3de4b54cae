using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Reading;

/// <summary>The files to read and the arguments that named nothing readable.</summary>
public sealed record ResolvedInputs(IReadOnlyList<InputFile> Files, IReadOnlyList<InputError> Errors);
