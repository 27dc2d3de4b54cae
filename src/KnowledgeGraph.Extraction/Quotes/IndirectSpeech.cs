using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>A reported clause and who reported it: "the ministry said [the talks had failed]".</summary>
internal sealed record IndirectSpeech(TextSpan Clause, Attribution Attribution);
