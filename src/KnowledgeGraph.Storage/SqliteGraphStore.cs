using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Queries;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage;

/// <summary>
/// The embedded store: one SQLite file in WAL mode. <see cref="Write"/> takes a batch of
/// extractions in one transaction and is idempotent (an article already stored with the same
/// content changes nothing); <see cref="LoadGraph"/> rebuilds the merged graph for exporters.
/// </summary>
public sealed class SqliteGraphStore : IDisposable, IGraphQueries
{
    private readonly SqliteConnection _connection;

    private SqliteGraphStore(SqliteConnection connection) => _connection = connection;

    /// <summary>Opens the store at <paramref name="path"/>, creating the file and its schema when missing.</summary>
    public static SqliteGraphStore Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) is { } folder)
        {
            Directory.CreateDirectory(folder); // "--db data/news.db" on a fresh checkout
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false, // the file is released on Dispose, so callers and tests can move or delete it
        };
        var connection = new SqliteConnection(builder.ToString());
        connection.Open();

        // SQLite's own lower() folds ASCII only: "ÖBERG" would never find "Öberg". Name look-ups use ours.
        connection.CreateFunction("lower", (string text) => text.ToLowerInvariant(), isDeterministic: true);
        NameKeys.Register(connection);
        var store = new SqliteGraphStore(connection);
        store.Execute("PRAGMA journal_mode = WAL");
        store.Execute("PRAGMA synchronous = NORMAL");
        // Ids are content hashes, so inserts land on random index pages: SQLite's default 2 MB page
        // cache made a corpus ingest re-read (pread) and re-write (WAL) the same pages hundreds of thousands of times.
        // 256 MB is a ceiling, not an allocation: the 5x Reuters ingest (500 MB store) peaked at 441 MB working set.
        store.Execute("PRAGMA cache_size = -262144");
        store.Execute(StoreSchema.Create);
        NameKeys.AddColumns(connection);
        store.Execute(StoreSchema.QueryIndexes);
        store.Execute(QuoteKeys.Create);
        QuoteKeys.Fill(connection);
        store.Execute(EntityPairs.Create);
        store.Execute(EntityPairs.RankIndex);
        EntityPairs.Fill(connection);
        NameKeys.Fill(connection, null);
        return store;
    }

    /// <summary>Writes a batch of articles' extractions in one transaction.</summary>
    public WriteReport Write(IEnumerable<DocumentExtraction> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        int added = 0, replaced = 0, unchanged = 0;
        using var transaction = _connection.BeginTransaction();
        using var writer = new StoreWriter(_connection, transaction);
        foreach (var extraction in batch)
        {
            switch (writer.Write(extraction))
            {
                case StoreWriter.Outcome.Added: added++; break;
                case StoreWriter.Outcome.Replaced: replaced++; break;
                default: unchanged++; break;
            }
        }

        NameKeys.Fill(_connection, transaction);
        transaction.Commit();
        return new WriteReport(added, replaced, unchanged);
    }

    /// <summary>The whole graph as stored: documents, merged entities and events, quotes, time expressions.</summary>
    public KnowledgeGraphModel LoadGraph() => new GraphLoader(_connection).Load();

    public IReadOnlyList<TimelineEntry> Timeline(TimelineQuery query) => new StoreQueries(_connection).Timeline(query);

    public IReadOnlyList<QuoteHit> Quotes(QuoteQuery query) => new StoreQueries(_connection).Quotes(query);

    public StoreStats Stats() => new StoreQueries(_connection).Stats();

    public NameResolution Resolve(string name) => new EntityResolver(_connection).Resolve(name);

    public Neighbourhood? Neighbours(NeighbourQuery query) => new NeighbourFinder(_connection).Find(query);

    public PathResult? Path(PathQuery query) => new PathFinder(_connection).Find(query);

    public StoreOverview Overview(int top = 10) => new StoreOverviewQuery(_connection).Read(top);

    public void Dispose() => _connection.Dispose();

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
