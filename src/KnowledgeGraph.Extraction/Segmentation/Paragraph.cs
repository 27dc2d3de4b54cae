using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Segmentation;

public enum ParagraphKind
{
    Body,

    /// <summary>The headline (first line of an article).</summary>
    Headline,

    /// <summary>A short line without final punctuation inside the body: a section heading ("Ballistic missiles").</summary>
    Heading,

    /// <summary>A photo caption: "In this pool photo ...", "(FILES) ...", "(Photo by ...)".</summary>
    Caption,
}

public sealed record Paragraph(int Index, TextSpan Span, ParagraphKind Kind);
