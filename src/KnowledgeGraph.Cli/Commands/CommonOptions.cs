using System.CommandLine;
using System.Globalization;
using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Reading;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>Arguments and options several verbs share, declared once so they read the same everywhere.</summary>
internal static class CommonOptions
{
    public const string DefaultDatabase = "kg.db";

    public static Argument<string[]> Inputs() => new("files")
    {
        Description = "Files (.txt, .jsonl, .html), directories (searched recursively) or - for stdin",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<DateOnly?> Published() => new("--published")
    {
        Description = "Publication date (YYYY-MM-DD) for every input, overriding metadata and inference",
        CustomParser = r => r.Tokens.Count == 0 ? null : ParseDate(r.Tokens[0].Value, r),
    };

    public static Option<bool> Indirect() => new("--indirect")
    {
        Description = "Also extract reported speech without quote marks (\"the ministry said the talks failed\") as kind indirect",
    };

    public static Option<int> MaxArticleMegabytes() => new("--max-article-mb")
    {
        Description = "Largest article read, in MB (a JSON line, or a whole .txt/.html file); bigger ones are reported and skipped",
        DefaultValueFactory = _ => (int)(ReadOptions.DefaultMaxArticleBytes / (1024 * 1024)),
        Validators = { r => { if (r.GetValueOrDefault<int>() < 1) { r.AddError("--max-article-mb must be at least 1"); } } },
    };

    /// <summary>The reading options of <c>--published</c> and <c>--max-article-mb</c>.</summary>
    public static ReadOptions ReadOptionsOf(DateOnly? published, int maxArticleMegabytes) =>
        new(published, maxArticleMegabytes * 1024L * 1024L);

    public static Option<string> Database() => new("--db")
    {
        Description = "The SQLite store",
        DefaultValueFactory = _ => DefaultDatabase,
    };

    public static Option<DateOnly?> Date(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = r => r.Tokens.Count == 0 ? null : ParseDate(r.Tokens[0].Value, r),
    };

    public static Option<string> Format(string description = "Output format: table, md or json")
    {
        var option = new Option<string>("--format") { Description = description, DefaultValueFactory = _ => "table" };
        option.AcceptOnlyFromAmong("table", "md", "json");
        return option;
    }

    /// <summary>True when the store file is there; otherwise says how to make one, on stderr.</summary>
    public static bool StoreExists(string path)
    {
        if (File.Exists(path))
        {
            return true;
        }

        Console.Error.WriteLine($"kg: no store at {path}; run 'kg ingest FILES --db {path}' first");
        return false;
    }

    /// <summary>Opens stdout, or creates the file; null (with the reason on stderr) when it cannot be written.</summary>
    public static Stream? OpenOutput(string? path)
    {
        if (path is null)
        {
            return Console.OpenStandardOutput();
        }

        try
        {
            return File.Create(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"kg: cannot write {path}: {ex.Message}");
            return null;
        }
    }

    /// <summary>Writes each error to stderr; true when there was any.</summary>
    public static bool ReportErrors(IEnumerable<InputError> errors)
    {
        var any = false;
        foreach (var error in errors)
        {
            Console.Error.WriteLine($"kg: {error}");
            any = true;
        }

        return any;
    }

    private static DateOnly? ParseDate(string value, System.CommandLine.Parsing.ArgumentResult result)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        result.AddError($"'{value}' is not a date: expected YYYY-MM-DD");
        return null;
    }
}
