using System.Globalization;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Tests.Reliability;

/// <summary>Our own invented news sentences, combined into as many distinct articles as a test needs.</summary>
internal static class NewsCorpus
{
    public static readonly string[] People = ["Mara Okafor", "Tomas Lindqvist", "Ines Carvalho", "Dmitri Halloran", "Aiko Brennan", "Samuel Adeyemi"];

    public static readonly string[] Places = ["Port Elena", "Lisbon", "Nairobi", "Oslo", "Valparaiso", "Hanoi"];

    public static readonly string[] Sentences =
    [
        "Prime Minister {0} met {1} in {2} on Tuesday to discuss fishing quotas.",
        "\"We will not accept any delay,\" {0} told reporters after the talks.",
        "{1} said the agreement would be signed next month.",
        "The Harbour Council announced on Monday that {0} would visit {2} in March.",
        "Foreign Minister {1} resigned on Friday after a dispute over the budget.",
        "\"This is a bold step for our region,\" said {0}, who arrived in {2} last week.",
        "Officials in {2} said the storm had closed the port for two days.",
        "{0}, 54, was elected mayor of {2} in 2019.",
    ];

    /// <summary>Article number <paramref name="n"/>: a few sentences about a pair of people and a place, unique by its last line.</summary>
    public static string Article(int n, int sentences = 5)
    {
        var a = People[n % People.Length];
        var b = People[(n / People.Length + 1 + n) % People.Length];
        if (a == b)
        {
            b = People[(n + 1) % People.Length];
        }

        var place = Places[(n / 7) % Places.Length];
        var text = new StringBuilder();
        for (var i = 0; i < sentences; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{string.Format(CultureInfo.InvariantCulture, Sentences[(n + i) % Sentences.Length], a, b, place)}\n\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"Report number {n} was filed by the desk.");
        return text.ToString();
    }

    /// <summary>One JSON line: an article with an id and a publication date.</summary>
    public static string JsonLine(string id, string text, string published = "2024-03-05") =>
        JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = id, ["published"] = published, ["text"] = text });

    /// <summary>A JSON-lines file of <paramref name="count"/> distinct articles with ids "art-0", "art-1", ...</summary>
    public static string WriteJsonLines(string path, int count, int sentences = 5)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        for (var n = 0; n < count; n++)
        {
            writer.Write(JsonLine($"art-{n}", Article(n, sentences)));
            writer.Write('\n');
        }

        return path;
    }

    /// <summary>
    /// A folder of JSON-lines files, <paramref name="perFile"/> articles each: kg reads and writes input by
    /// input, so a folder keeps the store growing through the whole run (one big file is written at its end).
    /// </summary>
    public static string WriteFolder(string folder, int count, int perFile = 20, int sentences = 8)
    {
        Directory.CreateDirectory(folder);
        for (var start = 0; start < count; start += perFile)
        {
            var lines = Enumerable.Range(start, Math.Min(perFile, count - start)).Select(n => JsonLine($"art-{n}", Article(n, sentences)));
            File.WriteAllLines(Path.Combine(folder, $"part-{start:D6}.jsonl"), lines);
        }

        return folder;
    }
}
