using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Segmentation;

namespace KnowledgeGraph.Extraction;

/// <summary>A mention of an entity in the text, linked to the entity's id.</summary>
public sealed record EntityMention(TextSpan Span, string Text, string EntityId, EntityType Type);

/// <summary>
/// The working state of one document as it passes through the stages. Each stage appends to the
/// lists it owns; later stages read them. Not shared between documents.
/// </summary>
public sealed class DocumentAnalysis
{
    public DocumentAnalysis(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Document = document;
        Text = Truecaser.Restore(document.Text);
    }

    public Document Document { get; }

    /// <summary>The text the stages read: the document's, with the capitals restored where a desk sent its names in lower case.</summary>
    public string Text { get; }

    /// <summary>The publication date, the reference for deictic time expressions; null when unknown.</summary>
    public DateOnly? ReferenceDate => Document.Published;

    public List<Paragraph> Paragraphs { get; } = [];

    public List<Sentence> Sentences { get; } = [];

    /// <summary>Entities of this document, keyed by id.</summary>
    public Dictionary<string, Entity> Entities { get; } = new(StringComparer.Ordinal);

    /// <summary>Every entity mention, in text order.</summary>
    public List<EntityMention> Mentions { get; } = [];

    public List<TimeValue> Timexes { get; } = [];

    public List<Quote> Quotes { get; } = [];

    public List<Event> Events { get; } = [];

    /// <summary>Time spent per stage name, for the benchmark.</summary>
    public Dictionary<string, TimeSpan> StageTimes { get; } = new(StringComparer.Ordinal);

    public Sentence? SentenceAt(int offset)
    {
        // Sentences are in text order: binary search by start.
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var s = Sentences[mid];
            if (offset < s.Span.Start)
            {
                hi = mid - 1;
            }
            else if (offset >= s.Span.End)
            {
                lo = mid + 1;
            }
            else
            {
                return s;
            }
        }

        return null;
    }

    public IEnumerable<EntityMention> MentionsIn(TextSpan span) =>
        Mentions.Where(m => span.Contains(m.Span));

    public Evidence EvidenceFor(TextSpan span, string rule)
    {
        var sentence = SentenceAt(span.Start);
        var sentenceSpan = sentence?.Span ?? span;
        return new Evidence(Document.Id, span, sentenceSpan, sentenceSpan.Slice(Document.Text).Trim(), rule);
    }

    public DocumentExtraction ToExtraction() => new()
    {
        Document = Document,
        Entities = [.. Entities.Values.OrderBy(e => e.Mentions.Count > 0 ? e.Mentions[0].Span.Start : int.MaxValue).ThenBy(e => e.Id, StringComparer.Ordinal)],
        Events = [.. Events],
        Quotes = [.. Quotes.OrderBy(q => q.Span.Start)],
        Timexes = [.. Timexes.OrderBy(t => t.Span.Start)],
    };
}
