using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Segmentation;

namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>A stretch of text between double quote marks, before anyone is known to have said it.</summary>
internal sealed record QuoteCandidate
{
    /// <summary>From the opening mark to the closing mark inclusive (to the paragraph end when left open).</summary>
    public required TextSpan Outer { get; init; }

    /// <summary>The quoted words: inside the marks, trimmed, without a trailing comma.</summary>
    public required TextSpan Content { get; init; }

    public required Paragraph Paragraph { get; init; }

    /// <summary>Only white space (or a dash) stands between the sentence start and the opening mark.</summary>
    public required bool StartsSentence { get; init; }

    /// <summary>The quote follows a colon: 'X said: "..."'.</summary>
    public required bool AfterColon { get; init; }

    /// <summary>A speech verb hands over to the quote: 'Ruiz said, "We ..."', 'Ruiz said "We ..."'.</summary>
    public required bool AfterSpeechVerb { get; init; }

    /// <summary>The paragraph ended before a closing mark: the quote goes on in the next paragraph.</summary>
    public required bool LeftOpen { get; init; }

    /// <summary>This paragraph opens with a quote mark and continues a quote the previous paragraph left open.</summary>
    public required bool ContinuesPrevious { get; init; }

    public required int WordCount { get; init; }

    /// <summary>The writer names a term: 'the so-called "cultural industries"', 'a plan known as "harbour first"'.</summary>
    public required bool IsNamedTerm { get; init; }

    /// <summary>Every word capitalised ("The Long Road"): a title or a name, not speech.</summary>
    public required bool IsTitleCase { get; init; }

    /// <summary>Stands where a whole sentence of speech stands: at a sentence start or after a colon.</summary>
    public bool IsDirect => StartsSentence || AfterColon || AfterSpeechVerb || ContinuesPrevious;

    public bool InBody => Paragraph.Kind == ParagraphKind.Body;
}
