using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>One word of a noun phrase next to a speech verb.</summary>
internal readonly record struct PhraseToken(TextSpan Span, string Text)
{
    public bool IsCapitalised => NameLexicon.IsCapitalised(Text);
}
