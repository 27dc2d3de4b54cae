namespace KnowledgeGraph.Extraction.Entities;

/// <summary>How a word takes part in a title or role before a name.</summary>
internal enum TitleKind
{
    /// <summary>Ends a title: "minister", "President", "pollster".</summary>
    Head,

    /// <summary>Only before a head: "foreign", "prime", "former".</summary>
    Modifier,

    /// <summary>Cues a person but is not a title: "Mr", "Dr".</summary>
    Honorific,
}
