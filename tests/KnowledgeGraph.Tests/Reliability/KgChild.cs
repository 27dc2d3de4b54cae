using System.Diagnostics;
using System.Text;

namespace KnowledgeGraph.Tests.Reliability;

/// <summary>A <c>kg</c> child process started without waiting, so a test can kill it or run another beside it.</summary>
internal sealed class KgChild : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();

    private KgChild(Process process) => _process = process;

    public static KgChild Start(string workingDirectory, params string[] args) => Start(workingDirectory, new Dictionary<string, string>(), args);

    /// <summary>Starts kg with extra environment variables (NEO4J_PASSWORD for a push).</summary>
    public static KgChild Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "kg.dll"));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        var process = Process.Start(start)!;
        var child = new KgChild(process);
        process.OutputDataReceived += (_, e) => { lock (child._stdout) { child._stdout.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (child._stderr) { child._stderr.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.StandardInput.Close();
        return child;
    }

    public bool HasExited => _process.HasExited;

    public string Stdout { get { lock (_stdout) { return _stdout.ToString(); } } }

    public string Stderr { get { lock (_stderr) { return _stderr.ToString(); } } }

    /// <summary>Waits for the exit and returns its code; fails the test when it takes longer than <paramref name="timeout"/>.</summary>
    public int WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            _process.Kill(entireProcessTree: true);
            Assert.Fail($"kg did not finish within {timeout}; stderr: {Stderr}");
        }

        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>Waits for the exit, sampling the largest working set the process reached (bytes).</summary>
    public (int ExitCode, long PeakBytes) WaitForExitSamplingMemory(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        long peak = 0;
        while (!_process.WaitForExit(50))
        {
            try
            {
                _process.Refresh();
                peak = Math.Max(peak, _process.PeakWorkingSet64);
            }
            catch (InvalidOperationException)
            {
                break; // exited between the wait and the sample
            }

            if (DateTime.UtcNow > deadline)
            {
                _process.Kill(entireProcessTree: true);
                Assert.Fail($"kg did not finish within {timeout}; stderr: {Stderr}");
            }
        }

        _process.WaitForExit();
        return (_process.ExitCode, peak);
    }

    /// <summary>Ends the process at once, as a power cut or an OOM killer would.</summary>
    public void KillHard()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }
}
