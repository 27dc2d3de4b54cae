namespace KnowledgeGraph.Cli;

/// <summary>The exit codes every verb uses.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Some inputs could not be read; the others were processed.</summary>
    public const int SomeInputsFailed = 1;

    public const int UsageError = 2;

    /// <summary>The store stayed locked by another process past SQLite's busy wait.</summary>
    public const int StoreBusy = 3;
}
