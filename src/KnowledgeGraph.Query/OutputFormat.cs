namespace KnowledgeGraph.Query;

/// <summary>How query results are printed: an aligned table for people, Markdown for notes, JSON for machines; timelines also as TimelineJS JSON or an HTML page.</summary>
public enum OutputFormat
{
    Table,
    Markdown,
    Json,

    /// <summary>TimelineJS 3 JSON (timelines only).</summary>
    TimelineJs,

    /// <summary>One self-contained HTML page (timelines only).</summary>
    Html,
}

/// <summary>Parses the <c>--format</c> names.</summary>
public static class OutputFormats
{
    public static OutputFormat Parse(string name) => name?.Trim().ToLowerInvariant() switch
    {
        "table" => OutputFormat.Table,
        "md" or "markdown" => OutputFormat.Markdown,
        "json" => OutputFormat.Json,
        "timelinejs" => OutputFormat.TimelineJs,
        "html" => OutputFormat.Html,
        _ => throw new ArgumentException($"unknown format '{name}': expected table, md, json, timelinejs or html", nameof(name)),
    };
}
