namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// The lower-case particles inside a person's surname: "Charles de Gaulle", "Robert di Clemente", and a second one after
/// "van", "von" or "de": "Hans van den Broek", "von der Leyen", "de la Madrid".
/// </summary>
internal static class NameParticles
{
    /// <summary>"de", "van", "di" ...: a particle that can open a surname.</summary>
    public static bool IsParticle(string word) => word is "de" or "van" or "von" or "da" or "del" or "di" or "du" or "le" or "la";

    /// <summary>"den" after "van", "der" after "von", "la" after "de".</summary>
    public static bool IsSecond(string first, string second) => first is "van" or "von" or "de" && second is "den" or "der" or "de" or "la" or "los" or "las";
}
