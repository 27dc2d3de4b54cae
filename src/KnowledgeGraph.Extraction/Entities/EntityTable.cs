using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>Turns typed candidates into the analysis' entities (one per type and canonical name) and mentions.</summary>
internal static class EntityTable
{
    public static void Fill(DocumentAnalysis analysis, List<MentionCandidate> typed)
    {
        var docId = analysis.Document.Id;
        var ordered = typed.ToArray();
        // Stable sort by start, longer first: Array.Sort is unstable, so the original index breaks ties.
        var order = new int[ordered.Length];
        for (var k = 0; k < order.Length; k++)
        {
            order[k] = k;
        }

        Array.Sort(order, (a, b) =>
        {
            var x = ordered[a].Span;
            var y = ordered[b].Span;
            var byStart = x.Start.CompareTo(y.Start);
            if (byStart != 0)
            {
                return byStart;
            }

            var byLength = y.Length.CompareTo(x.Length);
            return byLength != 0 ? byLength : a.CompareTo(b);
        });

        // Each entity is built once from its accumulated parts: rebuilding the record per mention was quadratic.
        var ids = new Dictionary<(EntityType, string), string>();
        var parts = new Dictionary<string, EntityParts>(StringComparer.Ordinal);
        var end = -1;
        foreach (var index in order)
        {
            var c = ordered[index];
            if (c.Span.Start < end)
            {
                continue; // overlaps a mention already kept
            }

            end = c.Span.End;
            var type = c.Type!.Value;
            var name = c.Name;
            if (!ids.TryGetValue((type, name), out var id))
            {
                ids[(type, name)] = id = StableId.ForEntity(type, name);
            }

            if (!parts.TryGetValue(id, out var p))
            {
                parts[id] = p = analysis.Entities.TryGetValue(id, out var known) ? new EntityParts(known) : new EntityParts(id, type, name, c.Subtype);
            }

            var mention = new Mention(docId, c.Span, c.Span.Slice(analysis.Text));
            p.Subtype ??= c.Subtype;
            p.AddAlias(MentionCandidate.Fold(c.Text));
            foreach (var alias in c.ExtraAliases)
            {
                p.AddAlias(alias);
            }

            if (type == EntityType.Person)
            {
                foreach (var a in c.Attributes)
                {
                    p.AddAttribute(new AttributeValue(a.Name, MentionCandidate.Fold(a.Value), docId, a.Span));
                }
            }

            p.Mentions.Add(mention);
            analysis.Mentions.Add(new EntityMention(c.Span, mention.Text, id, type));
        }

        foreach (var (id, p) in parts)
        {
            analysis.Entities[id] = p.Build();
        }

        analysis.Mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }
}
