using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Queries;

namespace KnowledgeGraph.Storage;

/// <summary>
/// Keeps <c>entity_pairs</c> exact inside the store writer's transaction. A new event adds one link
/// to every pair of its members (participants and place) that did not share it before; a new quote
/// adds one to speaker-addressee, speaker-mentioned and addressee-mentioned. Counts and dates of
/// the other pairs are untouched. When an article is replaced its quotes, and the events only it
/// evidenced, are deleted: their pairs are noted first and counted again from the remaining rows
/// afterwards (a first or last date cannot be subtracted), and a pair left with no link is removed.
/// </summary>
internal sealed class PairWriter(PreparedStatements sql)
{
    private const string Members = "SELECT entity_id FROM participants WHERE event_id = $id UNION SELECT place_id FROM events WHERE id = $id AND place_id IS NOT NULL";

    // Every event and quote linking $x and $y (EntityLinks.Of's rules, from both sides).
    private const string LinksBetween = """
        SELECT 0, e.id, e.type, e.t_start FROM events e WHERE e.id IN (
            SELECT pa.event_id FROM participants pa JOIN participants pb ON pb.event_id = pa.event_id WHERE pa.entity_id = $x AND pb.entity_id = $y
            UNION SELECT p.event_id FROM participants p JOIN events v ON v.id = p.event_id WHERE p.entity_id = $x AND v.place_id = $y
            UNION SELECT p.event_id FROM participants p JOIN events v ON v.id = p.event_id WHERE p.entity_id = $y AND v.place_id = $x)
        UNION ALL
        SELECT 1, q.id, q.kind, COALESCE(q.t_start, d.published) FROM quotes q JOIN documents d ON d.id = q.document_id WHERE q.id IN (
            SELECT id FROM quotes WHERE speaker_id = $x AND addressee_id = $y
            UNION SELECT id FROM quotes WHERE speaker_id = $y AND addressee_id = $x
            UNION SELECT v.id FROM quote_mentions m JOIN quotes v ON v.id = m.quote_id WHERE m.entity_id = $y AND (v.speaker_id = $x OR v.addressee_id = $x)
            UNION SELECT v.id FROM quote_mentions m JOIN quotes v ON v.id = m.quote_id WHERE m.entity_id = $x AND (v.speaker_id = $y OR v.addressee_id = $y))
        """;

    private readonly HashSet<(string, string)> _forgotten = [];

    /// <summary>The distinct entities an event links: its participants and its place.</summary>
    public List<string> EventMembers(string eventId) => sql.Strings(Members, ("$id", eventId));

    /// <summary>After an event stored before gains participants: links the members that were not linked through it before.</summary>
    public void EventWritten(string eventId, List<string> membersBefore)
    {
        var members = EventMembers(eventId);
        if (members.Count == membersBefore.Count)
        {
            return; // stored already with the same members
        }

        EntityLink link;
        using (var r = sql.Command("SELECT type, t_start FROM events WHERE id = $id", ("$id", eventId)).ExecuteReader())
        {
            r.Read();
            link = new EntityLink("", ConnectionKind.Event, eventId, r.GetString(0), TimeColumns.ParseDate(r, 1));
        }

        var before = membersBefore.ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < members.Count; i++)
        {
            for (var j = i + 1; j < members.Count; j++)
            {
                if (!before.Contains(members[i]) || !before.Contains(members[j]))
                {
                    Add(members[i], members[j], link);
                }
            }
        }
    }

    /// <summary>After a new event and its participants are written: links every two of its members, as stored.</summary>
    public void NewEvent(Event ev)
    {
        var members = ev.Participants.Select(p => p.EntityId).Append(ev.PlaceId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var link = new EntityLink("", ConnectionKind.Event, ev.Id, ContractNames.Of(ev.Type), ev.Time?.Start);
        for (var i = 0; i < members.Count; i++)
        {
            for (var j = i + 1; j < members.Count; j++)
            {
                Add(members[i], members[j], link);
            }
        }
    }

    /// <summary>After a new quote and its mentions are written: links its speaker, addressee and mentioned.</summary>
    public void NewQuote(Quote quote, Document article)
    {
        if (quote.Evidence.DocumentId != article.Id)
        {
            var (stored, storedPairs) = QuotePairs(quote.Id); // dated by another article's publication date
            foreach (var (x, y) in storedPairs)
            {
                Add(x, y, stored);
            }

            return;
        }

        var link = new EntityLink("", ConnectionKind.Quote, quote.Id, ContractNames.Of(quote.Kind), quote.Time?.Start ?? article.Published);
        foreach (var (x, y) in Pairs(quote.SpeakerId, quote.AddresseeId, quote.MentionIds))
        {
            Add(x, y, link);
        }
    }

    /// <summary>Before an article's facts are deleted: notes the pairs its quotes and its own events link.</summary>
    public void ForgetDocument(string documentId)
    {
        foreach (var quoteId in sql.Strings("SELECT id FROM quotes WHERE document_id = $d", ("$d", documentId)))
        {
            _forgotten.UnionWith(QuotePairs(quoteId).Pairs);
        }

        const string onlyHere = "SELECT DISTINCT event_id FROM event_evidence ee WHERE document_id = $d AND NOT EXISTS (SELECT 1 FROM event_evidence o WHERE o.event_id = ee.event_id AND o.document_id <> $d)";
        foreach (var eventId in sql.Strings(onlyHere, ("$d", documentId)))
        {
            var members = EventMembers(eventId);
            for (var i = 0; i < members.Count; i++)
            {
                for (var j = i + 1; j < members.Count; j++)
                {
                    _forgotten.Add(Ordered(members[i], members[j]));
                }
            }
        }
    }

    /// <summary>After the deletion: counts the noted pairs again from what is left.</summary>
    public void RecountForgotten()
    {
        foreach (var (x, y) in _forgotten)
        {
            var tally = new PairTally();
            using (var r = sql.Command(LinksBetween, ("$x", x), ("$y", y)).ExecuteReader())
            {
                while (r.Read())
                {
                    tally.Add(new EntityLink(y, r.GetInt32(0) == 0 ? ConnectionKind.Event : ConnectionKind.Quote, r.GetString(1), r.GetString(2), TimeColumns.ParseDate(r, 3)));
                }
            }

            if (tally.Total == 0)
            {
                sql.Execute("DELETE FROM entity_pairs WHERE (entity_id = $x AND other_id = $y) OR (entity_id = $y AND other_id = $x)", ("$x", x), ("$y", y));
            }
            else
            {
                Write(x, y, tally);
            }
        }

        _forgotten.Clear();
    }

    private (EntityLink Link, HashSet<(string, string)> Pairs) QuotePairs(string quoteId)
    {
        EntityLink link;
        string? speaker, addressee;
        using (var r = sql.Command("SELECT q.kind, COALESCE(q.t_start, d.published), q.speaker_id, q.addressee_id FROM quotes q JOIN documents d ON d.id = q.document_id WHERE q.id = $id", ("$id", quoteId)).ExecuteReader())
        {
            if (!r.Read())
            {
                return (default, []); // its article is not stored: the queries do not link it either
            }

            link = new EntityLink("", ConnectionKind.Quote, quoteId, r.GetString(0), TimeColumns.ParseDate(r, 1));
            speaker = r.IsDBNull(2) ? null : r.GetString(2);
            addressee = r.IsDBNull(3) ? null : r.GetString(3);
        }

        return (link, Pairs(speaker, addressee, sql.Strings("SELECT entity_id FROM quote_mentions WHERE quote_id = $id", ("$id", quoteId))));
    }

    // Speaker and addressee are linked to each other and to the mentioned; the mentioned only to them.
    private static HashSet<(string, string)> Pairs(string? speaker, string? addressee, IEnumerable<string> mentioned)
    {
        var pairs = new HashSet<(string, string)>();
        foreach (var (x, y) in mentioned.SelectMany(m => new (string?, string?)[] { (speaker, m), (addressee, m) }).Append((speaker, addressee)))
        {
            if (x is not null && y is not null && x != y)
            {
                pairs.Add(Ordered(x, y));
            }
        }

        return pairs;
    }

    private void Add(string x, string y, EntityLink link)
    {
        var tally = new PairTally();
        using (var r = sql.Command("SELECT events, quotes, first, last, recent FROM entity_pairs WHERE entity_id = $x AND other_id = $y", ("$x", x), ("$y", y)).ExecuteReader())
        {
            if (r.Read())
            {
                tally = PairTally.Read(r, 0, y);
            }
        }

        tally.Add(link with { Other = y });
        Write(x, y, tally);
    }

    private void Write(string x, string y, PairTally tally)
    {
        var command = sql.Command(EntityPairs.Upsert, ("$x", x), ("$y", y));
        tally.Bind(command);
        command.ExecuteNonQuery();
    }

    private static (string, string) Ordered(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
}
