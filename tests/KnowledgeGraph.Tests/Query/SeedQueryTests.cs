using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Query;

/// <summary>The questions issue #7 asks of a store built from ../shared/seeds/seeds.jsonl, as a user would ask them.</summary>
public sealed class SeedQueryTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kg-seedq-").FullName;
    private readonly SqliteGraphStore? _store;

    public SeedQueryTests()
    {
        if (!SharedData.Exists)
        {
            return;
        }

        _store = SqliteGraphStore.Open(Path.Combine(_dir, "seeds.db"));
        _store.Write(SeedScorer.ExtractSeedArticles());
    }

    private SqliteGraphStore Store => _store ?? throw new InvalidOperationException("../shared is missing");

    public void Dispose()
    {
        _store?.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    [SharedDataFact]
    public void Timeline_of_Kim_Jong_Un_lists_the_meeting_at_the_cosmodrome_and_the_planned_visits()
    {
        var timeline = Store.Timeline(new TimelineQuery("Kim Jong Un"));

        Assert.Contains(timeline, e => e.Type == EventType.Meeting && e.Time?.Value == "2023-09-13"
            && e.Place == "Vostochny Cosmodrome" && e.Participants.Contains("Vladimir Putin"));
        var planned = timeline.Where(e => e.Type == EventType.Visit && e.Status == EventStatus.Planned).Select(e => e.Place).ToList();
        Assert.Contains("Komsomolsk-on-Amur", planned);
        Assert.Contains("Vladivostok", planned);
    }

    [SharedDataFact]
    public void Quotes_of_Putin_include_his_three_direct_quotes()
    {
        var quotes = Store.Quotes(new QuoteQuery(Speaker: "Putin"));

        Assert.All(quotes, q => Assert.Equal("Vladimir Putin", q.Speaker));
        Assert.Equal(3, quotes.Count(q => q.Kind == QuoteKind.Direct));
    }

    [SharedDataFact]
    public void Neighbours_of_Putin_include_Kim_Jong_Un()
    {
        var names = Store.Neighbours(new NeighbourQuery("Putin"))!.Neighbours.Select(n => n.Entity.Name);

        Assert.Contains("Kim Jong Un", names);
    }

    [SharedDataFact]
    public void Neighbours_of_Putin_include_Sergei_Shoigu()
    {
        var names = Store.Neighbours(new NeighbourQuery("Putin"))!.Neighbours.Select(n => n.Entity.Name);

        Assert.Contains("Sergei Shoigu", names);
    }

    [SharedDataFact]
    public void A_chain_links_Sergei_Lavrov_and_Kim_Jong_Un()
    {
        var path = Store.Path(new PathQuery("Sergei Lavrov", "Kim Jong Un"))!;

        var chain = Assert.IsAssignableFrom<IReadOnlyList<PathStep>>(path.Chains[0]);
        Assert.Equal("Sergei Lavrov", chain[0].From.Name);
        Assert.Equal("Kim Jong Un", chain[^1].To.Name);
        Assert.All(chain, step => Assert.NotEmpty(step.Connections));
    }
}
