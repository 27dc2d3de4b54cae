using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace KnowledgeGraph.Core;

/// <summary>
/// Ids are hashes of content, so that the same input gives the same ids on every machine and two
/// graphs built from different halves of a corpus merge by id.
/// </summary>
public static class StableId
{
    public static string ForEntity(EntityType type, string canonicalName) =>
        Make("ent", type.ToString(), NormaliseName(canonicalName));

    public static string ForDocument(string text) => Make("doc", text);

    public static string ForQuote(string documentId, TextSpan span, string text) =>
        Make("quo", documentId, span.Start.ToString(CultureInfo.InvariantCulture), text);

    public static string ForEvent(EventType type, IEnumerable<string> participantIds, string? placeId, string? timeValue) =>
        Make("evt", type.ToString(), string.Join(",", participantIds.Order(StringComparer.Ordinal)), placeId ?? "", timeValue ?? "");

    /// <summary>
    /// As above for a factual status (occurred, planned, announced share one id: one real-world event); a failed,
    /// denied or hypothetical event adds its status, so "failed to launch" never takes the id of the launch that happened.
    /// </summary>
    public static string ForEvent(EventType type, IEnumerable<string> participantIds, string? placeId, string? timeValue, EventStatus status) =>
        status.IsFactual()
            ? ForEvent(type, participantIds, placeId, timeValue)
            : Make("evt", type.ToString(), string.Join(",", participantIds.Order(StringComparer.Ordinal)), placeId ?? "", timeValue ?? "", status.ToString());

    /// <summary>Lower case, accents and punctuation dropped, white space folded: "Jean-Marc Léger" -> "jean marc leger".</summary>
    public static string NormaliseName(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                pendingSpace = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (c is not '\'' and not '\u2019')
            {
                pendingSpace = true;
            }
        }

        return sb.ToString();
    }

    public static string Make(string prefix, params string[] parts)
    {
        var joined = string.Join("\u001f", parts);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(joined));
        return prefix + "_" + Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }
}
