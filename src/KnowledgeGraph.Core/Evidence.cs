namespace KnowledgeGraph.Core;

/// <summary>Where a fact came from: the document, the words, the sentence, and the rule that decided.</summary>
public sealed record Evidence(string DocumentId, TextSpan Span, TextSpan SentenceSpan, string Sentence, string Rule);
