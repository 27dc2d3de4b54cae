using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>An attribute read next to a mention ("age" = "70" from "X, 70,"), kept until the mention's entity is known.</summary>
internal sealed record PendingAttribute(string Name, string Value, TextSpan Span);
