using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Tests.Storage;

public sealed class EntityResolutionTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kg-resolve-").FullName;
    private readonly SqliteGraphStore _store;

    public EntityResolutionTests()
    {
        _store = SqliteGraphStore.Open(Path.Combine(_dir, "kg.db"));
        _store.Write([StoreFixtures.HarbourTalks(), StoreFixtures.BergenVisit(), StoreFixtures.SharedFamilyName()]);
    }

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    [Theory]
    [InlineData("Ada Lindqvist", "name", "Ada Lindqvist")]
    [InlineData("  ada   LINDQVIST ", "name", "Ada Lindqvist")]
    [InlineData("Lindqvist", "alias", "Ada Lindqvist")]
    [InlineData("okafor", "alias", "Tomas Okafor")]
    [InlineData("tomas", "word of name", "Tomas Okafor")]
    [InlineData("ÉLISE DURAND", "name", "Élise Durand")]
    [InlineData("elise durand", "name", "Élise Durand")]
    [InlineData("zoe brule", "name", "Zoë Brûlé")]
    [InlineData("BRÛLÉ", "word of name", "Zoë Brûlé")]
    public void A_name_resolves_by_canonical_name_alias_or_word_ignoring_case_and_accents(string typed, string rule, string expected)
    {
        var resolution = _store.Resolve(typed);

        Assert.Equal(expected, resolution.Entity?.Name);
        Assert.Equal(rule, resolution.MatchedBy);
    }

    [Fact]
    public void An_entity_id_resolves_to_that_entity()
    {
        var id = StableId.ForEntity(EntityType.Location, "Oslo");

        Assert.Equal("Oslo", _store.Resolve(id).Entity?.Name);
    }

    [Fact]
    public void A_name_shared_by_two_entities_is_ambiguous_and_lists_both()
    {
        var resolution = _store.Resolve("durand");

        Assert.True(resolution.IsAmbiguous);
        Assert.Equal(["Marc Durand", "Élise Durand"], resolution.Matches.Select(m => m.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_full_name_wins_over_a_shared_alias()
    {
        Assert.Equal("Marc Durand", _store.Resolve("marc durand").Entity?.Name);
    }

    [Fact]
    public void Queries_given_an_ambiguous_name_throw_with_the_candidates()
    {
        var ex = Assert.Throws<AmbiguousNameException>(() => _store.Timeline(new TimelineQuery("Durand")));

        Assert.Equal(2, ex.Candidates.Count);
        Assert.Throws<AmbiguousNameException>(() => _store.Quotes(new QuoteQuery(Speaker: "Durand")));
        Assert.Throws<AmbiguousNameException>(() => _store.Neighbours(new NeighbourQuery("Durand")));
    }

    [Fact]
    public void An_unknown_name_resolves_to_nothing_and_queries_answer_empty()
    {
        Assert.False(_store.Resolve("Nobody Known").IsFound);
        Assert.Empty(_store.Timeline(new TimelineQuery("Nobody Known")));
        Assert.Null(_store.Neighbours(new NeighbourQuery("Nobody Known")));
        Assert.Null(_store.Path(new PathQuery("Nobody Known", "Oslo")));
    }

    [Theory]
    [InlineData("Frédéric  Boily", "frederic boily")]
    [InlineData("O\u2019Neill", "o'neill")]
    [InlineData("ŁÓDŹ", "łodz")]
    [InlineData("  ", "")]
    public void Name_keys_fold_case_accents_apostrophes_and_spacing(string name, string key)
    {
        Assert.Equal(key, NameKeys.Fold(name));
    }
}
