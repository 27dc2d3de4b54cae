namespace KnowledgeGraph.Core;

/// <summary>The closed list of event types; graph-schema/event-types.json gives each its triggers and CAMEO root code.</summary>
public enum EventType
{
    Meeting,
    Visit,
    Announcement,
    Appeal,
    Warning,
    Deny,
    Oppose,
    Agreement,
    Launch,
    Attack,
    Sanction,
    Election,
    Appointment,
    Resignation,
    PressConference,
    Arrest,
    Death,
}
