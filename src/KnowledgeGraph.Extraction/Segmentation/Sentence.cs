using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Segmentation;

public sealed record Sentence(int Index, TextSpan Span, int ParagraphIndex);
