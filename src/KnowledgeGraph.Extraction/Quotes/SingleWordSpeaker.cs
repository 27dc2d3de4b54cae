using System.Text.RegularExpressions;
using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>
/// A one-word speaker: a name or alias the article gave ("Ruiz" for "Ana Ruiz"), an acronym ("AFP"),
/// or a surname whose full name is written somewhere in the article.
/// </summary>
internal static partial class SingleWordSpeaker
{
    public static SpeakerMatch? Resolve(DocumentAnalysis analysis, PhraseToken token)
    {
        var word = token.Text;
        var known = analysis.Entities.Values.FirstOrDefault(e => e.Type != EntityType.Other && (e.Name == word || e.Aliases.Contains(word)))
            ?? analysis.Entities.Values.Where(e => e.Type == EntityType.Person)
                .FirstOrDefault(e => e.Name.StartsWith(word + " ", StringComparison.Ordinal) || e.Name.EndsWith(" " + word, StringComparison.Ordinal));
        if (known is not null)
        {
            return CuedEntityRegistrar.Register(analysis, known.Type, known.Name, token.Span);
        }

        if (NameLexicon.IsAcronym(word))
        {
            return CuedEntityRegistrar.Register(analysis, EntityType.Organization, word, token.Span);
        }

        // "the Bank's summary" after "the World Bank": an organisation's head word is no surname.
        if (NameLexicon.NotNames.Contains(word) || NameLexicon.Titles.Contains(word) || NameLexicon.OrganisationHeads.Contains(word))
        {
            return null;
        }

        // A surname whose full name the article gave earlier: "Ana Ruiz ... Ruiz warned".
        foreach (Match m in CapitalisedPair().Matches(analysis.Text))
        {
            var first = m.Groups["first"].Value;
            if (m.Groups["last"].Value != word || NameLexicon.NotNames.Contains(first) || NameLexicon.Titles.Contains(first) || NameHead.IsPossessive(first) || NameLexicon.OrganisationHeads.Contains(first))
            {
                continue;
            }

            return CuedEntityRegistrar.Register(analysis, EntityType.Person, first + " " + word, token.Span);
        }

        return null;
    }

    /// <summary>Every capitalised word followed by another ("Chrystia Freeland"); the second is matched without being consumed.</summary>
    [GeneratedRegex(@"(?<![\p{L}'\u2019-])(?<first>\p{Lu}[\p{L}\-]+)\s+(?=(?<last>\p{Lu}[\p{L}'\u2019\-]*)\b)")]
    private static partial Regex CapitalisedPair();
}
