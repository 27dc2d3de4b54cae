using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Neo4j.Http;
using KnowledgeGraph.Neo4j.Projection;
using KnowledgeGraph.Neo4j.Schema;

namespace KnowledgeGraph.Neo4j.Push;

/// <summary>
/// Loads a graph into a running Neo4j: the schema first (constraints make MERGE on id fast and
/// safe), then every table in batches of <c>UNWIND $rows AS row MERGE ...</c> with all values as
/// parameters. Pushing the same graph again creates nothing new.
/// </summary>
public sealed class Neo4jPusher
{
    public const int DefaultBatchSize = 500;

    private readonly Neo4jHttpClient _client;
    private readonly int _batchSize;

    public Neo4jPusher(Neo4jHttpClient client, int batchSize = DefaultBatchSize)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        _client = client;
        _batchSize = batchSize;
    }

    /// <summary>Every parameterised statement a push can send, one per table (for checking with the Cypher linter).</summary>
    public static IEnumerable<string> StatementTemplates(IReadOnlyList<GraphTable> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        return tables.Select(t => t.Statement("$" + PushParameters.RowsParameter));
    }

    public async Task<PushSummary> PushAsync(KnowledgeGraphModel graph, IProgress<PushProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var tables = GraphProjector.Project(graph);
        var schema = SchemaScript.Statements;
        var total = schema.Count + tables.Sum(t => (t.Rows.Count + _batchSize - 1) / _batchSize);
        var done = 0;
        var counters = QueryCounters.None;

        foreach (var statement in schema)
        {
            counters += await _client.RunAsync(statement, null, cancellationToken).ConfigureAwait(false);
            done++;
            progress?.Report(new PushProgress(done, total, "schema"));
        }

        foreach (var table in tables)
        {
            var statement = table.Statement("$" + PushParameters.RowsParameter);
            foreach (var batch in table.Rows.Chunk(_batchSize))
            {
                counters += await _client.RunAsync(statement, PushParameters.For(table, batch), cancellationToken).ConfigureAwait(false);
                done++;
                progress?.Report(new PushProgress(done, total, table.Name));
            }
        }

        return new PushSummary(
            counters,
            done,
            tables.OfType<NodeTable>().Sum(t => t.Rows.Count),
            tables.OfType<RelationshipTable>().Sum(t => t.Rows.Count),
            _client.Retries,
            _client.UsesTransactionalEndpoint);
    }
}
