using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Reading;

/// <summary>
/// Reads <c>.jsonl</c>: one article per line as <c>{"id","title","text","published","source","url"}</c>;
/// only <c>text</c> is required and unknown fields are ignored. A bad line becomes an
/// <see cref="InputError"/> with its line number and the other lines are still read.
/// </summary>
public sealed class JsonLinesReader : IArticleReader
{
    public IReadOnlyList<string> Extensions { get; } = [".jsonl", ".ndjson"];

    public ReadResult Read(string source, string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var documents = new List<Document>();
        var errors = new List<InputError>();
        var lineNumber = 0;
        foreach (var line in content.Split('\n'))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var document = ReadLine(source, line, lineNumber, out var error);
            if (document is not null)
            {
                documents.Add(document);
            }
            else
            {
                errors.Add(error!);
            }
        }

        if (documents.Count == 0 && errors.Count == 0)
        {
            errors.Add(new InputError(source, "no articles found (every line is blank)"));
        }

        return new ReadResult(source, documents, errors);
    }

    internal static Document? ReadLine(string source, string line, long lineNumber, out InputError? error)
    {
        error = null;
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            error = new InputError(source, $"not valid JSON ({ex.Message})", Line: lineNumber);
            return null;
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = new InputError(source, $"expected a JSON object, found {root.ValueKind}", Line: lineNumber);
                return null;
            }

            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                error = new InputError(source, "\"text\" is missing or not a string", Line: lineNumber);
                return null;
            }

            var text = textElement.GetString()!;
            if (string.IsNullOrWhiteSpace(text))
            {
                error = new InputError(source, "\"text\" is empty", Line: lineNumber);
                return null;
            }

            string? Optional(string name, out string? problem)
            {
                problem = null;
                if (!root.TryGetProperty(name, out var e) || e.ValueKind == JsonValueKind.Null)
                {
                    return null;
                }

                if (e.ValueKind != JsonValueKind.String)
                {
                    problem = $"\"{name}\" must be a string, found {e.ValueKind}";
                    return null;
                }

                return e.GetString();
            }

            var id = Optional("id", out var p1);
            var title = Optional("title", out var p2);
            var publishedText = Optional("published", out var p3);
            var fileSource = Optional("source", out var p4);
            var url = Optional("url", out var p5);
            var problem = p1 ?? p2 ?? p3 ?? p4 ?? p5;
            if (problem is not null)
            {
                error = new InputError(source, problem, Line: lineNumber);
                return null;
            }

            DateOnly? published = null;
            if (!string.IsNullOrWhiteSpace(publishedText))
            {
                if (!TryParsePublished(publishedText, out var date))
                {
                    error = new InputError(source, $"\"published\" is not a valid date: '{publishedText}' (expected YYYY-MM-DD)", Line: lineNumber);
                    return null;
                }

                published = date;
            }

            return new Document
            {
                Id = string.IsNullOrWhiteSpace(id) ? StableId.ForDocument(text) : id,
                Text = text,
                Title = title,
                Source = fileSource ?? source,
                Url = url,
                Published = published,
                PublishedSource = published is null ? PublishedSource.Unknown : PublishedSource.Metadata,
                PublishedEvidence = published is null ? null : "\"published\" field",
            };
        }
    }

    // "2023-09-13" or an ISO timestamp "2023-09-13T08:00:00Z": the calendar day as written.
    internal static bool TryParsePublished(string s, out DateOnly date)
    {
        var day = s.Length > 10 && s[10] is 'T' or ' ' ? s[..10] : s;
        return DateOnly.TryParseExact(day.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
