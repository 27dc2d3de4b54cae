using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>A word or punctuation mark of a sentence, with its lower-cased form for lexicon look-ups.</summary>
internal readonly record struct Token(string Text, string Lower, TextSpan Span);
