namespace KnowledgeGraph.Core.Queries;

/// <summary>A name given to a query stands for several entities; <see cref="Candidates"/> lists them so the user can pick one.</summary>
public sealed class AmbiguousNameException : Exception
{
    public AmbiguousNameException()
        : this(new NameResolution("", [], "none"))
    {
    }

    public AmbiguousNameException(string message)
        : base(message)
    {
        Resolution = new NameResolution("", [], "none");
    }

    public AmbiguousNameException(string message, Exception innerException)
        : base(message, innerException)
    {
        Resolution = new NameResolution("", [], "none");
    }

    public AmbiguousNameException(NameResolution resolution)
        : base($"'{resolution?.Name}' is ambiguous: it matches {resolution?.Matches.Count} entities")
    {
        Resolution = resolution ?? throw new ArgumentNullException(nameof(resolution));
    }

    public NameResolution Resolution { get; }

    public IReadOnlyList<NamedEntity> Candidates => Resolution.Matches;
}
