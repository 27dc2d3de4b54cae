using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>Turns typed candidates into the analysis' entities (one per type and canonical name) and mentions.</summary>
internal static class EntityTable
{
    public static void Fill(DocumentAnalysis analysis, List<MentionCandidate> typed, Gazetteer gazetteer)
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

        var sorted = order.Select(k => ordered[k]).ToList();
        var partyCountries = PartyCountryScope.Find(analysis.Text, sorted, gazetteer);

        // Each entity is built once from its accumulated parts: rebuilding the record per mention was quadratic.
        var ids = new Dictionary<(EntityType, string), string>();
        var parts = new Dictionary<string, EntityParts>(StringComparer.Ordinal);
        var end = -1;
        foreach (var c in sorted)
        {
            if (c.Span.Start < end)
            {
                continue; // overlaps a mention already kept
            }

            end = c.Span.End;
            var type = c.Type!.Value;
            var name = c.Name;
            var scope = type == EntityType.Organization && partyCountries.TryGetValue(name, out var country) ? country : default;
            if (!ids.TryGetValue((type, name), out var id))
            {
                // "Liberal Party (Canada)": a party family is one entity per country.
                ids[(type, name)] = id = StableId.ForEntity(type, scope.Country is null ? name : $"{name} ({scope.Country})");
            }

            if (!parts.TryGetValue(id, out var p))
            {
                parts[id] = p = analysis.Entities.TryGetValue(id, out var known) ? new EntityParts(known) : new EntityParts(id, type, name, c.Subtype);
            }

            // The mention as the article wrote it, also where its capitals were restored for reading.
            var mention = new Mention(docId, c.Span, c.Span.Slice(analysis.Document.Text));
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

            if (scope.Country is not null)
            {
                p.AddAttribute(new AttributeValue("country", scope.Country, docId, scope.Evidence));
            }

            p.Mentions.Add(mention);
            analysis.Mentions.Add(new EntityMention(c.Span, c.Span.Slice(analysis.Text), id, type));
        }

        foreach (var (id, p) in parts)
        {
            analysis.Entities[id] = p.Build();
        }

        analysis.Mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }
}
