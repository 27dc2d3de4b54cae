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
        var errors = new List<InputError>();
        byte[]? bytes;
        try
        {
            bytes = file.IsStdin ? ReadStdin(errors) : ReadFile(file.Path, errors);
        }
        catch (IOException ex)
        {
            return ReadResult.Failed(file.DisplayName, new InputError(file.DisplayName, $"cannot read: {ex.Message}"));
        }
        catch (UnauthorizedAccessException ex)
        {
            return ReadResult.Failed(file.DisplayName, new InputError(file.DisplayName, $"cannot read: {ex.Message}"));
        }

        // Nothing read, or nothing left once oversized lines were skipped: those are the only problems.
        if (bytes is null || (errors.Count > 0 && bytes.AsSpan().Trim(" \t\r\n"u8).IsEmpty))
        {
            return new ReadResult(file.DisplayName, [], errors);
        }

        var result = Read(file.DisplayName, bytes, file.IsStdin ? null : Path.GetExtension(file.Path));
        if (errors.Count == 0)
        {
            return result;
        }

        // Lines skipped for their size are reported with the file's own errors, in line order.
        var all = result.Errors.Concat(errors).OrderBy(e => e.Line ?? 0).ToList();
        return new ReadResult(result.Source, result.Documents, all);
    }

    // A .txt or .html file is measured before it is read; JSON lines are streamed line by line.
    private byte[]? ReadFile(string path, List<InputError> errors)
    {
        var max = _options.MaxArticleBytes;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        var isJsonLines = _readers.OfType<JsonLinesReader>().First().Extensions.Contains(Path.GetExtension(path).ToLowerInvariant());
        if (isJsonLines && !StartsWithUtf16Mark(stream))
        {
            return BoundedInput.ReadLines([], stream, path, max, errors);
        }

        if (stream.Length > max)
        {
            errors.Add(new InputError(path, BoundedInput.TooLarge("file", stream.Length, max)));
            return null;
        }

        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    // Standard input has no length: what looks like JSON lines is streamed, anything else read up to the limit.
    private byte[]? ReadStdin(List<InputError> errors)
    {
        using var stream = _openStdin();
        var head = new byte[4096];
        var length = 0;
        int read;
        while (length < head.Length && (read = stream.Read(head, length, head.Length - length)) > 0)
        {
            length += read;
        }

        var prefix = head.AsSpan(0, length);
        var first = prefix.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? prefix[3..].TrimStart(" \t\r\n"u8) : prefix.TrimStart(" \t\r\n"u8);
        return !first.IsEmpty && first[0] == (byte)'{'
            ? BoundedInput.ReadLines(prefix, stream, "<stdin>", _options.MaxArticleBytes, errors)
            : BoundedInput.ReadWhole(prefix, stream, "<stdin>", _options.MaxArticleBytes, errors);
    }

    private static bool StartsWithUtf16Mark(FileStream stream)
    {
        Span<byte> mark = stackalloc byte[2];
        var read = stream.ReadAtLeast(mark, 2, throwOnEndOfStream: false);
        stream.Position = 0;
        return read == 2 && ((mark[0] == 0xFF && mark[1] == 0xFE) || (mark[0] == 0xFE && mark[1] == 0xFF));
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
}
