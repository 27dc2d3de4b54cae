using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Tests.Neo4j;

/// <summary>Small invented graphs for the Neo4j tests, one of them full of strings that break naive escaping.</summary>
public static class TestGraphs
{
    /// <summary>Quotes, apostrophes, a backslash, a newline, a comment end, a statement end and a Cypher injection attempt.</summary>
    public const string HostileText = "She called it \"a 'bold' step\" \\ for C:\\temp;\nthen added */ '}) DETACH DELETE n // and left \u00e9\u2713 \U0001F600";

    public const string DocumentId = "doc_harbour";

    public static readonly string Speaker = StableId.ForEntity(EntityType.Person, "Mara Okafor");
    public static readonly string Visitor = StableId.ForEntity(EntityType.Person, "Tomas Lindqvist");
    public static readonly string Port = StableId.ForEntity(EntityType.Location, "Port Elena");
    public static readonly string Council = StableId.ForEntity(EntityType.Organization, "Harbour Council");

    public static KnowledgeGraphModel Hostile()
    {
        var text = "Mara Okafor met Tomas Lindqvist in Port Elena on Tuesday. " + HostileText;
        var sentence = new TextSpan(0, 58);
        var tuesday = new TimeValue
        {
            DocumentId = DocumentId, Text = "on Tuesday", Value = "2024-04-02", Type = TimexType.Date,
            Span = new TextSpan(47, 57), Start = new DateOnly(2024, 4, 2), End = new DateOnly(2024, 4, 3), Precision = TimePrecision.Day,
        };
        var evidence = new Evidence(DocumentId, new TextSpan(12, 15), sentence, text[..58], "test");
        return new KnowledgeGraphModel
        {
            Documents =
            [
                new Document
                {
                    Id = DocumentId, Text = text, Title = "Harbour \"talks\" O'Neill \\ edition", Source = "harbour.txt",
                    Published = new DateOnly(2024, 4, 3), PublishedSource = PublishedSource.Metadata,
                },
            ],
            Entities =
            [
                Person(Speaker, "Mara Okafor", ["Okafor", "O'Kafor \"M\""], [new AttributeValue("title", "Mayor", DocumentId, new TextSpan(0, 5)), new AttributeValue("age", "52", DocumentId, new TextSpan(0, 5))]),
                Person(Visitor, "Tomas Lindqvist", [], []),
                new Entity { Id = Port, Type = EntityType.Location, Subtype = "City", Name = "Port Elena", Mentions = [new Mention(DocumentId, new TextSpan(35, 45), "Port Elena")] },
                new Entity { Id = Council, Type = EntityType.Organization, Name = "Harbour Council" },
            ],
            Events =
            [
                new Event
                {
                    Id = "evt_meeting", Type = EventType.Meeting, Status = EventStatus.Occurred, Trigger = "met",
                    Participants = [new Participant(Speaker, ParticipantRole.Agent), new Participant(Visitor, ParticipantRole.Participant)],
                    PlaceId = Port, Time = tuesday, Evidence = evidence,
                    MoreEvidence = [evidence with { Span = new TextSpan(59, 70), Sentence = HostileText }],
                },
                new Event
                {
                    Id = "evt_visit", Type = EventType.Visit, Status = EventStatus.Planned, Trigger = "will visit",
                    Participants = [new Participant(Visitor, ParticipantRole.Agent), new Participant("ent_missing", ParticipantRole.Participant)],
                    PlaceId = Port, Evidence = evidence,
                },
                new Event
                {
                    Id = "evt_planned_meeting", Type = EventType.Meeting, Status = EventStatus.Planned, Trigger = "will meet",
                    Participants = [new Participant(Speaker, ParticipantRole.Agent), new Participant(Visitor, ParticipantRole.Participant)],
                    Evidence = evidence,
                },
            ],
            Quotes =
            [
                new Quote
                {
                    Id = "quo_hostile", Kind = QuoteKind.Direct, Text = HostileText, Span = new TextSpan(59, 59 + HostileText.Length),
                    SpeakerId = Speaker, AddresseeId = Council, MentionIds = [Port, "ent_missing"],
                    Evidence = new Evidence(DocumentId, new TextSpan(59, 59 + HostileText.Length), new TextSpan(59, text.Length), HostileText, "test"),
                },
            ],
            Timexes = [tuesday],
        };
    }

    private static Entity Person(string id, string name, string[] aliases, AttributeValue[] attributes) => new()
    {
        Id = id, Type = EntityType.Person, Name = name, Aliases = aliases, Attributes = attributes,
        Mentions = [new Mention(DocumentId, new TextSpan(0, 5), name), new Mention(DocumentId, new TextSpan(16, 21), name)],
    };
}
