using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Reading;

/// <summary>
/// Expands command-line arguments: a file as is (whatever its extension), a directory recursively
/// to the files with a known extension (in ordinal path order, so runs are reproducible), and
/// <c>-</c> for standard input.
/// </summary>
public static class InputResolver
{
    public static ResolvedInputs Resolve(IEnumerable<string> arguments, IReadOnlyCollection<string> knownExtensions)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(knownExtensions);
        var files = new List<InputFile>();
        var errors = new List<InputError>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            if (argument == InputFile.StdinName)
            {
                if (seen.Add(argument))
                {
                    files.Add(new InputFile(argument, IsStdin: true));
                }
            }
            else if (File.Exists(argument))
            {
                if (seen.Add(Path.GetFullPath(argument)))
                {
                    files.Add(new InputFile(argument));
                }
            }
            else if (Directory.Exists(argument))
            {
                var found = Directory.EnumerateFiles(argument, "*", SearchOption.AllDirectories)
                    .Where(f => knownExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (found.Count == 0)
                {
                    errors.Add(new InputError(argument, $"directory holds no {string.Join(", ", knownExtensions)} files"));
                }

                files.AddRange(found.Where(f => seen.Add(Path.GetFullPath(f))).Select(f => new InputFile(f)));
            }
            else
            {
                errors.Add(new InputError(argument, "no such file or directory"));
            }
        }

        return new ResolvedInputs(files, errors);
    }
}
