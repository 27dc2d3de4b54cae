using System.Text;
using CsCheck;
using KnowledgeGraph.Extraction.Reading;

namespace KnowledgeGraph.Tests.Extraction.Reading;

public class ReadingPropertyTests
{
    private static readonly string[] Lines =
    [
        "Harbour Talks Resume", "The ministers met on Tuesday.", "", "", "QX", "\"We agreed,\" she said.",
        "Ships returned to port after the storm had passed.", "In this pool photo, envoys meet in Quito on May 6, 2024. (AFP)",
    ];

    [Fact]
    public void Any_text_without_nul_encoded_as_utf8_decodes_back_with_unix_line_ends()
    {
        Gen.String[1, 200].Where(s => !s.Contains('\0', StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(s) && IsWellFormed(s)).Sample(s =>
        {
            var decoded = TextDecoder.Decode("p.txt", Encoding.UTF8.GetBytes(s), out var error);

            Assert.Null(error);
            Assert.Equal(s.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'), decoded);
        });
    }

    [Fact]
    public void The_splitter_never_invents_text_and_is_deterministic()
    {
        var line = Gen.Int[0, Lines.Length - 1].Select(i => Lines[i]);
        line.Array[1, 30].Sample(lines =>
        {
            var text = string.Join('\n', lines);
            var inputLines = lines.Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);

            var articles = ArticleSplitter.Split(text);

            Assert.All(articles.SelectMany(a => a.Text.Split('\n')).Where(l => l.Length > 0), l => Assert.Contains(l.Trim(), inputLines));
            Assert.Equal(articles, ArticleSplitter.Split(text));
        });
    }

    private static bool IsWellFormed(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && (i + 1 >= s.Length || !char.IsLowSurrogate(s[++i])))
            {
                return false;
            }

            if (char.IsLowSurrogate(s[i]) && (i == 0 || !char.IsHighSurrogate(s[i - 1])))
            {
                return false;
            }
        }

        return true;
    }
}
