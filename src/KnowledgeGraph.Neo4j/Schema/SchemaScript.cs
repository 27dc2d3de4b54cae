using System.Reflection;

namespace KnowledgeGraph.Neo4j.Schema;

/// <summary>
/// graph-schema/schema.cypher, embedded in this assembly so the file in the repository, the
/// exported schema.cypher and what <c>kg push</c> runs are one text.
/// </summary>
public static class SchemaScript
{
    private const string ResourceName = "KnowledgeGraph.Neo4j.schema.cypher";

    private static readonly Lazy<string> Cached = new(Load);

    public static string Text => Cached.Value;

    /// <summary>The statements of the script, without comments, one per entry.</summary>
    public static IReadOnlyList<string> Statements => SplitStatements(Text);

    /// <summary>Splits a script of our own shape: <c>//</c> comments on their own lines, <c>;</c> never inside a string.</summary>
    public static IReadOnlyList<string> SplitStatements(string script)
    {
        ArgumentNullException.ThrowIfNull(script);
        var lines = script.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal));
        return [.. string.Join('\n', lines).Split(';').Select(s => s.Trim()).Where(s => s.Length > 0)];
    }

    private static string Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded; check the Neo4j project file");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
