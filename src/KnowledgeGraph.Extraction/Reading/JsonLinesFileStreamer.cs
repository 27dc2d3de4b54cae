using System.Text;
using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Reading;

/// <summary>
/// Reads a <c>.jsonl</c> file one line at a time, so an archive of any size is never held in memory
/// whole. Each line is read as <see cref="JsonLinesReader"/> reads it; a bad line is a problem with its
/// line number and the next line is still read.
/// </summary>
internal static class JsonLinesFileStreamer
{
    // Long enough to catch a binary file before its first line is parsed as JSON.
    private const int SniffBytes = 4096;

    public static IEnumerable<StreamedArticle> Read(InputFile file, Func<Document, Document> settlePublished)
    {
        var display = file.DisplayName;
        var stream = Open(file, out var openError);
        if (stream is null)
        {
            yield return StreamedArticle.Problem(openError!);
            yield break;
        }

        using (stream)
        {
            if (BinaryOffset(stream) is { } nul)
            {
                yield return StreamedArticle.Problem(new InputError(display, $"binary file, not text (NUL byte at offset {nul})", Offset: nul));
                yield break;
            }

            var name = Path.GetFileName(file.Path);
            using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
            long lineNumber = 0;
            var any = false;
            while (true)
            {
                var line = NextLine(reader, display, lineNumber, out var readError);
                if (readError is not null)
                {
                    yield return StreamedArticle.Problem(readError);
                    yield break;
                }

                if (line is null)
                {
                    break;
                }

                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                any = true;
                var document = JsonLinesReader.ReadLine(name, line, lineNumber, out var error);
                yield return document is not null
                    ? StreamedArticle.Article(display, lineNumber, settlePublished(document))
                    : StreamedArticle.Problem(error! with { Source = display });
            }

            if (!any)
            {
                yield return StreamedArticle.Problem(new InputError(display, "file is empty"));
            }
        }
    }

    private static FileStream? Open(InputFile file, out InputError? error)
    {
        error = null;
        try
        {
            return new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan);
        }
        catch (IOException ex)
        {
            error = new InputError(file.DisplayName, $"cannot read: {ex.Message}");
        }
        catch (UnauthorizedAccessException ex)
        {
            error = new InputError(file.DisplayName, $"cannot read: {ex.Message}");
        }

        return null;
    }

    // The whole-file reader refuses a file with a NUL byte; the head of the file tells the same here.
    private static long? BinaryOffset(FileStream stream)
    {
        Span<byte> head = stackalloc byte[SniffBytes];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        var nul = head[..read].IndexOf((byte)0);
        var utf16 = read >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF));
        return nul >= 0 && !utf16 ? nul : null;
    }

    private static string? NextLine(StreamReader reader, string source, long linesRead, out InputError? error)
    {
        error = null;
        try
        {
            return reader.ReadLine();
        }
        catch (DecoderFallbackException ex)
        {
            error = new InputError(source, $"not valid UTF-8 ({ex.Message}); the lines before it were read", Line: linesRead + 1);
        }
        catch (IOException ex)
        {
            error = new InputError(source, $"cannot read: {ex.Message}", Line: linesRead + 1);
        }

        return null;
    }
}
