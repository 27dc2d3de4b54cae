namespace KnowledgeGraph.Storage;

/// <summary>What a batch write did: articles added, replaced (same id, new text) and skipped as already stored.</summary>
public sealed record WriteReport(int Added, int Replaced, int Unchanged)
{
    public static WriteReport operator +(WriteReport a, WriteReport b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(a.Added + b.Added, a.Replaced + b.Replaced, a.Unchanged + b.Unchanged);
    }

    public static WriteReport Add(WriteReport a, WriteReport b) => a + b;
}
