using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Reading;

/// <summary>Reads a <c>.txt</c> file holding one or several articles (see <see cref="ArticleSplitter"/>).</summary>
public sealed class PlainTextReader : IArticleReader
{
    public IReadOnlyList<string> Extensions { get; } = [".txt"];

    public ReadResult Read(string source, string content)
    {
        var articles = ArticleSplitter.Split(content);
        if (articles.Count == 0)
        {
            return ReadResult.Failed(source, new InputError(source, "no article text found"));
        }

        var documents = articles.Select(a => new Document
        {
            Id = StableId.ForDocument(a.Text),
            Text = a.Text,
            Title = a.Title,
            Source = source,
        }).ToList();
        return new ReadResult(source, documents, []);
    }
}
