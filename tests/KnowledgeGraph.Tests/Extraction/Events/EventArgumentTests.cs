using KnowledgeGraph.Core;

namespace KnowledgeGraph.Tests.Extraction.Events;

public class EventArgumentTests
{
    [Theory]
    [InlineData("President Anna Berg and Prime Minister Tomas Lind held talks in Lisbon.", "Anna Berg|Tomas Lind")]
    [InlineData("President Anna Berg, 61, and Prime Minister Tomas Lind, 58, met in Lisbon.", "Anna Berg|Tomas Lind")]
    [InlineData("President Anna Berg met Prime Minister Tomas Lind and Chancellor Eva Roth.", "Anna Berg|Eva Roth|Tomas Lind")]
    [InlineData("Later in Lisbon, President Anna Berg met Chancellor Eva Roth.", "Anna Berg|Eva Roth")]
    public void Meeting_participants_are_the_coordinated_subject_and_the_objects(string sentence, string expected)
    {
        var a = EventTestSupport.Analyse(sentence);
        var e = Assert.Single(a.Events);
        Assert.Equal(expected.Split('|'), EventTestSupport.ParticipantNames(a, e));
        Assert.All(e.Participants, p => Assert.Equal(ParticipantRole.Participant, p.Role));
    }

    [Theory]
    [InlineData("President Anna Berg met Prime Minister Tomas Lind in Lisbon.", "Lisbon")]
    [InlineData("Later in Lisbon, President Anna Berg met Chancellor Eva Roth.", "Lisbon")]
    [InlineData("President Anna Berg will travel to Lisbon for talks.", "Lisbon")]
    [InlineData("President Anna Berg arrived in Porto from Lisbon.", "Porto")]
    public void The_place_is_a_location_after_in_at_or_to_or_the_destination_of_a_visit(string sentence, string place)
    {
        var a = EventTestSupport.Analyse(sentence);
        var e = Assert.Single(a.Events);
        Assert.Equal(place, EventTestSupport.NameOf(a, e.PlaceId));
        Assert.DoesNotContain(e.Participants, p => EventTestSupport.NameOf(a, p.EntityId) is "Lisbon" or "Porto");
    }

    [Fact]
    public void The_addressee_of_an_appeal_is_its_patient_and_the_speaker_its_agent()
    {
        var a = EventTestSupport.Analyse("Senator Paul Brandt urged Governor Ines Vale to end talks with the Harbour Shipping Company.");
        var e = Assert.Single(a.Events);
        Assert.Equal(EventType.Appeal, e.Type);
        Assert.Equal([("Ines Vale", ParticipantRole.Patient), ("Paul Brandt", ParticipantRole.Agent)],
            e.Participants.Select(p => (EventTestSupport.NameOf(a, p.EntityId), p.Role)).OrderBy(x => x.Item1, StringComparer.Ordinal));
    }

    [Fact]
    public void A_host_showing_a_guest_around_a_place_is_a_meeting_and_the_guests_visit()
    {
        var a = EventTestSupport.Analyse("President Anna Berg showed Prime Minister Tomas Lind around the harbour in Porto.");
        var meeting = Assert.Single(a.Events, e => e.Type == EventType.Meeting);
        var visit = Assert.Single(a.Events, e => e.Type == EventType.Visit);
        Assert.Equal(["Anna Berg", "Tomas Lind"], EventTestSupport.ParticipantNames(a, meeting));
        var guest = Assert.Single(visit.Participants, p => p.Role == ParticipantRole.Agent);
        Assert.Equal("Tomas Lind", EventTestSupport.NameOf(a, guest.EntityId));
        Assert.Equal("Porto", EventTestSupport.NameOf(a, visit.PlaceId));
    }

    [Theory]
    [InlineData("President Anna Berg spoke in Lisbon. She also visited Porto.", EventType.Visit, "Anna Berg")]
    [InlineData("Chancellor Eva Roth opened the session. Her visit to Porto ended early.", EventType.Visit, "Eva Roth")]
    [InlineData("The vote split the Trade Council for the first time since it began to sanction the Harbour Shipping Company.", EventType.Sanction, "Trade Council")]
    public void A_subject_pronoun_or_possessive_is_the_most_recent_person(string text, EventType type, string person)
    {
        var a = EventTestSupport.Analyse(text);
        var e = Assert.Single(a.Events, x => x.Type == type);
        Assert.Contains(person, EventTestSupport.ParticipantNames(a, e));
        Assert.Contains("pronoun", e.Evidence.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_possessive_pronoun_is_not_the_person_named_after_with()
    {
        var a = EventTestSupport.Analyse("Governor Tomas Lind landed in Porto, where Mayor Lena Ortiz waited. His meeting with Mayor Lena Ortiz lasted an hour.");
        var e = Assert.Single(a.Events);
        Assert.Equal(["Lena Ortiz", "Tomas Lind"], EventTestSupport.ParticipantNames(a, e));
    }

    [Fact]
    public void A_possessor_before_an_event_noun_is_its_agent_but_not_the_agent_of_a_later_verb()
    {
        var a = EventTestSupport.Analyse("Chancellor Eva Roth's former aide, Mayor Lena Ortiz, resigned on Monday.");
        var e = Assert.Single(a.Events);
        Assert.Equal(["Lena Ortiz"], EventTestSupport.ParticipantNames(a, e));
    }

    [Theory]
    [InlineData("The Coastal News Agency said at least nine sailors died in the storm.")]
    [InlineData("Police in Dalen sealed the district after the gunman killed two guards.")]
    public void A_speaker_or_a_name_outside_the_adverbial_clause_is_not_the_subject(string sentence)
    {
        var a = EventTestSupport.Analyse(sentence);
        Assert.DoesNotContain(a.Events, e => e.Participants.Count > 0);
    }

    [Fact]
    public void Before_a_gerund_the_subject_is_the_main_clause_subject()
    {
        var a = EventTestSupport.Analyse("Senator Paul Brandt resigned in May before becoming governor of the province.");
        var appointment = Assert.Single(a.Events, e => e.Type == EventType.Appointment);
        Assert.Equal(["Paul Brandt"], EventTestSupport.ParticipantNames(a, appointment));
    }

    [Theory]
    [InlineData("The Northern Liberation Council launched an attack on the Harbour Shipping Company.", EventType.Attack)]
    [InlineData("The Trade Council imposed new sanctions against the Harbour Shipping Company.", EventType.Sanction)]
    public void The_target_of_an_attack_or_sanction_after_on_or_against_is_the_patient(string sentence, EventType type)
    {
        var a = EventTestSupport.Analyse(sentence);
        var e = Assert.Single(a.Events);
        Assert.Equal(type, e.Type);
        var patient = Assert.Single(e.Participants, p => p.Role == ParticipantRole.Patient);
        Assert.Equal("Harbour Shipping Company", EventTestSupport.NameOf(a, patient.EntityId));
    }

    [Fact]
    public void An_announced_resignation_noun_takes_the_possessive_pronoun_and_the_announced_status()
    {
        var a = EventTestSupport.Analyse("Minister Karl Dorn announced his resignation on Friday.");
        var e = Assert.Single(a.Events);
        Assert.Equal((EventType.Resignation, EventStatus.Announced), (e.Type, e.Status));
        Assert.Equal(["Karl Dorn"], EventTestSupport.ParticipantNames(a, e));
    }

    [Fact]
    public void In_the_passive_the_subject_is_the_patient_and_the_by_phrase_the_agent()
    {
        var a = EventTestSupport.Analyse("Senator Paul Brandt was arrested by the Border Police Agency in Dalen.");
        var e = Assert.Single(a.Events);
        Assert.Equal(EventType.Arrest, e.Type);
        var roles = e.Participants.ToDictionary(p => EventTestSupport.NameOf(a, p.EntityId), p => p.Role);
        Assert.Equal(ParticipantRole.Patient, roles["Paul Brandt"]);
        Assert.Equal(ParticipantRole.Agent, roles["Border Police Agency"]);
    }

    [Fact]
    public void The_time_is_the_expression_of_the_clause_not_an_earlier_one_in_the_sentence()
    {
        var a = EventTestSupport.Analyse(
            "Minister Karl Dorn, who became party leader in 2016, announced in March that he planned to resign.",
            "2024-05-15", ("in 2016", "2016"), ("in March", "2024-03"));
        var resignation = Assert.Single(a.Events, e => e.Type == EventType.Resignation);
        var appointment = Assert.Single(a.Events, e => e.Type == EventType.Appointment);
        Assert.Equal("2024-03", resignation.Time?.Value);
        Assert.Equal("2016", appointment.Time?.Value);
    }

    [Fact]
    public void An_undated_event_takes_the_report_date_flagged_as_such()
    {
        var e = Assert.Single(EventTestSupport.Analyse("Minister Karl Dorn resigned.", "2024-05-15").Events);
        Assert.Equal("2024-05-15", e.Time?.Value);
        Assert.True(e.Time?.IsReportDate);
    }
}
