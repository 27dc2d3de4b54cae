using System.Reflection;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>Reads the gazetteer's data files: embedded resources, tab-separated, '#' starts a comment line.</summary>
internal static class GazetteerFiles
{
    private const string ResourcePrefix = "KnowledgeGraph.Extraction.Entities.Data.";

    public static string ReadEmbedded(string fileName)
    {
        var assembly = typeof(GazetteerFiles).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException($"Gazetteer file {fileName} is not embedded in {assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static IEnumerable<string[]> Rows(string text)
    {
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var row = line.Split('\t');
            if (row[0].Length == 0)
            {
                throw new FormatException($"Gazetteer row without a name: '{line}'");
            }

            yield return row;
        }
    }

    /// <summary>White-space separated words of a word list file.</summary>
    public static IEnumerable<string> Words(string text) =>
        text.Split('\n')
            .Where(l => !l.StartsWith('#'))
            .SelectMany(l => l.Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries));

    public static CueKind ParseCueKind(string s) => s switch
    {
        "org-head" => CueKind.OrgHead,
        "org-lead" => CueKind.OrgLead,
        "facility-head" => CueKind.FacilityHead,
        "facility-lead" => CueKind.FacilityLead,
        "region-word" => CueKind.RegionWord,
        "city-word" => CueKind.CityWord,
        "place-prep" => CueKind.PlacePreposition,
        "speech-verb" => CueKind.SpeechVerb,
        "name-part" => CueKind.NamePart,
        _ => throw new FormatException($"Unknown cue kind '{s}'"),
    };
}
