using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Time;

/// <summary>A TIMEX3 value and type as the resolver decided them, and the rule that did.</summary>
internal readonly record struct ResolvedTimex(string Value, TimexType Type, string Rule);
