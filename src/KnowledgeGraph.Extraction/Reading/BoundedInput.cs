using System.Globalization;
using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Reading;

/// <summary>
/// Reads an input without ever holding more than the article size limit of anything it rejects: a
/// whole file is measured before it is read, and JSON lines are streamed so that one oversized line
/// is skipped (reported with its line number) while the lines around it are kept.
/// </summary>
internal static class BoundedInput
{
    private const int ChunkBytes = 64 * 1024;

    /// <summary>
    /// Copies a JSON-lines stream, replacing every line longer than <paramref name="maxLineBytes"/>
    /// by an empty line, so that the line numbers of the lines kept stay those of the file.
    /// </summary>
    public static byte[] ReadLines(ReadOnlySpan<byte> prefix, Stream rest, string source, long maxLineBytes, List<InputError> errors)
    {
        using var output = new MemoryStream();
        long line = 1, lineLength = 0, lineStart = 0;
        var skipping = false;

        void Take(ReadOnlySpan<byte> span)
        {
            while (true)
            {
                var newline = span.IndexOf((byte)'\n');
                var piece = newline < 0 ? span : span[..newline];
                lineLength += piece.Length;
                if (!skipping && lineLength > maxLineBytes)
                {
                    skipping = true;
                    output.SetLength(lineStart);
                    output.Position = lineStart;
                }

                if (!skipping)
                {
                    output.Write(piece);
                }

                if (newline < 0)
                {
                    return;
                }

                EndLine();
                output.WriteByte((byte)'\n');
                lineStart = output.Position;
                span = span[(newline + 1)..];
            }
        }

        void EndLine()
        {
            if (skipping)
            {
                errors.Add(new InputError(source, TooLarge("article", lineLength, maxLineBytes), Line: line));
            }

            line++;
            lineLength = 0;
            skipping = false;
        }

        Take(prefix);
        var buffer = new byte[ChunkBytes];
        int read;
        while ((read = rest.Read(buffer)) > 0)
        {
            Take(buffer.AsSpan(0, read));
        }

        if (lineLength > 0)
        {
            EndLine();
        }

        return output.ToArray();
    }

    /// <summary>Reads a whole stream of unknown length; null (with the error) once it passes <paramref name="maxBytes"/>.</summary>
    public static byte[]? ReadWhole(ReadOnlySpan<byte> prefix, Stream rest, string source, long maxBytes, List<InputError> errors)
    {
        using var output = new MemoryStream();
        output.Write(prefix);
        var buffer = new byte[ChunkBytes];
        int read;
        while (output.Length <= maxBytes && (read = rest.Read(buffer)) > 0)
        {
            output.Write(buffer, 0, read);
        }

        if (output.Length > maxBytes)
        {
            errors.Add(new InputError(source, $"input is larger than the {Megabytes(maxBytes)} limit for one article; skipped (raise it with --max-article-mb)"));
            return null;
        }

        return output.ToArray();
    }

    /// <summary>The message for a file or line over the limit, with both sizes.</summary>
    public static string TooLarge(string what, long bytes, long maxBytes) =>
        $"{what} is {Megabytes(bytes)}, over the {Megabytes(maxBytes)} limit for one article; skipped (raise it with --max-article-mb)";

    private static string Megabytes(long bytes) =>
        (bytes / (1024.0 * 1024.0)).ToString(bytes % (1024 * 1024) == 0 ? "0" : "0.0", CultureInfo.InvariantCulture) + " MB";
}
