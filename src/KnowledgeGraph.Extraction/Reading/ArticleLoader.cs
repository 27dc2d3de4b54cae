using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Reading;

/// <summary>
/// Reads inputs into documents with their publication dates settled: resolves the arguments,
/// decodes each file, hands it to the reader for its extension, then applies <c>--published</c>,
/// the metadata, or the <see cref="PublicationDateInferrer"/>. One bad file never stops the others.
/// </summary>
public sealed class ArticleLoader
{
    private readonly ReadOptions _options;
    private readonly Func<Stream> _openStdin;
    private readonly IReadOnlyList<IArticleReader> _readers;

    public ArticleLoader(ReadOptions options, Func<Stream>? openStdin = null)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _openStdin = openStdin ?? Console.OpenStandardInput;
        _readers = [new PlainTextReader(), new JsonLinesReader(), new HtmlReader()];
    }

    public IReadOnlyCollection<string> KnownExtensions => [.. _readers.SelectMany(r => r.Extensions)];

    public ResolvedInputs Resolve(IEnumerable<string> arguments) => InputResolver.Resolve(arguments, KnownExtensions);

    /// <summary>Reads every input lazily, one result per file, in order.</summary>
    public IEnumerable<ReadResult> Load(IEnumerable<InputFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        foreach (var file in files)
        {
            yield return Load(file);
        }
    }

    /// <summary>
    /// Reads every input lazily, one article at a time, in order; <c>.jsonl</c> files line by line, so
    /// memory stays flat whatever their size. Each input ends with a <see cref="StreamedArticle.End"/> step.
    /// </summary>
    public IEnumerable<StreamedArticle> Stream(IEnumerable<InputFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        foreach (var file in files)
        {
            var steps = !file.IsStdin && ReaderFor(Path.GetExtension(file.Path)) is JsonLinesReader
                ? JsonLinesFileStreamer.Read(file, SettlePublished)
                : Whole(file);
            foreach (var step in steps)
            {
                yield return step;
            }

            yield return StreamedArticle.End(file.DisplayName);
        }
    }

    public ReadResult Load(InputFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        byte[] bytes;
        try
        {
            bytes = file.IsStdin ? ReadAll(_openStdin()) : File.ReadAllBytes(file.Path);
        }
        catch (IOException ex)
        {
            return ReadResult.Failed(file.DisplayName, new InputError(file.DisplayName, $"cannot read: {ex.Message}"));
        }
        catch (UnauthorizedAccessException ex)
        {
            return ReadResult.Failed(file.DisplayName, new InputError(file.DisplayName, $"cannot read: {ex.Message}"));
        }

        return Read(file.DisplayName, bytes, file.IsStdin ? null : Path.GetExtension(file.Path));
    }

    /// <summary>Reads bytes as the given extension, or guesses the format from the content when it is unknown.</summary>
    public ReadResult Read(string source, ReadOnlySpan<byte> bytes, string? extension)
    {
        var content = TextDecoder.Decode(source, bytes, out var error);
        if (content is null)
        {
            return ReadResult.Failed(source, error!);
        }

        var reader = ReaderFor(extension) ?? GuessReader(content);
        var result = reader.Read(Path.GetFileName(source) is { Length: > 0 } name && extension is not null ? name : source, content);
        var documents = result.Documents.Select(SettlePublished).ToList();
        var errors = result.Errors.Select(e => e with { Source = source }).ToList();
        return new ReadResult(source, documents, errors);
    }

    private IEnumerable<StreamedArticle> Whole(InputFile file)
    {
        var result = Load(file);
        foreach (var error in result.Errors)
        {
            yield return StreamedArticle.Problem(error);
        }

        foreach (var document in result.Documents)
        {
            yield return StreamedArticle.Article(file.DisplayName, null, document);
        }
    }

    private Document SettlePublished(Document document)
    {
        if (_options.Published is { } given)
        {
            return document with { Published = given, PublishedSource = PublishedSource.Metadata, PublishedEvidence = "--published", PublishedNotBefore = null };
        }

        return document.Published is not null ? document : PublicationDateInferrer.Infer(document);
    }

    private IArticleReader? ReaderFor(string? extension) =>
        extension is null ? null : _readers.FirstOrDefault(r => r.Extensions.Contains(extension.ToLowerInvariant()));

    // Standard input and unknown extensions: '{' starts JSON lines, '<' a page, anything else is text.
    private IArticleReader GuessReader(string content)
    {
        var first = content.TrimStart().FirstOrDefault();
        return first switch
        {
            '{' => _readers.OfType<JsonLinesReader>().First(),
            '<' => _readers.OfType<HtmlReader>().First(),
            _ => _readers.OfType<PlainTextReader>().First(),
        };
    }

    private static byte[] ReadAll(Stream stream)
    {
        using (stream)
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.ToArray();
        }
    }
}
