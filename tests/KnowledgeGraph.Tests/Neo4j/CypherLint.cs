using System.Diagnostics;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Neo4j;

/// <summary>Runs ../shared/tools/cypher-lint (Neo4j's own parser and semantic analyser) on Cypher text.</summary>
public static class CypherLint
{
    private static readonly Lazy<string?> WhyUnavailable = new(FindProblem);

    public static string? SkipReason => WhyUnavailable.Value;

    public static string Script => SharedData.File("tools", "cypher-lint", "run.sh");

    /// <summary>Lints the statements (joined with ';'); <paramref name="parameters"/> are declared so any other $parameter is an error.</summary>
    public static (int ExitCode, string Output) Run(string cypher, params string[] parameters) =>
        RunWithOptions(cypher, parameters.Length > 0 ? ["--params", string.Join(',', parameters)] : []);

    /// <summary>Lints the statements with the linter's own options (--params, --schema FILE, --strict).</summary>
    public static (int ExitCode, string Output) RunWithOptions(string cypher, IEnumerable<string> options)
    {
        var file = Path.Combine(Path.GetTempPath(), $"kg-lint-{Guid.NewGuid():N}.cypher");
        File.WriteAllText(file, cypher);
        try
        {
            return Execute("bash", [Script, .. options, file]);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Lints files as they are, each statement separated by ';'.</summary>
    public static (int ExitCode, string Output) RunFiles(params string[] files) => Execute("bash", [Script, .. files]);

    private static (int ExitCode, string Output) Execute(string program, IEnumerable<string> args)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {program}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static string? FindProblem()
    {
        if (!SharedData.Exists || !File.Exists(Script))
        {
            return "../shared/tools/cypher-lint is not beside the checkout; set KG_SHARED to run the Cypher linter tests";
        }

        try
        {
            return Execute("node", ["--version"]).ExitCode == 0 ? null : "node does not run; the Cypher linter needs Node.js and npm";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "node is not installed; the Cypher linter needs Node.js and npm";
        }
    }
}

/// <summary>A fact that needs the Cypher linter; skipped with the reason when ../shared or node is missing.</summary>
public sealed class CypherLintFactAttribute : FactAttribute
{
    public CypherLintFactAttribute()
    {
        if (CypherLint.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
