using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>What a gazetteer name stands for; a demonym ("Russian") stands for its country.</summary>
internal sealed record GazetteerEntry(string Canonical, EntityType Type, string? Subtype, bool IsDemonym = false);
