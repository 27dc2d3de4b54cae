using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>
/// Adds an entity the recogniser missed but a speech verb cues ("said pollster Jean Dupont"), with
/// the id the entity stage would give it, so both stages' findings merge into one entity.
/// </summary>
internal static class CuedEntityRegistrar
{
    public static SpeakerMatch Register(DocumentAnalysis analysis, EntityType type, string name, TextSpan span)
    {
        var id = StableId.ForEntity(type, name);
        var surface = span.Slice(analysis.Text);
        var mention = new Mention(analysis.Document.Id, span, span.Slice(analysis.Document.Text));
        if (analysis.Entities.TryGetValue(id, out var existing))
        {
            if (!existing.Mentions.Any(m => m.Span == span))
            {
                var aliases = surface == existing.Name || existing.Aliases.Contains(surface) ? existing.Aliases : [.. existing.Aliases, surface];
                analysis.Entities[id] = existing with { Mentions = [.. existing.Mentions.Append(mention).OrderBy(m => m.Span.Start)], Aliases = aliases };
            }
        }
        else
        {
            analysis.Entities[id] = new Entity { Id = id, Type = type, Name = name, Mentions = [mention], Aliases = surface == name ? [] : [surface] };
        }

        if (!analysis.Mentions.Any(m => m.Span == span && m.EntityId == id))
        {
            var entityMention = new EntityMention(span, surface, id, type);
            var index = analysis.Mentions.FindIndex(m => m.Span.Start > span.Start);
            analysis.Mentions.Insert(index < 0 ? analysis.Mentions.Count : index, entityMention);
        }

        return new SpeakerMatch(id, type, span);
    }
}
