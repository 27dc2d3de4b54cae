using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Reading;

/// <summary>Finds written calendar dates: "September 13, 2023", "Sept. 13, 2023", "13 September 2023", "Sept 13".</summary>
public static partial class CalendarDateParser
{
    private static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3,
        ["april"] = 4, ["apr"] = 4, ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7,
        ["august"] = 8, ["aug"] = 8, ["september"] = 9, ["sept"] = 9, ["sep"] = 9, ["october"] = 10, ["oct"] = 10,
        ["november"] = 11, ["nov"] = 11, ["december"] = 12, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<WrittenDate> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match m in MonthFirst().Matches(text))
        {
            if (Create(m) is { } d)
            {
                yield return d;
            }
        }

        foreach (Match m in DayFirst().Matches(text))
        {
            if (Create(m) is { } d)
            {
                yield return d;
            }
        }
    }

    /// <summary>Parses a whole string as a date ("Sept 13" or "13 Sept 2023"); null when it is not one.</summary>
    public static WrittenDate? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        return FindAll(trimmed).FirstOrDefault(d => d.Index == 0 && d.Text.Length == trimmed.Length);
    }

    private static WrittenDate? Create(Match m)
    {
        var month = Months[m.Groups["month"].Value];
        var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        int? year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
        if (day is < 1 or > 31 || day > DateTime.DaysInMonth(year ?? 2000, month))
        {
            return null;
        }

        return new WrittenDate(m.Value, m.Index, month, day, year);
    }

    private const string MonthNames = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

    [GeneratedRegex(@"\b(?<month>" + MonthNames + @")\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<year>(?:19|20)\d\d)\b)?")]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?<month>" + MonthNames + @")\.?,?\s+(?<year>(?:19|20)\d\d)\b")]
    private static partial Regex DayFirst();
}
