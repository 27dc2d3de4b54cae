namespace KnowledgeGraph.Query;

/// <summary>How query results are printed: an aligned table for people, Markdown for notes, JSON for machines.</summary>
public enum OutputFormat
{
    Table,
    Markdown,
    Json,
}

/// <summary>Parses the <c>--format</c> names.</summary>
public static class OutputFormats
{
    public static OutputFormat Parse(string name) => name?.Trim().ToLowerInvariant() switch
    {
        "table" => OutputFormat.Table,
        "md" or "markdown" => OutputFormat.Markdown,
        "json" => OutputFormat.Json,
        _ => throw new ArgumentException($"unknown format '{name}': expected table, md or json", nameof(name)),
    };
}
