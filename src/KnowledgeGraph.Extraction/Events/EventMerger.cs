using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// Merges the event mentions of one article into events. A mention joins an earlier event of the
/// same type when they share a participant, their places and times do not disagree and their status
/// agrees: equal, or both factual (planned, announced, occurred) with explicit dates that agree, when
/// the plan is the event that then happened; a failed, denied or hypothetical mention joins only its
/// own kind (a noun such as "the visit" joins whatever it names). A mention with no participant of its
/// own ("the summit was short") is anaphoric: it joins the latest event of its type, or is dropped.
/// Ids are made from the merged arguments (and the status when not factual), so the same event
/// reported twice gets one id.
/// </summary>
internal static class EventMerger
{
    private const int SamePeople = 2;

    /// <param name="mentions">Event mentions in text order.</param>
    /// <param name="isCountry">Whether a place id is a country: a visit "to Ruritania" and one "to its capital" may be one visit.</param>
    public static List<Event> Merge(IEnumerable<EventMention> mentions, Func<string, bool>? isCountry = null)
    {
        isCountry ??= _ => false;
        var drafts = new List<Draft>();
        foreach (var m in mentions)
        {
            if (m.Participants.Count == 0)
            {
                var latest = drafts.LastOrDefault(d => d.Type == m.Type);
                latest?.Add(m, joinParticipants: false);
                continue;
            }

            var same = drafts.LastOrDefault(d => d.Accepts(m, isCountry));
            if (same is not null)
            {
                same.Add(m, joinParticipants: true);
            }
            else
            {
                drafts.Add(new Draft(m));
            }
        }

        var events = new List<Event>();
        foreach (var e in drafts.Select(d => d.ToEvent()))
        {
            var index = events.FindIndex(x => x.Id == e.Id);
            if (index < 0)
            {
                events.Add(e);
            }
            else
            {
                // Same type, participants, place and time (and a status of the same kind, which the id holds): one event.
                events[index] = events[index] with
                {
                    Status = EventStatusKinds.MostAdvanced(events[index].Status, e.Status),
                    MoreEvidence = [.. events[index].MoreEvidence, e.Evidence, .. e.MoreEvidence],
                };
            }
        }

        return events;
    }

    /// <summary>Times agree when one is missing or only the report date, when one value refines the other, or when their days overlap ("this weekend" and "on Sunday").</summary>
    public static bool TimesAgree(TimeValue? a, TimeValue? b)
    {
        if (a is null || b is null || a.IsReportDate || b.IsReportDate
            || a.Value.StartsWith(b.Value, StringComparison.Ordinal) || b.Value.StartsWith(a.Value, StringComparison.Ordinal))
        {
            return true;
        }

        return a is { Start: { } aStart, End: { } aEnd } && b is { Start: { } bStart, End: { } bEnd } && aStart < bEnd && bStart < aEnd;
    }

    /// <summary>
    /// "will visit Porto on Friday" ... "visited Porto on Friday": a plan and its realisation are one event when both
    /// give a date and the dates agree; without dates a plan and a past event of the same people are told apart.
    /// A failed, denied or hypothetical mention never joins a factual one.
    /// </summary>
    public static bool StatusesAgree(EventStatus a, TimeValue? aTime, EventStatus b, TimeValue? bTime) =>
        a == b || (a.IsFactual() && b.IsFactual() && IsExplicit(aTime) && IsExplicit(bTime));

    private static bool IsExplicit(TimeValue? t) => t is { IsReportDate: false };

    private static bool PlacesAgree(string? a, string? b, Func<string, bool> isCountry) =>
        a is null || b is null || a == b || (isCountry(a) != isCountry(b));

    private sealed class Draft(EventMention first)
    {
        private readonly List<FoundParticipant> _participants = [.. first.Participants];
        private readonly List<Evidence> _more = [.. first.Absorbed];
        private string? _place = first.PlaceId;
        private TimeValue? _time = first.Time;
        private EventStatus _status = first.Status;

        public EventType Type => first.Type;

        public bool Accepts(EventMention m, Func<string, bool> isCountry)
        {
            if (m.Type != Type || !(m.IsNominal || StatusesAgree(m.Status, m.Time, _status, _time)) || !TimesAgree(m.Time, _time))
            {
                return false;
            }

            var shared = m.Participants.Count(p => _participants.Any(q => q.EntityId == p.EntityId));

            // The same people on the same day is one meeting even if one report names the room and another the city.
            return shared >= SamePeople || (shared > 0 && PlacesAgree(m.PlaceId, _place, isCountry));
        }

        public void Add(EventMention m, bool joinParticipants)
        {
            if (joinParticipants)
            {
                _participants.AddRange(m.Participants.Where(p => _participants.All(q => q.EntityId != p.EntityId)));
            }

            _place ??= m.PlaceId;
            if (joinParticipants && (_time is null || _time.IsReportDate) && m.Time is { IsReportDate: false })
            {
                _time = m.Time;
            }

            if (joinParticipants && !m.IsNominal && m.Status.IsFactual() && _status.IsFactual())
            {
                // "the visit" says nothing of its status; a verb that reports the planned visit as done does.
                _status = EventStatusKinds.MostAdvanced(_status, m.Status);
            }

            _more.Add(m.Evidence);
            _more.AddRange(m.Absorbed);
        }

        public Event ToEvent()
        {
            var participants = _participants.Where(p => p.EntityId != _place).ToList();
            return new Event
            {
                Id = StableId.ForEvent(first.Type, participants.Select(p => p.EntityId), _place, _time?.Value, _status),
                Type = first.Type,
                Status = _status,
                Participants = [.. participants.Select(p => new Participant(p.EntityId, p.Role))],
                PlaceId = _place,
                Time = _time,
                Trigger = first.Trigger,
                Evidence = first.Evidence,
                MoreEvidence = [.. _more.Where(e => e != first.Evidence).DistinctBy(e => (e.DocumentId, e.Span))],
            };
        }
    }
}
