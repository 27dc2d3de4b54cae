using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Storage;
using Microsoft.Data.Sqlite;
using QuikGraph;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Query latency on the synthetic 1M-event store: each query the CLI runs, timed through the library
/// API (store opened once, as a web front end would), median and p95 over N runs after warm-up.
/// Typical entities and path ends are drawn afresh for each run, so the figure is not one lucky entity.
/// </summary>
internal static class QueryLatencyRun
{
    public static int Run(string[] args)
    {
        var path = RunArgs.Option(args, "--db") ?? Path.Combine(Path.GetTempPath(), "kg-bench-queries-1m.db");
        var runs = RunArgs.Int(args, "--runs", 50);

        var build = Stopwatch.StartNew();
        SyntheticStore.EnsureBuilt(path);
        Console.WriteLine($"load average: {File.ReadAllText("/proc/loadavg").Trim()}; {Environment.ProcessorCount} cores");
        Console.WriteLine($"store: {path} ({new FileInfo(path).Length / 1_000_000} MB), ready in {build.Elapsed.TotalSeconds:F1} s");

        // A store written before entity_pairs existed gets the table built here, once.
        var open = Stopwatch.StartNew();
        using var store = SqliteGraphStore.Open(path);
        Console.WriteLine($"opened in {open.Elapsed.TotalSeconds:F1} s");
        var random = new Random(7);
        var typical = TypicalEntities(path);
        string Typical() => "ent" + typical[random.Next(typical.Length)];
        string TypicalName()
        {
            var id = int.Parse(Typical().AsSpan(3), CultureInfo.InvariantCulture);
            return SyntheticStore.Name(id, (id % 10) switch { < 6 => "Person", < 8 => "Organization", _ => "Location" });
        }

        const string hub = "ent0";
        Console.WriteLine($"typical entities: {typical.Length} with 20-40 events; hub ent0: {store.Timeline(new TimelineQuery(hub)).Count} events");
        Console.WriteLine($"{"query",-44} {"CPU mean",9} {"wall median",11} {"wall p95",9}  rows (last run)   [ms]");
        Time("timeline --entity <typical name>", runs, () => store.Timeline(new TimelineQuery(TypicalName(), Limit: 501)).Count);
        Time("timeline --entity <hub> (--limit 500)", runs, () => store.Timeline(new TimelineQuery(hub, Limit: 501)).Count);
        Time("timeline --from --to (one month, all)", Math.Min(runs, 10), () => store.Timeline(new TimelineQuery(From: new DateOnly(2010, 3, 1), To: new DateOnly(2010, 3, 31), Limit: 501)).Count);
        Time("neighbours <typical> --depth 1", runs, () => store.Neighbours(new NeighbourQuery(Typical()))!.Neighbours.Count);
        Time("neighbours <typical> --depth 2", runs, () => store.Neighbours(new NeighbourQuery(Typical(), Depth: 2))!.Neighbours.Count);
        Time("neighbours <hub> --depth 1", runs, () => store.Neighbours(new NeighbourQuery(hub))!.Neighbours.Count);
        Time("neighbours <hub> --depth 2", runs, () => store.Neighbours(new NeighbourQuery(hub, Depth: 2))!.Neighbours.Count);
        Time("path <typical> <typical>", runs, () => store.Path(new PathQuery(Typical(), Typical()))!.Hops);
        Time("path <typical> <hub>", runs, () => store.Path(new PathQuery(Typical(), hub))!.Hops);
        Time("quotes --speaker <typical person>", runs, () => store.Quotes(new QuoteQuery(Speaker: TypicalName(), Limit: 500)).Count);
        Time("quotes --speaker <hub person> (--limit 500)", runs, () => store.Quotes(new QuoteQuery(Speaker: hub, Limit: 500)).Count);
        Time("quotes --text \"<two words>\" (--limit 500)", runs, () => store.Quotes(new QuoteQuery(Text: "harbour " + random.Next(SyntheticStore.Quotes), Limit: 500)).Count);
        Time("quotes --text \"harbour missile\" (--limit 500)", runs, () => store.Quotes(new QuoteQuery(Text: "harbour missile", Limit: 500)).Count);

        if (args.Contains("--quikgraph"))
        {
            // The alternative the issue names: load the entity graph into QuikGraph, then traverse in memory.
            var load = Stopwatch.StartNew();
            var graph = LoadIntoQuikGraph(path);
            Console.WriteLine($"QuikGraph: loading {graph.VertexCount} entities and {graph.EdgeCount} co-participation edges took {load.Elapsed.TotalSeconds:F1} s");
        }

        return 0;
    }

    private static void Time(string label, int runs, Func<int> query)
    {
        for (var w = 0; w < 3; w++)
        {
            query();
        }

        var wall = new List<double>(runs);
        var rows = 0;

        // The kernel counts thread CPU time in scheduler ticks (4 ms here), so only the mean over all runs is meaningful.
        var cpuStart = ThreadCpuClock.Microseconds();
        for (var n = 0; n < runs; n++)
        {
            var sw = Stopwatch.StartNew();
            rows = query();
            wall.Add(sw.Elapsed.TotalMilliseconds);
        }

        var cpuMean = (ThreadCpuClock.Microseconds() - cpuStart) / 1000.0 / runs;
        Console.WriteLine($"{label,-44} {cpuMean,9:F1} {Median(wall),11:F1} {P95(wall),9:F1}  {rows}");
    }

    private static double Median(List<double> times)
    {
        times.Sort();
        return times[times.Count / 2];
    }

    private static double P95(List<double> times)
    {
        times.Sort();
        return times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * 0.95) - 1)];
    }

    /// <summary>Entities with 20 to 40 events: around the median degree of entities that have any.</summary>
    private static int[] TypicalEntities(string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT entity_id FROM participants GROUP BY entity_id HAVING count(*) BETWEEN 20 AND 40 LIMIT 2000";
        using var r = command.ExecuteReader();
        var ids = new List<int>();
        while (r.Read())
        {
            var id = int.Parse(r.GetString(0).AsSpan(3), CultureInfo.InvariantCulture);
            if (id >= SyntheticStore.Hubs)
            {
                ids.Add(id);
            }
        }

        return [.. ids];
    }

    private static UndirectedGraph<string, TaggedEdge<string, string>> LoadIntoQuikGraph(string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT a.entity_id, b.entity_id, a.event_id FROM participants a JOIN participants b ON b.event_id = a.event_id AND b.entity_id > a.entity_id";
        var graph = new UndirectedGraph<string, TaggedEdge<string, string>>(allowParallelEdges: true);
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            graph.AddVerticesAndEdge(new TaggedEdge<string, string>(r.GetString(0), r.GetString(1), r.GetString(2)));
        }

        return graph;
    }
}
