using System.Collections.Frozen;
using System.Text.RegularExpressions;
using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Segmentation;

namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>
/// The news agencies that wrote or illustrated the article: those in its photo credits and
/// datelines ("(Photo by ANA SILVA / AFP)", "LIMA (Reuters) -"), and any wire agency that
/// "reported" something. They are the article's writers, not sources: "..., AFP reported" is
/// narration, not reported speech.
/// </summary>
internal sealed partial class PublisherCredit
{
    private static readonly FrozenSet<string> WireAgencies = new[]
    {
        "AFP", "Agence France-Presse", "Agence France Presse", "Reuters", "AP", "Associated Press", "dpa", "DPA",
        "Xinhua", "TASS", "Tass", "Interfax", "RIA", "RIA Novosti", "Kyodo", "Yonhap", "EFE", "ANSA", "Bloomberg",
        "UPI", "United Press International", "PA", "Press Association", "ANI", "PTI", "Press Trust of India",
        "Anadolu", "Canadian Press", "AAP", "Australian Associated Press", "Getty Images", "Jiji",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly FrozenSet<string> _credited;
    private readonly DocumentAnalysis _analysis;

    public PublisherCredit(DocumentAnalysis analysis)
    {
        _analysis = analysis;
        var text = analysis.Text;
        var surfaces = new HashSet<string>(StringComparer.Ordinal);
        foreach (var paragraph in analysis.Paragraphs.Where(p => p.Kind == ParagraphKind.Caption))
        {
            foreach (Match m in CreditedName().Matches(text, paragraph.Span.Start))
            {
                if (m.Index >= paragraph.Span.End)
                {
                    break;
                }

                surfaces.Add(m.Groups["name"].Value);
            }
        }

        foreach (Match m in DatelineAgency().Matches(text))
        {
            surfaces.Add(m.Groups["name"].Value);
        }

        _credited = surfaces.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>True when the entity is an agency credited in the article, or a wire agency that only "reported".</summary>
    public bool IsPublisher(string entityId, string verb)
    {
        if (!_analysis.Entities.TryGetValue(entityId, out var entity) || entity.Type != EntityType.Organization)
        {
            return false;
        }

        var names = entity.Aliases.Append(entity.Name).Concat(entity.Mentions.Select(m => m.Text)).ToList();
        return names.Any(_credited.Contains) || verb is "reported" or "reports" && names.Any(WireAgencies.Contains);
    }

    // "(Photo by ANA SILVA / AFP)", "Photo: AFP": the last name after a slash or colon in a credit.
    [GeneratedRegex(@"(?:/|\bPhoto:|\bCredit:)\s*(?<name>[\p{Lu}][\p{L}.\- ]{1,40}?)\s*\)")]
    private static partial Regex CreditedName();

    // "LIMA, March 4 (Reuters) -": the agency of a dateline.
    [GeneratedRegex(@"\((?<name>[\p{Lu}][\p{L}\- ]{1,30})\)\s*[-\u2013\u2014]")]
    private static partial Regex DatelineAgency();
}
