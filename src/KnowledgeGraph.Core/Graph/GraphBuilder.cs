namespace KnowledgeGraph.Core.Graph;

/// <summary>
/// Merges per-article extractions: entities with the same id become one node (aliases, attributes
/// and mentions united), events with the same id one node with more evidence.
/// Order of the output follows first appearance, so the same inputs give the same graph.
/// </summary>
public sealed class GraphBuilder
{
    private readonly List<Document> _documents = [];
    private readonly HashSet<string> _documentIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entity> _entities = new(StringComparer.Ordinal);
    private readonly List<string> _entityOrder = [];
    private readonly Dictionary<string, Event> _events = new(StringComparer.Ordinal);
    private readonly List<string> _eventOrder = [];
    private readonly List<Quote> _quotes = [];
    private readonly HashSet<string> _quoteIds = new(StringComparer.Ordinal);
    private readonly List<TimeValue> _timexes = [];

    public GraphBuilder Add(DocumentExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        if (!_documentIds.Add(extraction.Document.Id))
        {
            return this; // the same article twice adds nothing
        }

        _documents.Add(extraction.Document);
        foreach (var entity in extraction.Entities)
        {
            AddEntity(entity);
        }

        foreach (var ev in extraction.Events)
        {
            AddEvent(ev);
        }

        foreach (var quote in extraction.Quotes)
        {
            if (_quoteIds.Add(quote.Id))
            {
                _quotes.Add(quote);
            }
        }

        _timexes.AddRange(extraction.Timexes);
        return this;
    }

    public KnowledgeGraphModel Build() => new()
    {
        Documents = [.. _documents],
        Entities = [.. _entityOrder.Select(id => _entities[id])],
        Events = [.. _eventOrder.Select(id => _events[id])],
        Quotes = [.. _quotes],
        Timexes = [.. _timexes],
    };

    private void AddEntity(Entity entity)
    {
        if (!_entities.TryGetValue(entity.Id, out var known))
        {
            _entities[entity.Id] = entity;
            _entityOrder.Add(entity.Id);
            return;
        }

        _entities[entity.Id] = Merge(known, entity);
    }

    public static Entity Merge(Entity a, Entity b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a with
        {
            Subtype = a.Subtype ?? b.Subtype,
            Aliases = [.. a.Aliases.Concat(b.Aliases).Where(x => x != a.Name).Distinct(StringComparer.Ordinal)],
            Attributes = [.. a.Attributes.Concat(b.Attributes).DistinctBy(x => (x.Name, x.Value, x.DocumentId, x.Span))],
            Mentions = [.. a.Mentions.Concat(b.Mentions).DistinctBy(m => (m.DocumentId, m.Span))],
        };
    }

    private void AddEvent(Event ev)
    {
        if (!_events.TryGetValue(ev.Id, out var known))
        {
            _events[ev.Id] = ev;
            _eventOrder.Add(ev.Id);
            return;
        }

        var evidence = known.MoreEvidence.Append(ev.Evidence).Concat(ev.MoreEvidence)
            .Where(e => e != known.Evidence)
            .DistinctBy(e => (e.DocumentId, e.Span));
        // Same id means the same factual event: a later "visited" outranks an earlier "will visit".
        var status = known.Status.IsFactual() && ev.Status.IsFactual() ? EventStatusKinds.MostAdvanced(known.Status, ev.Status) : known.Status;
        _events[ev.Id] = known with { Status = status, MoreEvidence = [.. evidence] };
    }
}
