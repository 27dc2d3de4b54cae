using System.Text.RegularExpressions;
using CsCheck;
using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Entities;

namespace KnowledgeGraph.Tests.Extraction.Entities;

public partial class TokenizerTests
{
    [Theory]
    [InlineData("The U.S. envoy met L.K. Arora in Komsomolsk-on-Amur.", "The|U.S.|envoy|met|L.K.|Arora|in|Komsomolsk-on-Amur|.")]
    [InlineData("Jean-Marc Leger's US-led plan, \u201cdone\u201d.", "Jean-Marc|Leger|US|plan|,|\u201c|done|\u201d|.")]
    [InlineData("A. Smith paid $5.2 billion to O'Neill's firm.", "A.|Smith|paid|$|5|.|2|billion|to|O'Neill|firm|.")]
    public void Sentences_split_into_words_initials_and_marks(string text, string expected)
    {
        var tokens = Tokenizer.Tokenize(text, new TextSpan(0, text.Length));
        Assert.Equal(expected, string.Join('|', tokens.Select(t => t.Text)));
    }

    // The hand-written scanner replaced this expression for speed; it must match the same tokens.
    [Fact]
    public void The_hand_written_scanner_matches_exactly_what_the_token_expression_matched()
    {
        var alphabet = "aZé\u0301-'\u2019. \n\t5,\u00a0\u201cÉ\u2160\ud83d\ude00Q.";
        Gen.Char[alphabet].Array[0, 40].Select(cs => new string(cs)).Sample(text =>
        {
            var expected = TokenPattern().Matches(text).Select(m => (m.Index, m.Length)).ToList();
            var actual = new List<(int, int)>();
            var p = 0;
            while (p < text.Length)
            {
                var n = Tokenizer.MatchAt(text, p, text.Length);
                if (n == 0)
                {
                    p++;
                    continue;
                }

                actual.Add((p, n));
                p += n;
            }

            Assert.Equal(expected, actual);
        }, iter: 5000);
    }

    [GeneratedRegex(@"(?:\p{Lu}\.){2,}|\p{Lu}\.(?=\s*\p{Lu})|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'\u2019][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|[^\s\p{L}\p{N}]")]
    private static partial Regex TokenPattern();
}
