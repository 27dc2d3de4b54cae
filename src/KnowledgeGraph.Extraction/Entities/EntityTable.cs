using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>Turns typed candidates into the analysis' entities (one per type and canonical name) and mentions.</summary>
internal static class EntityTable
{
    public static void Fill(DocumentAnalysis analysis, IEnumerable<MentionCandidate> typed)
    {
        var docId = analysis.Document.Id;
        var end = -1;
        foreach (var c in typed.OrderBy(c => c.Span.Start).ThenByDescending(c => c.Span.Length))
        {
            if (c.Span.Start < end)
            {
                continue; // overlaps a mention already kept
            }

            end = c.Span.End;
            var type = c.Type!.Value;
            var name = c.Name;
            var id = StableId.ForEntity(type, name);
            var mention = new Mention(docId, c.Span, c.Span.Slice(analysis.Text));
            var aliases = c.ExtraAliases.Prepend(MentionCandidate.Fold(c.Text)).Where(a => a != name);
            var attributes = type == EntityType.Person
                ? c.Attributes.Select(a => new AttributeValue(a.Name, MentionCandidate.Fold(a.Value), docId, a.Span))
                : [];
            if (analysis.Entities.TryGetValue(id, out var known))
            {
                analysis.Entities[id] = known with
                {
                    Subtype = known.Subtype ?? c.Subtype,
                    Aliases = [.. known.Aliases.Concat(aliases).Distinct(StringComparer.Ordinal)],
                    Attributes = [.. known.Attributes.Concat(attributes).DistinctBy(a => (a.Name, a.Value))],
                    Mentions = [.. known.Mentions, mention],
                };
            }
            else
            {
                analysis.Entities[id] = new Entity
                {
                    Id = id,
                    Type = type,
                    Subtype = c.Subtype,
                    Name = name,
                    Aliases = [.. aliases.Distinct(StringComparer.Ordinal)],
                    Attributes = [.. attributes.DistinctBy(a => (a.Name, a.Value))],
                    Mentions = [mention],
                };
            }

            analysis.Mentions.Add(new EntityMention(c.Span, mention.Text, id, type));
        }

        analysis.Mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }
}
