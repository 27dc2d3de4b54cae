namespace KnowledgeGraph.Extraction.Entities;

/// <summary>The kinds of cue words in <c>Data/cue-words.tsv</c>.</summary>
internal enum CueKind
{
    OrgHead,
    OrgLead,
    FacilityHead,
    FacilityLead,
    RegionWord,
    CityWord,
    PlacePreposition,
    SpeechVerb,

    /// <summary>A word that is no name alone ("Northern", "Police") but can stand inside an organisation's or facility's name.</summary>
    NamePart,
}
