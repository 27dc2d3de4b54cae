using System.Globalization;
using CsCheck;

namespace KnowledgeGraph.Tests.Reliability;

/// <summary>
/// News-like text for property tests: our own sentence templates filled with invented names, places
/// and dates, joined into paragraphs, then mutated the ways scraped text breaks (stray and curly
/// quote marks, odd Unicode, text cut mid-word, runs without spaces, doubled lines).
/// </summary>
internal static class NewsTextGenerator
{
    private static readonly string[] Templates =
    [
        "Prime Minister {0} met {1} in {2} on {3}.",
        "\"We will rebuild the harbour,\" {0} told reporters in {2}.",
        "{1} said on {3} that talks with {0} would resume.",
        "Foreign Minister {0} visited {2} last week, officials said.",
        "\u201cNothing was agreed,\u201d said {1}, 61, after meeting {0}.",
        "The Harbour Council announced that {1} resigned on {3}.",
        "{0} will travel to {2} next month, according to the ministry.",
        "In this photo, {1} arrives in {2} on {3}. (AP Photo)",
        "{0} was elected mayor of {2} in 2019 and re-elected in 2023.",
        "Asked about {1}, {0} said: \"It is too early to say.\"",
    ];

    private static readonly string[] Names = ["Mara Okafor", "Tomas Lindqvist", "Ines Carvalho", "Aiko Brennan", "Samuel Adeyemi", "Dr. Lena Vogt", "the minister", "he"];

    private static readonly string[] Places = ["Lisbon", "Oslo", "Port Elena", "Nairobi", "New York", "the capital"];

    private static readonly string[] Dates = ["Tuesday", "Monday morning", "March 5", "5 March 2024", "February 31", "Sept. 13, 2023", "the year 0", "yesterday", "next Friday"];

    private static readonly string[] Insertions =
    [
        "\"", "\u201c", "\u201d", "'", "\u2018", "\u2019", "\u201e", "\u00a0", "\u200b", "\u202e", "\U0001F600", "e\u0301", "\u05e9\u05dc\u05d5\u05dd",
        "\n", "\n\n", "...", " -- ", "\t", "Mr.", "U.S.", "(", ")", ":", ";", "&amp;", "<p>", "\ufeff",
    ];

    private static readonly Gen<string> Sentence =
        Gen.Select(Gen.Int[0, Templates.Length - 1], Gen.Int[0, Names.Length - 1], Gen.Int[0, Names.Length - 1], Gen.Int[0, Places.Length - 1], Gen.Int[0, Dates.Length - 1])
            .Select(t => string.Format(CultureInfo.InvariantCulture, Templates[t.Item1], Names[t.Item2], Names[t.Item3], Places[t.Item4], Dates[t.Item5]));

    private static readonly Gen<string> Article =
        Sentence.Array[1, 4].Select(s => string.Join(' ', s)).Array[1, 6].Select(p => string.Join("\n\n", p));

    private static readonly Gen<Func<string, string>> Mutation = Gen.OneOf(
        Gen.Select(Gen.Int[0, Insertions.Length - 1], Gen.Double[0, 1]).Select(t => (Func<string, string>)(s => s.Insert(At(s, t.Item2), Insertions[t.Item1]))),
        Gen.Double[0, 1].Select(f => (Func<string, string>)(s => s[..Math.Min(s.Length, Math.Max(1, At(s, f)))])),
        Gen.Double[0, 1].Select(f => (Func<string, string>)(s => s[At(s, f)..] + " " + s)),
        Gen.Select(Gen.Double[0, 1], Gen.Int[1, 400]).Select(t => (Func<string, string>)(s => s.Insert(At(s, t.Item1), new string('x', t.Item2)))),
        Gen.Const((Func<string, string>)(s => s.ToUpperInvariant())),
        Gen.Const((Func<string, string>)(s => s.Replace(" ", "", StringComparison.Ordinal))));

    /// <summary>An article with zero to six mutations; never empty.</summary>
    public static readonly Gen<string> MutatedArticle =
        Gen.Select(Article, Mutation.Array[0, 6]).Select(t => t.Item2.Aggregate(t.Item1, (s, m) => m(s)))
            .Where(s => !string.IsNullOrWhiteSpace(s));

    // A position inside s that does not split a surrogate pair.
    private static int At(string s, double fraction)
    {
        var i = (int)(fraction * s.Length);
        return i > 0 && i < s.Length && char.IsLowSurrogate(s[i]) ? i - 1 : i;
    }
}
