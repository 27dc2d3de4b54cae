using System.Text;
using KnowledgeGraph.Extraction.Reading;

namespace KnowledgeGraph.Tests.Extraction.Reading;

public class TextDecoderTests
{
    [Theory]
    [InlineData(new byte[0], "file is empty", null)]
    [InlineData(new byte[] { 0x20, 0x0A, 0x0A }, "file is empty", null)]
    [InlineData(new byte[] { 0x48, 0x69, 0x00, 0x01, 0x02 }, "binary file", 2L)]
    [InlineData(new byte[] { 0x48, 0x69, 0x20, 0xC3, 0x28, 0x41 }, "not valid UTF-8 (bad byte 0xC3 at offset 3)", 3L)]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x41, 0xFF }, "at offset 4", 4L)]
    public void Unreadable_bytes_give_an_error_naming_the_file_and_offset(byte[] bytes, string message, long? offset)
    {
        var text = TextDecoder.Decode("news/bad.txt", bytes, out var error);

        Assert.Null(text);
        Assert.NotNull(error);
        Assert.Equal("news/bad.txt", error.Source);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(offset, error.Offset);
        Assert.StartsWith("news/bad.txt", error.ToString(), StringComparison.Ordinal);
    }

    public static TheoryData<byte[]> Encodings() => new()
    {
        Encoding.UTF8.GetBytes("Caf\u00e9 talks\r\nresume"),
        Concat([0xEF, 0xBB, 0xBF], Encoding.UTF8.GetBytes("Caf\u00e9 talks\nresume")),
        Concat([0xFF, 0xFE], Encoding.Unicode.GetBytes("Caf\u00e9 talks\nresume")),
        Concat([0xFE, 0xFF], Encoding.BigEndianUnicode.GetBytes("Caf\u00e9 talks\r\nresume")),
    };

    private static byte[] Concat(byte[] bom, byte[] body) => [.. bom, .. body];

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Utf8_and_utf16_with_or_without_bom_decode_to_the_same_text_with_unix_line_ends(byte[] bytes)
    {
        var text = TextDecoder.Decode("a.txt", bytes, out var error);

        Assert.Null(error);
        Assert.Equal("Caf\u00e9 talks\nresume", text);
    }
}
