using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>Who said a quote, to whom, by which rule, and the words that say so ("Kim told Putin").</summary>
internal sealed record Attribution(string? SpeakerId, string? AddresseeId, string Rule, TextSpan Cue);
