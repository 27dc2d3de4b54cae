using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Query;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Tests.Storage;

namespace KnowledgeGraph.Tests.Query;

/// <summary>Every renderer in every format on a store of our own fixture articles, compared with reviewed golden files.</summary>
public sealed class RendererSnapshotTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kg-golden-").FullName;
    private readonly SqliteGraphStore _store;

    public RendererSnapshotTests()
    {
        _store = SqliteGraphStore.Open(Path.Combine(_dir, "kg.db"));
        _store.Write([StoreFixtures.HarbourTalks(), StoreFixtures.BergenVisit(), StoreFixtures.UndatedProtest()]);
    }

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    [Theory]
    [InlineData("table")]
    [InlineData("md")]
    [InlineData("json")]
    [InlineData("timelinejs")]
    [InlineData("html")]
    public void Timeline_renders_as_reviewed(string format)
    {
        var output = TimelineRenderer.Render(_store.Timeline(new TimelineQuery()), OutputFormats.Parse(format), "Timeline");

        GoldenFile.Match($"timeline.{format}", output);
    }

    [Theory]
    [InlineData("table")]
    [InlineData("md")]
    [InlineData("json")]
    public void Quotes_neighbours_path_and_stats_render_as_reviewed(string format)
    {
        var f = OutputFormats.Parse(format);

        GoldenFile.Match($"quotes.{format}", QuoteRenderer.Render(_store.Quotes(new QuoteQuery()), f));
        GoldenFile.Match($"neighbours.{format}", NeighbourRenderer.Render(_store.Neighbours(new NeighbourQuery("Bergen", Depth: 2))!, f));
        GoldenFile.Match($"path.{format}", PathRenderer.Render(_store.Path(new PathQuery("Bergen", "Ada Lindqvist"))!, f));
        GoldenFile.Match($"stats.{format}", StatsRenderer.Render(_store.Overview(), f));
    }
}
