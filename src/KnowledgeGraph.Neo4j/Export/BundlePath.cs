namespace KnowledgeGraph.Neo4j.Export;

/// <summary>Joins a file name onto an export folder and refuses any name that would land outside it.</summary>
public static class BundlePath
{
    public static string Resolve(string root, string relative)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(relative);
        var fullRoot = Path.GetFullPath(root);
        var rootWithSeparator = Path.EndsInDirectorySeparator(fullRoot) ? fullRoot : fullRoot + Path.DirectorySeparatorChar;
        if (Path.IsPathRooted(relative))
        {
            throw new ArgumentException($"'{relative}' is not a relative path inside the export folder", nameof(relative));
        }

        var full = Path.GetFullPath(Path.Combine(fullRoot, relative));
        if (!full.StartsWith(rootWithSeparator, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{relative}' would be written outside the export folder", nameof(relative));
        }

        return full;
    }
}
