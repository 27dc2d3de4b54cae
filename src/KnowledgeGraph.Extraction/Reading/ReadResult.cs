using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Reading;

/// <summary>What one input gave: the articles read and the problems met; either list may be empty.</summary>
public sealed record ReadResult(string Source, IReadOnlyList<Document> Documents, IReadOnlyList<InputError> Errors)
{
    public static ReadResult Failed(string source, InputError error) => new(source, [], [error]);
}
