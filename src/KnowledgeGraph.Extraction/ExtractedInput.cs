using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction;

/// <summary>What one input gave after extraction: its articles' extractions and the problems met.</summary>
public sealed record ExtractedInput(string Source, IReadOnlyList<DocumentExtraction> Extractions, IReadOnlyList<InputError> Errors);
