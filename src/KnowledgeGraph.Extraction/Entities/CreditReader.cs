using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// Reads photographers' names from picture credits, often written in capitals:
/// "(Photo by ANA SILVA / AFP)" -> person "Ana Silva" with alias "ANA SILVA".
/// </summary>
internal static partial class CreditReader
{
    public static IEnumerable<MentionCandidate> Read(string text)
    {
        foreach (Match m in Credit().Matches(text))
        {
            var name = m.Groups["name"];
            var surface = name.Value;
            var canonical = surface.Any(char.IsLower)
                ? surface
                : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(surface.ToLowerInvariant());
            var c = new MentionCandidate(new TextSpan(name.Index, name.Index + name.Length), surface, surface.Split(' ').Length);
            yield return c.Typed(EntityType.Person, "photo-credit", canonical: canonical);
        }
    }

    // "Photo by NAME / AGENCY", "Photo: NAME/AGENCY", "Picture by Name / Agency".
    [GeneratedRegex(@"(?i:\b(?:photo|picture|image|video)s?\s*(?:by|:)\s*)(?<name>\p{Lu}[\p{L}'\-]+(?: \p{Lu}[\p{L}'\-]+){1,3})\s*/")]
    private static partial Regex Credit();
}
