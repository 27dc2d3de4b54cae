using System.Globalization;

namespace KnowledgeGraph.Benchmarks;

/// <summary>The "--name value" options of the benchmark runs.</summary>
internal static class RunArgs
{
    public static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    public static int Int(string[] args, string name, int fallback) =>
        Option(args, name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
