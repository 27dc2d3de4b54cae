using KnowledgeGraph.Core;

namespace KnowledgeGraph.Tests.Storage;

/// <summary>Hand-built extractions of two invented articles that share two people, so merging shows.</summary>
internal static class StoreFixtures
{
    public const string QuoteWithAwkwardCharacters = "He said \"no\", it's a back\\slash\nand a new line; DROP TABLE quotes; --";

    public static DocumentExtraction HarbourTalks()
    {
        const string text = "Harbour Talks\n\nAda Lindqvist met Tomas Okafor in Oslo on Tuesday. \"We agreed to open the harbour,\" Lindqvist told Okafor.";
        var doc = new Document { Id = "doc-harbour", Text = text, Title = "Harbour Talks", Source = "harbour.txt", Published = new DateOnly(2024, 3, 5), PublishedSource = PublishedSource.Inferred, PublishedEvidence = "dateline" };
        var ada = Person("Ada Lindqvist", doc.Id, text, "Ada Lindqvist", "Lindqvist") with { Aliases = ["Lindqvist"], Attributes = [new AttributeValue("title", "Foreign Minister", doc.Id, new TextSpan(0, 5))] };
        var tomas = Person("Tomas Okafor", doc.Id, text, "Tomas Okafor");
        var oslo = new Entity { Id = StableId.ForEntity(EntityType.Location, "Oslo"), Type = EntityType.Location, Subtype = "City", Name = "Oslo", Mentions = [Mention(doc.Id, text, "Oslo")] };
        var tuesday = Timex(doc.Id, text, "on Tuesday", "2024-03-05", new DateOnly(2024, 3, 5));
        var meeting = new Event
        {
            Id = StableId.ForEvent(EventType.Meeting, [ada.Id, tomas.Id], oslo.Id, "2024-03-05"),
            Type = EventType.Meeting,
            Participants = [new Participant(ada.Id, ParticipantRole.Agent), new Participant(tomas.Id, ParticipantRole.Participant)],
            PlaceId = oslo.Id,
            Time = tuesday,
            Trigger = "met",
            Evidence = Evidence(doc.Id, text, "met", "Ada Lindqvist met Tomas Okafor in Oslo on Tuesday."),
        };
        var quoteText = "We agreed to open the harbour,";
        var quote = new Quote
        {
            Id = StableId.ForQuote(doc.Id, Span(text, quoteText), quoteText),
            Kind = QuoteKind.Direct,
            Text = quoteText,
            Span = Span(text, quoteText),
            SpeakerId = ada.Id,
            AddresseeId = tomas.Id,
            MentionIds = [tomas.Id],
            Evidence = Evidence(doc.Id, text, quoteText, "\"We agreed to open the harbour,\" Lindqvist told Okafor."),
        };
        return new DocumentExtraction { Document = doc, Entities = [ada, tomas, oslo], Events = [meeting], Quotes = [quote], Timexes = [tuesday] };
    }

    public static DocumentExtraction BergenVisit()
    {
        var text = "Okafor Visits Bergen\n\nTomas Okafor visited Bergen on Wednesday. Ada Lindqvist said: \"" + QuoteWithAwkwardCharacters + "\"";
        var doc = new Document { Id = "doc-bergen", Text = text, Title = "Okafor Visits Bergen", Source = "wire.jsonl", Published = new DateOnly(2024, 4, 17), PublishedSource = PublishedSource.Metadata };
        var ada = Person("Ada Lindqvist", doc.Id, text, "Ada Lindqvist") with { Aliases = ["Ada"] };
        var tomas = Person("Tomas Okafor", doc.Id, text, "Tomas Okafor") with { Aliases = ["Okafor"], Attributes = [new AttributeValue("title", "Trade Minister", doc.Id, new TextSpan(0, 5))] };
        var bergen = new Entity { Id = StableId.ForEntity(EntityType.Location, "Bergen"), Type = EntityType.Location, Name = "Bergen", Mentions = [Mention(doc.Id, text, "Bergen")] };
        var wednesday = Timex(doc.Id, text, "on Wednesday", "2024-04-17", new DateOnly(2024, 4, 17));
        var visit = new Event
        {
            Id = StableId.ForEvent(EventType.Visit, [tomas.Id], bergen.Id, "2024-04-17"),
            Type = EventType.Visit,
            Participants = [new Participant(tomas.Id, ParticipantRole.Agent)],
            PlaceId = bergen.Id,
            Time = wednesday,
            Trigger = "visited",
            Evidence = Evidence(doc.Id, text, "visited", "Tomas Okafor visited Bergen on Wednesday."),
        };
        var quote = new Quote
        {
            Id = StableId.ForQuote(doc.Id, Span(text, QuoteWithAwkwardCharacters), QuoteWithAwkwardCharacters),
            Kind = QuoteKind.Direct,
            Text = QuoteWithAwkwardCharacters,
            Span = Span(text, QuoteWithAwkwardCharacters),
            SpeakerId = ada.Id,
            Evidence = Evidence(doc.Id, text, QuoteWithAwkwardCharacters, "Ada Lindqvist said: \"" + QuoteWithAwkwardCharacters + "\""),
        };
        return new DocumentExtraction { Document = doc, Entities = [tomas, bergen, ada], Events = [visit], Quotes = [quote], Timexes = [wednesday] };
    }

    /// <summary>An undated event, to check it sorts after dated ones.</summary>
    public static DocumentExtraction UndatedProtest()
    {
        const string text = "Dock Protest\n\nDock workers in Bergen protested against Tomas Okafor.";
        var doc = new Document { Id = "doc-protest", Text = text, Source = "protest.txt" };
        var tomas = Person("Tomas Okafor", doc.Id, text, "Tomas Okafor");
        var protest = new Event
        {
            Id = StableId.ForEvent(EventType.Oppose, [tomas.Id], null, null),
            Type = EventType.Oppose,
            Participants = [new Participant(tomas.Id, ParticipantRole.Patient)],
            Trigger = "protested",
            Evidence = Evidence(doc.Id, text, "protested", "Dock workers in Bergen protested against Tomas Okafor."),
        };
        return new DocumentExtraction { Document = doc, Entities = [tomas], Events = [protest] };
    }

    /// <summary>Two people sharing a family name (an ambiguous alias) and one with accents, mentioned in one article without events.</summary>
    public static DocumentExtraction SharedFamilyName()
    {
        const string text = "Durand Cousins\n\nÉlise Durand and Marc Durand met Zoë Brûlé.";
        var doc = new Document { Id = "doc-durand", Text = text, Source = "durand.txt", Published = new DateOnly(2024, 5, 2), PublishedSource = PublishedSource.Metadata };
        var elise = Person("Élise Durand", doc.Id, text, "Élise Durand") with { Aliases = ["Durand"] };
        var marc = Person("Marc Durand", doc.Id, text, "Marc Durand") with { Aliases = ["Durand"] };
        var zoe = Person("Zoë Brûlé", doc.Id, text, "Zoë Brûlé");
        return new DocumentExtraction { Document = doc, Entities = [elise, marc, zoe] };
    }

    private static Entity Person(string name, string docId, string text, params string[] mentions) => new()
    {
        Id = StableId.ForEntity(EntityType.Person, name),
        Type = EntityType.Person,
        Name = name,
        Mentions = [.. mentions.Select(m => Mention(docId, text, m))],
    };

    private static Mention Mention(string docId, string text, string surface) => new(docId, Span(text, surface), surface);

    private static TextSpan Span(string text, string part)
    {
        var start = text.IndexOf(part, StringComparison.Ordinal);
        return new TextSpan(start, start + part.Length);
    }

    private static TimeValue Timex(string docId, string text, string surface, string value, DateOnly day) => new()
    {
        DocumentId = docId,
        Text = surface,
        Value = value,
        Type = TimexType.Date,
        Span = Span(text, surface),
        Start = day,
        End = day.AddDays(1),
        Precision = TimePrecision.Day,
        Rule = "weekday-past",
    };

    private static Evidence Evidence(string docId, string text, string part, string sentence)
    {
        var sentenceSpan = Span(text, sentence);
        return new Evidence(docId, Span(text, part), sentenceSpan, sentence, "test-rule");
    }
}
