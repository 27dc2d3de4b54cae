using System.Buffers;
using System.Text;
using System.Text.Unicode;
using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Reading;

/// <summary>
/// Bytes to text: UTF-8 (with or without BOM) or UTF-16 with a BOM. Empty, binary (NUL bytes) and
/// invalid UTF-8 inputs become an <see cref="InputError"/> naming the file and the offset.
/// Line ends are normalised to '\n' so that offsets do not depend on the machine that wrote the file.
/// </summary>
public static class TextDecoder
{
    public static string? Decode(string source, ReadOnlySpan<byte> bytes, out InputError? error)
    {
        error = null;
        string text;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            text = DecodeStrict(new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), bytes[2..], source, out error);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            text = DecodeStrict(new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), bytes[2..], source, out error);
        }
        else
        {
            var body = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;
            var nul = body.IndexOf((byte)0);
            if (nul >= 0)
            {
                error = new InputError(source, $"binary file, not text (NUL byte at offset {nul})", Offset: nul + (bytes.Length - body.Length));
                return null;
            }

            text = DecodeUtf8(body, bytes.Length - body.Length, source, out error);
        }

        if (error is not null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            error = new InputError(source, "file is empty");
            return null;
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            error = new InputError(source, "binary file, not text (NUL character)");
            return null;
        }

        return text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> body, int bomLength, string source, out InputError? error)
    {
        error = null;
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, body.Length));
        try
        {
            var status = Utf8.ToUtf16(body, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                var offset = read + bomLength;
                error = new InputError(source, $"not valid UTF-8 (bad byte 0x{body[read]:X2} at offset {offset})", Offset: offset);
                return "";
            }

            return new string(chars, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static string DecodeStrict(Encoding encoding, ReadOnlySpan<byte> body, string source, out InputError? error)
    {
        error = null;
        try
        {
            return encoding.GetString(body);
        }
        catch (DecoderFallbackException ex)
        {
            error = new InputError(source, $"not valid {encoding.WebName} ({ex.Message})", Offset: ex.Index + 2);
            return "";
        }
    }
}
