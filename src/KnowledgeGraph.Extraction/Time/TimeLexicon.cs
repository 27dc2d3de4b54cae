using System.Collections.Frozen;
using System.Globalization;

namespace KnowledgeGraph.Extraction.Time;

/// <summary>The words of time: month and weekday names, number words, units, holidays. Built once.</summary>
internal static class TimeLexicon
{
    public static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3,
        ["april"] = 4, ["apr"] = 4, ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7,
        ["august"] = 8, ["aug"] = 8, ["september"] = 9, ["sept"] = 9, ["sep"] = 9, ["october"] = 10,
        ["oct"] = 10, ["november"] = 11, ["nov"] = 11, ["december"] = 12, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>ISO weekday numbers (Monday 1).</summary>
    public static readonly FrozenDictionary<string, int> Weekdays = new Dictionary<string, int>
    {
        ["monday"] = 1, ["mon"] = 1, ["tuesday"] = 2, ["tue"] = 2, ["tues"] = 2, ["wednesday"] = 3, ["wed"] = 3,
        ["thursday"] = 4, ["thu"] = 4, ["thur"] = 4, ["thurs"] = 4, ["friday"] = 5, ["fri"] = 5,
        ["saturday"] = 6, ["sat"] = 6, ["sunday"] = 7, ["sun"] = 7,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, int> NumberWords = new Dictionary<string, int>
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["hundred"] = 100, ["a hundred"] = 100,
        ["a couple of"] = 2, ["a dozen"] = 12, ["dozen"] = 12, ["half a"] = 0,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that give an amount nobody counted: "several years" is PXY.</summary>
    public static readonly FrozenSet<string> VagueAmounts = new[]
    {
        "several", "a few", "few", "some", "many", "a number of", "numerous",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, int> Ordinals = new Dictionary<string, int>
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["1st"] = 1, ["2nd"] = 2, ["3rd"] = 3, ["4th"] = 4,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, string> Seasons = new Dictionary<string, string>
    {
        ["spring"] = "SP", ["summer"] = "SU", ["fall"] = "FA", ["autumn"] = "FA", ["winter"] = "WI",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Parts of the day and their TIMEX3 codes.</summary>
    public static readonly FrozenDictionary<string, string> DayParts = new Dictionary<string, string>
    {
        ["morning"] = "MO", ["afternoon"] = "AF", ["evening"] = "EV", ["night"] = "NI",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Parses "18", "eighteen", "twenty-four", "twenty four", "a", "a couple of"; null when vague or unknown.</summary>
    public static int? ParseAmount(string text)
    {
        var t = text.Trim().Replace('\u00a0', ' ');
        if (int.TryParse(t.Replace(",", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        if (NumberWords.TryGetValue(t, out n))
        {
            return n;
        }

        var parts = t.Split(['-', ' '], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 2 && NumberWords.TryGetValue(parts[0], out var tens) && tens >= 20 && tens % 10 == 0
            && NumberWords.TryGetValue(parts[1], out var units) && units < 10)
        {
            return tens + units;
        }

        return null;
    }

    /// <summary>The TIMEX3 duration unit letter for a unit word, and whether it takes the "T" time marker.</summary>
    public static (string Letter, bool IsClock)? Unit(string word)
    {
        var w = word.ToLowerInvariant().TrimEnd('s');
        return w switch
        {
            "second" => ("S", true),
            "minute" => ("M", true),
            "hour" => ("H", true),
            "day" => ("D", false),
            "night" => ("D", false),
            "week" => ("W", false),
            "weekend" => ("WE", false),
            "fortnight" => ("W", false),
            "month" => ("M", false),
            "quarter" => ("Q", false),
            "year" => ("Y", false),
            "decade" => ("DE", false),
            "century" or "centurie" => ("CE", false),
            _ => null,
        };
    }
}
