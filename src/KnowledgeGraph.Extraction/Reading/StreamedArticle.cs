using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Reading;

/// <summary>
/// One step of a streamed read, in input order: an article, a problem (with its line when the input
/// is JSON lines), or the end of an input, so a front end can count files as they finish.
/// </summary>
public sealed record StreamedArticle(string Source, long? Line, Document? Document, InputError? Error, bool EndOfInput = false)
{
    public static StreamedArticle Article(string source, long? line, Document document) => new(source, line, document, null);

    public static StreamedArticle Problem(InputError error) => new(error.Source, error.Line, null, error);

    public static StreamedArticle End(string source) => new(source, null, null, null, EndOfInput: true);
}
