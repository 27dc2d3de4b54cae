using CsCheck;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Tests.Reliability;

/// <summary>Invariants of the whole pipeline and the store over random, mutated news-like text.</summary>
public sealed class PipelinePropertyTests : IDisposable
{
    private static readonly Pipeline Pipeline = Pipeline.CreateDefault();

    private readonly TempFolder _folder = new("property");

    public void Dispose() => _folder.Dispose();

    private static Document Document(string text) => new()
    {
        Id = StableId.ForDocument(text),
        Text = text,
        Source = "generated.txt",
        Published = new DateOnly(2024, 3, 5),
        PublishedSource = PublishedSource.Metadata,
    };

    private static string GraphJson(DocumentExtraction extraction)
    {
        var builder = new GraphBuilder();
        builder.Add(extraction);
        return GraphJsonWriter.WriteToString(builder.Build());
    }

    [Fact]
    public void Mutated_news_text_never_throws_and_every_span_is_inside_the_text_on_its_own_words()
    {
        NewsTextGenerator.MutatedArticle.Sample(text =>
        {
            var extraction = Pipeline.Extract(Document(text));

            HostileTextTests.AssertSpansInside(extraction, text);
        }, iter: 400);
    }

    [Fact]
    public void Extracting_twice_and_with_a_new_pipeline_gives_the_same_graph_and_ids()
    {
        var fresh = new PipelineBuilder().UseAll().Build();
        NewsTextGenerator.MutatedArticle.Sample(text =>
        {
            var first = GraphJson(Pipeline.Extract(Document(text)));

            Assert.Equal(first, GraphJson(Pipeline.Extract(Document(text))));
            Assert.Equal(first, GraphJson(fresh.Extract(Document(text))));
        }, iter: 150);
    }

    [Fact]
    public void Ingesting_the_same_articles_twice_changes_nothing_in_the_store()
    {
        var n = 0;
        NewsTextGenerator.MutatedArticle.Array[1, 5].Sample(texts =>
        {
            var db = _folder.File($"p{Interlocked.Increment(ref n)}.db");
            var extractions = texts.Distinct(StringComparer.Ordinal).Select(t => Pipeline.Extract(Document(t))).ToList();
            using var store = SqliteGraphStore.Open(db);
            store.Write(extractions);
            var counts = StoreProbe.Counts(db);
            var graph = GraphJsonWriter.WriteToString(store.LoadGraph());

            var again = store.Write(extractions);

            Assert.Equal(new WriteReport(0, 0, extractions.Count), again);
            Assert.Equal(counts, StoreProbe.Counts(db));
            Assert.Equal(graph, GraphJsonWriter.WriteToString(store.LoadGraph()));
        }, iter: 40, threads: 1);
    }
}
