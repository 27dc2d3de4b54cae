namespace KnowledgeGraph.Tests.TestSupport;

/// <summary>
/// Finds <c>../shared</c> beside the checkout (set KG_SHARED to point elsewhere). Tests that need it
/// use <see cref="SharedDataFactAttribute"/> and are reported as skipped when it is not there.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> Root = new(Locate);

    public static string? Path => Root.Value;

    public static bool Exists => Root.Value is not null;

    public static string File(params string[] parts) =>
        System.IO.Path.Combine([Root.Value ?? throw new InvalidOperationException("../shared is not there"), .. parts]);

    /// <summary>The repository root: the folder holding KnowledgeGraph.sln above the test binaries.</summary>
    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("KnowledgeGraph.sln not found above " + AppContext.BaseDirectory);
        }
    }

    private static string? Locate()
    {
        var env = Environment.GetEnvironmentVariable("KG_SHARED");
        if (!string.IsNullOrEmpty(env))
        {
            return Directory.Exists(env) ? env : null;
        }

        var candidate = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepoRoot, "..", "shared"));
        return Directory.Exists(System.IO.Path.Combine(candidate, "gold")) ? candidate : null;
    }
}

/// <summary>A fact that needs ../shared; skipped with a clear reason when it is missing.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (!SharedData.Exists)
        {
            Skip = "../shared (seeds, gold, corpus) is not beside the checkout; set KG_SHARED to run this test";
        }
    }
}

/// <summary>A theory that needs ../shared; skipped with a clear reason when it is missing.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute()
    {
        if (!SharedData.Exists)
        {
            Skip = "../shared (seeds, gold, corpus) is not beside the checkout; set KG_SHARED to run this test";
        }
    }
}
