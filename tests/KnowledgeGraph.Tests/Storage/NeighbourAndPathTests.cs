using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Tests.Storage;

public sealed class NeighbourAndPathTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kg-graphq-").FullName;
    private readonly SqliteGraphStore _store;

    public NeighbourAndPathTests()
    {
        _store = SqliteGraphStore.Open(Path.Combine(_dir, "kg.db"));
        _store.Write([StoreFixtures.HarbourTalks(), StoreFixtures.BergenVisit(), StoreFixtures.UndatedProtest(), StoreFixtures.SharedFamilyName()]);
    }

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    [Theory]
    [InlineData("Tomas Okafor", null, "Ada Lindqvist:1+1,Bergen:1+0,Oslo:1+0")]
    [InlineData("Ada Lindqvist", null, "Oslo:1+0,Tomas Okafor:1+1")]
    [InlineData("Oslo", null, "Ada Lindqvist:1+0,Tomas Okafor:1+0")]
    [InlineData("Tomas Okafor", EventType.Visit, "Bergen:1+0")]
    [InlineData("Tomas Okafor", EventType.Arrest, "")]
    [InlineData("Marc Durand", null, "")]
    public void Direct_neighbours_are_linked_by_shared_events_places_and_quotes_with_counts(string name, EventType? type, string expected)
    {
        var hood = _store.Neighbours(new NeighbourQuery(name, Types: type is null ? null : [type.Value]))!;

        var actual = hood.Neighbours.Select(n => $"{n.Entity.Name}:{n.Events}+{n.Quotes}").Order(StringComparer.Ordinal);
        Assert.Equal(expected, string.Join(",", actual));
        Assert.All(hood.Neighbours, n => Assert.Equal(1, n.Depth));
    }

    [Fact]
    public void A_neighbour_carries_its_first_and_last_dates_and_the_connecting_sentences()
    {
        var ada = _store.Neighbours(new NeighbourQuery("Okafor"))!.Neighbours.Single(n => n.Entity.Name == "Ada Lindqvist");

        Assert.Equal(new DateOnly(2024, 3, 5), ada.First);
        Assert.Equal(new DateOnly(2024, 3, 5), ada.Last);
        Assert.Contains(ada.Connections, c => c.Kind == ConnectionKind.Event && c.Label == "Meeting" && c.Sentence == "Ada Lindqvist met Tomas Okafor in Oslo on Tuesday.");
        Assert.Contains(ada.Connections, c => c.Kind == ConnectionKind.Quote && c.Label == "direct");
    }

    [Fact]
    public void A_connection_dated_only_to_the_month_keeps_that_precision_and_renders_as_the_month()
    {
        var bergen = StoreFixtures.BergenVisit();
        var visit = bergen.Events[0];
        var month = visit.Time! with { Text = "next month", Value = "2024-05", Start = new DateOnly(2024, 5, 1), End = new DateOnly(2024, 6, 1), Precision = TimePrecision.Month };
        _store.Write([bergen with { Document = bergen.Document with { Text = bergen.Document.Text + " " }, Events = [visit with { Time = month }] }]);

        var hood = _store.Neighbours(new NeighbourQuery("Bergen"))!;
        var connection = Assert.Single(hood.Neighbours.Single(n => n.Entity.Name == "Tomas Okafor").Connections);
        var table = KnowledgeGraph.Query.NeighbourRenderer.Render(hood, KnowledgeGraph.Query.OutputFormat.Table);
        var json = KnowledgeGraph.Query.NeighbourRenderer.Render(hood, KnowledgeGraph.Query.OutputFormat.Json);

        Assert.Equal(TimePrecision.Month, connection.DatePrecision);
        Assert.Contains("Visit 2024-05:", table, StringComparison.Ordinal);
        Assert.DoesNotContain("Visit 2024-05-01", table, StringComparison.Ordinal);
        Assert.Contains("\"precision\": \"month\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Depth_two_reaches_neighbours_of_neighbours_through_the_nearer_one()
    {
        var hood = _store.Neighbours(new NeighbourQuery("Bergen", Depth: 2))!;

        var okafor = Assert.Single(hood.Neighbours, n => n.Depth == 1);
        Assert.Equal("Tomas Okafor", okafor.Entity.Name);
        var second = hood.Neighbours.Where(n => n.Depth == 2).ToList();
        Assert.Equal(["Ada Lindqvist", "Oslo"], second.Select(n => n.Entity.Name).Order(StringComparer.Ordinal));
        Assert.All(second, n => Assert.Equal("Tomas Okafor", n.Via?.Name));
    }

    [Fact]
    public void The_limit_keeps_the_most_connected_neighbours_and_reports_the_total()
    {
        var hood = _store.Neighbours(new NeighbourQuery("Tomas Okafor", Limit: 1))!;

        Assert.Equal("Ada Lindqvist", Assert.Single(hood.Neighbours).Entity.Name);
        Assert.Equal(3, hood.DirectTotal);
    }

    [Theory]
    [InlineData("Bergen", "Ada Lindqvist", 2, "Bergen>Tomas Okafor>Ada Lindqvist")]
    [InlineData("Bergen", "Oslo", 2, "Bergen>Tomas Okafor>Oslo")]
    [InlineData("Lindqvist", "Okafor", 1, "Ada Lindqvist>Tomas Okafor")]
    [InlineData("Bergen", "Marc Durand", 0, "")]
    public void Path_finds_the_shortest_chains(string from, string to, int hops, string expected)
    {
        var path = _store.Path(new PathQuery(from, to))!;

        Assert.Equal(hops, path.Hops);
        var chains = path.Chains.Select(c => string.Join(">", c.Select(s => s.From.Name).Append(c[^1].To.Name)));
        Assert.Equal(expected, string.Join("|", chains));
        Assert.All(path.Chains.SelectMany(c => c), step => Assert.NotEmpty(step.Connections));
    }

    [Fact]
    public void Each_step_of_a_chain_carries_the_event_or_quote_behind_it()
    {
        var chain = Assert.Single(_store.Path(new PathQuery("Ada Lindqvist", "Bergen"))!.Chains);

        Assert.Equal("Tomas Okafor", chain[0].To.Name);
        Assert.Equal(["Meeting", "direct"], chain[0].Connections.Select(c => c.Label).Order(StringComparer.Ordinal));
        Assert.Equal("Tomas Okafor visited Bergen on Wednesday.", Assert.Single(chain[1].Connections).Sentence);
    }

    [Fact]
    public void Path_respects_the_hop_limit()
    {
        Assert.Empty(_store.Path(new PathQuery("Bergen", "Ada Lindqvist", MaxHops: 1))!.Chains);
    }

    [Theory]
    [InlineData(EventType.Visit, "Visit")]
    [InlineData(EventType.Oppose, "Oppose")]
    public void Timeline_filters_by_event_type(EventType type, string expected)
    {
        Assert.Equal(expected, string.Join(",", _store.Timeline(new TimelineQuery(Types: [type])).Select(e => e.Type)));
    }

    [Fact]
    public void Timeline_limit_keeps_the_earliest_events()
    {
        Assert.Equal("Meeting", string.Join(",", _store.Timeline(new TimelineQuery(Limit: 1)).Select(e => e.Type)));
    }

    [Fact]
    public void The_overview_counts_by_type_ranks_entities_and_counts_articles_without_a_date()
    {
        var overview = _store.Overview(top: 2);

        Assert.Equal(4, overview.Counts.Documents);
        Assert.Equal(1, overview.DocumentsWithoutDate);
        Assert.Equal(1, overview.EventsByType["Meeting"]);
        Assert.Equal(5, overview.EntitiesByType["Person"]);
        Assert.Equal(new DateOnly(2024, 3, 5), overview.FirstEvent);
        Assert.Equal(new DateOnly(2024, 4, 17), overview.LastEvent);
        Assert.Equal(1, overview.UndatedEvents);
        Assert.Equal(["Ada Lindqvist 1+2", "Tomas Okafor 3+0"], overview.TopEntities.Select(t => $"{t.Entity.Name} {t.Events}+{t.Quotes}"));
    }
}
