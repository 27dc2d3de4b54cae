namespace KnowledgeGraph.Core.Graph;

/// <summary>The strings of the graph JSON contract and of Neo4j labels, produced in one place.</summary>
public static class ContractNames
{
    public static string Of(EntityType type) => type.ToString();

    public static string Of(EventType type) => type.ToString();

    public static string Of(EventStatus status) => status switch
    {
        EventStatus.Occurred => "occurred",
        EventStatus.Planned => "planned",
        EventStatus.Announced => "announced",
        EventStatus.Denied => "denied",
        EventStatus.Failed => "failed",
        EventStatus.Hypothetical => "hypothetical",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static string Of(ParticipantRole role) => role switch
    {
        ParticipantRole.Agent => "agent",
        ParticipantRole.Patient => "patient",
        ParticipantRole.Participant => "participant",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    public static string Of(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Partial => "partial",
        QuoteKind.Indirect => "indirect",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Of(TimexType type) => type.ToString().ToUpperInvariant();

    public static string Of(PublishedSource source) => source switch
    {
        PublishedSource.Metadata => "metadata",
        PublishedSource.Inferred => "inferred",
        PublishedSource.Unknown => "unknown",
        _ => throw new ArgumentOutOfRangeException(nameof(source)),
    };

    public static string Of(TimePrecision precision) => precision.ToString().ToLowerInvariant();

    public static EntityType ParseEntityType(string s) => Enum.Parse<EntityType>(s, ignoreCase: true);

    public static EventType ParseEventType(string s) => Enum.Parse<EventType>(s, ignoreCase: true);

    public static EventStatus ParseEventStatus(string s) => Enum.Parse<EventStatus>(s, ignoreCase: true);

    public static ParticipantRole ParseRole(string s) => Enum.Parse<ParticipantRole>(s, ignoreCase: true);

    public static QuoteKind ParseQuoteKind(string s) => Enum.Parse<QuoteKind>(s, ignoreCase: true);

    public static TimexType ParseTimexType(string s) => Enum.Parse<TimexType>(s, ignoreCase: true);

    public static PublishedSource ParsePublishedSource(string s) => Enum.Parse<PublishedSource>(s, ignoreCase: true);

    public static TimePrecision ParsePrecision(string s) => Enum.Parse<TimePrecision>(s, ignoreCase: true);
}
