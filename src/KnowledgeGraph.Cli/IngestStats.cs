using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Cli;

/// <summary>
/// Where an ingest spent its time. Stage times are summed over the extraction threads, so with
/// several jobs their total exceeds the wall time; shares are of that summed work.
/// </summary>
internal sealed record IngestStats(
    int Jobs,
    TimeSpan Wall,
    int Articles,
    long TextCharacters,
    TimeSpan Reading,
    IReadOnlyList<KeyValuePair<string, TimeSpan>> Stages,
    TimeSpan Merge,
    TimeSpan StoreWrites,
    long PeakWorkingSetBytes,
    long StoreBytes)
{
    /// <summary>Megabytes of article text per second of wall time (the corpus is mostly ASCII: characters ~ bytes).</summary>
    public double MegabytesPerSecond => TextCharacters / 1e6 / Math.Max(Wall.TotalSeconds, 1e-9);

    public double ArticlesPerSecond => Articles / Math.Max(Wall.TotalSeconds, 1e-9);

    public override string ToString()
    {
        var s = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        s.AppendLine(inv, $"jobs={Jobs} wall={Wall.TotalSeconds:F2}s articles={Articles} text={TextCharacters / 1e6:F2} MB");
        s.AppendLine(inv, $"throughput={MegabytesPerSecond:F2} MB/s {ArticlesPerSecond:F0} articles/s peak-working-set={PeakWorkingSetBytes / 1048576.0:F0} MB store={StoreBytes / 1048576.0:F1} MB");
        var rows = new List<KeyValuePair<string, TimeSpan>> { new("reading", Reading) };
        rows.AddRange(Stages);
        rows.Add(new("graph merge", Merge));
        rows.Add(new("store writes", StoreWrites));
        var total = rows.Aggregate(TimeSpan.Zero, (sum, row) => sum + row.Value);
        s.AppendLine("time share (summed over threads):");
        foreach (var (name, time) in rows)
        {
            s.AppendLine(inv, $"  {name,-14} {time.TotalSeconds,8:F2}s {(total > TimeSpan.Zero ? 100 * time / total : 0),5:F1}%");
        }

        return s.ToString().TrimEnd();
    }
}
