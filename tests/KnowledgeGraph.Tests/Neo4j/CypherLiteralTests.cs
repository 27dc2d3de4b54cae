using CsCheck;
using KnowledgeGraph.Neo4j.Cypher;

namespace KnowledgeGraph.Tests.Neo4j;

public class CypherLiteralTests
{
    [Theory]
    [InlineData("plain words")]
    [InlineData("the minister's \"final\" offer")]
    [InlineData("a back\\slash and a trailing one\\")]
    [InlineData("two\nlines\r\nand a\ttab")]
    [InlineData("closes a comment */ and opens one /* and // another")]
    [InlineData("ends a statement; then '}) DETACH DELETE n //")]
    [InlineData("URLs stay readable: https://example.org/a/b")]
    [InlineData("caf\u00e9 \u2713 \U0001F600 and \u2028 a line separator")]
    [InlineData("a bell \u0007 and a lone surrogate \ud800 here")]
    public void String_literal_decodes_back_to_the_original(string original)
    {
        var literal = CypherLiteral.String(original);

        var (decoded, end) = CypherStringDecoder.Decode(literal, 0);

        Assert.Equal(original, decoded);
        Assert.Equal(literal.Length, end);
    }

    [Theory]
    [InlineData("x */ y", "*/")]
    [InlineData("x /* y", "/*")]
    [InlineData("x // y", "//")]
    [InlineData("x; y", ";")]
    [InlineData("x\ny", "\n")]
    [InlineData("x\ry", "\r")]
    public void String_literal_never_contains_text_that_a_naive_splitter_would_cut_at(string original, string forbidden)
    {
        Assert.DoesNotContain(forbidden, CypherLiteral.String(original), StringComparison.Ordinal);
    }

    [Fact]
    public void Any_string_decodes_back_and_stays_on_one_line()
    {
        Gen.String.Sample(original =>
        {
            var literal = CypherLiteral.String(original);
            Assert.Equal(original, CypherStringDecoder.Decode(literal, 0).Value);
            Assert.DoesNotContain('\n', literal);
            Assert.DoesNotContain("*/", literal, StringComparison.Ordinal);
        });
    }
}
