using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// A span that may name an entity. <see cref="Type"/> is null while only the document can tell
/// ("Putin" alone is a person only because "Vladimir Putin" is in the article).
/// </summary>
internal sealed class MentionCandidate(TextSpan span, string text, int tokenCount)
{
    public TextSpan Span { get; set; } = span;

    public string Text { get; set; } = text;

    public int TokenCount { get; } = tokenCount;

    public EntityType? Type { get; set; }

    public string? Subtype { get; set; }

    /// <summary>The name of the entity; null means the surface text.</summary>
    public string? Canonical { get; set; }

    /// <summary>Which rule typed the candidate, for debugging and evidence.</summary>
    public string Rule { get; set; } = "";

    /// <summary>From a headline or heading: only names known from the body count.</summary>
    public bool InHeadline { get; init; }

    /// <summary>A weak type from the words around, used when the document says nothing better ("to X" -> a place).</summary>
    public EntityType? Hint { get; set; }

    public List<PendingAttribute> Attributes { get; } = [];

    /// <summary>Other names for the entity met with this mention ("King Charles III" for "Charles III").</summary>
    public List<string> ExtraAliases { get; } = [];

    /// <summary>The whole capitalised run when a title was cut off it ("General Binding" for "Binding").</summary>
    public string? RunText { get; set; }

    /// <summary>The entity's name, white space folded ("Bank of\nEngland" -> "Bank of England").</summary>
    public string Name => Fold(Canonical ?? Text);

    public static string Fold(string s) =>
        IsFolded(s) ? s : string.Join(' ', s.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    // Words one space apart, no other white space: already folded, no new string needed.
    private static bool IsFolded(string s) =>
        s.AsSpan().IndexOfAny("\n\r\t") < 0 && (s.Length == 0 || (s[0] != ' ' && s[^1] != ' ')) && !s.Contains("  ", StringComparison.Ordinal);

    public MentionCandidate Typed(EntityType type, string rule, string? subtype = null, string? canonical = null)
    {
        Type = type;
        Rule = rule;
        Subtype = subtype;
        Canonical = canonical;
        return this;
    }
}
