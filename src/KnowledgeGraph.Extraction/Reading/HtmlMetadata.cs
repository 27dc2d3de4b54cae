using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;

namespace KnowledgeGraph.Extraction.Reading;

/// <summary>Title, canonical URL and published date read from a page's meta tags, <c>&lt;time&gt;</c> and JSON-LD.</summary>
internal sealed record HtmlMetadata(string? Title, string? Url, DateOnly? Published, string? PublishedEvidence)
{
    private static readonly string[] DateMetaSelectors =
    [
        "meta[property='article:published_time']",
        "meta[itemprop='datePublished']",
        "meta[name='pubdate']",
        "meta[name='publishdate']",
        "meta[name='date']",
        "meta[name='DC.date.issued']",
    ];

    public static HtmlMetadata From(IDocument page)
    {
        var jsonLd = JsonLd(page).ToList();
        var title = Meta(page, "meta[property='og:title']")
            ?? jsonLd.Select(o => StringProperty(o, "headline")).FirstOrDefault(s => s is not null)
            ?? Clean(page.QuerySelector("h1")?.TextContent)
            ?? Clean(page.Title);
        var url = page.QuerySelector("link[rel='canonical']")?.GetAttribute("href") ?? Meta(page, "meta[property='og:url']");

        foreach (var selector in DateMetaSelectors)
        {
            if (Meta(page, selector) is { } value && TryParseDate(value, out var date))
            {
                return new HtmlMetadata(title, url, date, $"HTML {selector[5..^1]} = {value}");
            }
        }

        foreach (var o in jsonLd)
        {
            if (StringProperty(o, "datePublished") is { } value && TryParseDate(value, out var date))
            {
                return new HtmlMetadata(title, url, date, $"JSON-LD datePublished = {value}");
            }
        }

        var time = page.QuerySelector("time[pubdate][datetime]") ?? page.QuerySelector("article time[datetime]") ?? page.QuerySelector("time[datetime]");
        if (time?.GetAttribute("datetime") is { } dt && TryParseDate(dt, out var timeDate))
        {
            return new HtmlMetadata(title, url, timeDate, $"HTML <time datetime=\"{dt}\">");
        }

        return new HtmlMetadata(title, url, null, null);
    }

    // "2023-09-13", "2023-09-13T08:15:00+09:00": the calendar day as the publisher wrote it.
    internal static bool TryParseDate(string value, out DateOnly date)
    {
        var s = value.Trim();
        if (s.Length >= 10 && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dto))
        {
            date = DateOnly.FromDateTime(dto.DateTime);
            return true;
        }

        date = default;
        return false;
    }

    private static string? Meta(IDocument page, string selector) => Clean(page.QuerySelector(selector)?.GetAttribute("content"));

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // Every JSON-LD object on the page, including those in arrays and "@graph"; broken blocks are skipped
    // because a page's metadata is optional: the article is still read.
    private static IEnumerable<JsonElement> JsonLd(IDocument page)
    {
        foreach (var script in page.QuerySelectorAll("script[type='application/ld+json']"))
        {
            JsonElement root;
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                root = json.RootElement.Clone();
            }
            catch (JsonException)
            {
                continue;
            }

            foreach (var o in Objects(root))
            {
                yield return o;
            }
        }
    }

    private static IEnumerable<JsonElement> Objects(JsonElement e)
    {
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray().SelectMany(Objects))
            {
                yield return item;
            }
        }
        else if (e.ValueKind == JsonValueKind.Object)
        {
            yield return e;
            if (e.TryGetProperty("@graph", out var graph))
            {
                foreach (var item in Objects(graph))
                {
                    yield return item;
                }
            }
        }
    }

    private static string? StringProperty(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? Clean(v.GetString()) : null;
}
