using System.Runtime.InteropServices;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// CPU time (user + system) of the calling thread, from getrusage(RUSAGE_THREAD) on Linux. On a
/// shared machine (load average far above the core count) wall-clock time mostly measures waiting
/// for a core; CPU time is what the query itself costs.
/// </summary>
internal static partial class ThreadCpuClock
{
    private const int RusageThread = 1;

    public static bool IsAvailable { get; } = OperatingSystem.IsLinux();

    /// <summary>Microseconds of CPU this thread has used.</summary>
    public static long Microseconds()
    {
        if (!IsAvailable || GetRusage(RusageThread, out var usage) != 0)
        {
            return 0;
        }

        return (usage.UserSeconds + usage.SystemSeconds) * 1_000_000 + usage.UserMicroseconds + usage.SystemMicroseconds;
    }

    [LibraryImport("libc", EntryPoint = "getrusage")]
    private static partial int GetRusage(int who, out Rusage usage);

    [StructLayout(LayoutKind.Sequential)]
    private struct Rusage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public long MaxRss;
        public long Ixrss;
        public long Idrss;
        public long Isrss;
        public long MinFlt;
        public long MajFlt;
        public long NSwap;
        public long InBlock;
        public long OuBlock;
        public long MsgSnd;
        public long MsgRcv;
        public long NSignals;
        public long NVcsw;
        public long NIvcsw;
    }
}
