namespace KnowledgeGraph.Neo4j.Http;

/// <summary>Bounded exponential backoff for transient failures: InitialDelay, doubled each time, at most MaxDelay.</summary>
public sealed record RetryOptions
{
    public static RetryOptions Default { get; } = new();

    public int MaxAttempts { get; init; } = 6;

    public TimeSpan InitialDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(8);

    public TimeSpan DelayBefore(int retry, TimeSpan? retryAfter)
    {
        var exponential = InitialDelay * Math.Pow(2, Math.Max(0, retry - 1));
        var wanted = retryAfter is { } ra && ra > exponential ? ra : exponential;
        return wanted > MaxDelay ? MaxDelay : wanted;
    }
}
