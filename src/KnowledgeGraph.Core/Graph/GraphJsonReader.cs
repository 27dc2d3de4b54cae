using System.Globalization;
using System.Text.Json;

namespace KnowledgeGraph.Core.Graph;

/// <summary>
/// Reads the <c>kg-graph/1</c> JSON contract back into a <see cref="KnowledgeGraphModel"/>, so a graph
/// written by <c>kg extract</c> can be exported or pushed without re-running extraction. It recovers
/// everything <see cref="GraphJsonWriter"/> writes; what the contract does not carry (document text,
/// mention surface text, sentence spans, where an attribute was read) comes back empty.
/// </summary>
public static class GraphJsonReader
{
    public static KnowledgeGraphModel Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var json = JsonDocument.Parse(stream);
        return Read(json.RootElement);
    }

    public static KnowledgeGraphModel ReadFromString(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return Read(doc.RootElement);
    }

    private static KnowledgeGraphModel Read(JsonElement root)
    {
        var format = Str(root, "format");
        if (format != GraphJsonWriter.Format)
        {
            throw new FormatException($"expected a {GraphJsonWriter.Format} graph, found format '{format ?? "(none)"}'");
        }

        return new KnowledgeGraphModel
        {
            Documents = [.. Array(root, "documents").Select(ReadDocument)],
            Entities = [.. Array(root, "entities").Select(ReadEntity)],
            Events = [.. Array(root, "events").Select(ReadEvent)],
            Quotes = [.. Array(root, "quotes").Select(ReadQuote)],
            Timexes = [.. Array(root, "timex").Select(ReadTimex)],
        };
    }

    private static Document ReadDocument(JsonElement d) => new()
    {
        Id = Required(d, "id"),
        Text = "", // the contract does not carry the text
        Title = Str(d, "title"),
        Source = Str(d, "source") ?? "",
        Url = Str(d, "url"),
        Published = Date(d, "published"),
        PublishedSource = Str(d, "published_source") is { } ps ? ContractNames.ParsePublishedSource(ps) : PublishedSource.Unknown,
        PublishedNotBefore = Date(d, "published_not_before"),
        PublishedEvidence = Str(d, "published_evidence"),
    };

    private static Entity ReadEntity(JsonElement e)
    {
        var attributes = new List<AttributeValue>();
        if (e.TryGetProperty("attributes", out var attrs) && attrs.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in attrs.EnumerateObject())
            {
                var values = p.Value.ValueKind == JsonValueKind.Array
                    ? p.Value.EnumerateArray().Select(v => v.GetString() ?? "")
                    : [p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText()];
                attributes.AddRange(values.Select(v => new AttributeValue(p.Name, v, "", default)));
            }
        }

        return new Entity
        {
            Id = Required(e, "id"),
            Type = ContractNames.ParseEntityType(Required(e, "type")),
            Subtype = Str(e, "subtype"),
            Name = Required(e, "name"),
            Aliases = [.. Array(e, "aliases").Select(a => a.GetString() ?? "")],
            Attributes = attributes,
            Mentions = [.. Array(e, "mentions").Select(m => new Mention(Required(m, "document"), new TextSpan(Int(m, "start"), Int(m, "end")), ""))],
        };
    }

    private static Event ReadEvent(JsonElement e)
    {
        var documentId = Required(e, "document");
        var first = new Evidence(documentId, Span(e), default, Str(e, "sentence") ?? "", Str(e, "rule") ?? "");
        var more = Array(e, "evidence")
            .Select(x => new Evidence(Required(x, "document"), Span(x), default, Str(x, "sentence") ?? "", Str(x, "rule") ?? ""))
            .Skip(1) // the writer puts the first evidence at the head of this list
            .ToList();
        return new Event
        {
            Id = Required(e, "id"),
            Type = ContractNames.ParseEventType(Required(e, "type")),
            Status = ContractNames.ParseEventStatus(Required(e, "status")),
            Trigger = Str(e, "trigger") ?? "",
            Participants = [.. Array(e, "participants").Select(p => new Participant(Required(p, "entity"), ContractNames.ParseRole(Required(p, "role"))))],
            PlaceId = Str(e, "place"),
            Time = ReadTime(e, documentId),
            Evidence = first,
            MoreEvidence = more,
        };
    }

    private static Quote ReadQuote(JsonElement q)
    {
        var documentId = Required(q, "document");
        var span = Span(q);
        return new Quote
        {
            Id = Required(q, "id"),
            Kind = ContractNames.ParseQuoteKind(Required(q, "kind")),
            Text = Required(q, "text"),
            Span = span,
            SpeakerId = Str(q, "speaker"),
            AddresseeId = Str(q, "addressee"),
            Time = ReadTime(q, documentId),
            MentionIds = [.. Array(q, "mentions").Select(m => m.GetString() ?? "")],
            Evidence = new Evidence(documentId, span, default, Str(q, "sentence") ?? "", Str(q, "rule") ?? ""),
        };
    }

    private static TimeValue ReadTimex(JsonElement t) => new()
    {
        DocumentId = Required(t, "document"),
        Text = Required(t, "text"),
        Value = Required(t, "value"),
        Type = ContractNames.ParseTimexType(Required(t, "type")),
        Span = Span(t),
        Start = Date(t, "start"),
        End = Date(t, "end"),
        Precision = Str(t, "precision") is { } p ? ContractNames.ParsePrecision(p) : TimePrecision.Unknown,
    };

    private static TimeValue? ReadTime(JsonElement owner, string documentId)
    {
        if (!owner.TryGetProperty("time", out var t) || t.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        return new TimeValue
        {
            DocumentId = documentId,
            Text = Str(t, "text") ?? "",
            Value = Str(t, "value") ?? "",
            Type = TimexType.Date,
            Span = default,
            Start = Date(t, "start"),
            End = Date(t, "end"),
            Precision = Str(t, "precision") is { } p ? ContractNames.ParsePrecision(p) : TimePrecision.Unknown,
            IsReportDate = t.TryGetProperty("report_date", out var r) && r.ValueKind == JsonValueKind.True,
        };
    }

    private static JsonElement[] Array(JsonElement e, string name) =>
        e.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? [.. a.EnumerateArray()] : [];

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string Required(JsonElement e, string name) =>
        Str(e, name) ?? throw new FormatException($"'{name}' is missing or not a string");

    private static int Int(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : throw new FormatException($"'{name}' is missing or not a number");

    private static TextSpan Span(JsonElement e)
    {
        if (!e.TryGetProperty("span", out var s) || s.ValueKind != JsonValueKind.Array || s.GetArrayLength() != 2)
        {
            throw new FormatException("'span' must be [start, end]");
        }

        return new TextSpan(s[0].GetInt32(), s[1].GetInt32());
    }

    private static DateOnly? Date(JsonElement e, string name) =>
        Str(e, name) is { } s ? DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
}
