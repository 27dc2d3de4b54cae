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
        var index = 0;
        foreach (var m in mentions)
        {
            index++;
            if (m.Attendance is { } attendance)
            {
                Attend(drafts, m, attendance, index, isCountry);
                continue;
            }

            if (m.Participants.Count == 0)
            {
                var latest = drafts.LastOrDefault(d => d.Type == m.Type);
                latest?.Add(m, joinParticipants: false, index);
                continue;
            }

            var same = drafts.LastOrDefault(d => d.Accepts(m, isCountry));
            if (same is not null)
            {
                same.Add(m, joinParticipants: true, index);
            }
            else
            {
                drafts.Add(new Draft(m, index));
            }
        }

        var events = new List<Event>();
        foreach (var e in drafts.Select(d => d.ToEvent()))
        {
            var known = events.FindIndex(x => x.Id == e.Id);
            if (known < 0)
            {
                events.Add(e);
            }
            else
            {
                // Same type, participants, place and time (and a status of the same kind, which the id holds): one event.
                events[known] = events[known] with
                {
                    Status = EventStatusKinds.MostAdvanced(events[known].Status, e.Status),
                    MoreEvidence = [.. events[known].MoreEvidence, e.Evidence, .. e.MoreEvidence],
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

    /// <summary>
    /// "Ruiz attended the talks": the attendees join the event of the attended kind mentioned most recently that agrees in
    /// status, time and place and, when the phrase names holders ("Berg's talks"), has one of them. With none, the
    /// mention starts its own event only when it can stand alone (<see cref="Attendance.StartsAs"/>).
    /// </summary>
    private static void Attend(List<Draft> drafts, EventMention m, Attendance attendance, int index, Func<string, bool> isCountry)
    {
        var joined = m with { Participants = [.. m.Participants, .. attendance.Attendees.Where(a => m.Participants.All(p => p.EntityId != a.EntityId))] };
        var target = drafts.Where(d => d.AcceptsAttendance(m, attendance, isCountry)).MaxBy(d => d.LastSeen);
        if (target is not null)
        {
            target.Add(joined, joinParticipants: true, index);
        }
        else if (attendance.StartsAs is { } type)
        {
            drafts.Add(new Draft(joined with { Type = type }, index));
        }
    }

    private static bool IsExplicit(TimeValue? t) => t is { IsReportDate: false };

    // The noun's date: after the noun, or at most two words before it.
    private static bool DatesNoun(EventMention m)
    {
        const int maxWordsBefore = 2;
        if (m.Time is not { } time)
        {
            return false;
        }

        var noun = m.Evidence.Span;
        if (time.Span.Start >= noun.Start)
        {
            return true;
        }

        var sentence = m.Evidence.SentenceSpan;
        var from = time.Span.End - sentence.Start;
        var to = noun.Start - sentence.Start;
        return from >= 0 && to <= m.Evidence.Sentence.Length && from <= to
            && m.Evidence.Sentence.AsSpan(from, to - from).ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length <= maxWordsBefore;
    }

    private static bool PlacesAgree(string? a, string? b, Func<string, bool> isCountry) =>
        a is null || b is null || a == b || (isCountry(a) != isCountry(b));

    private sealed class Draft(EventMention first, int index)
    {
        private readonly List<FoundParticipant> _participants = [.. first.Participants];
        private readonly List<Evidence> _more = [.. first.Absorbed];
        private string? _place = first.PlaceId;
        private TimeValue? _time = first.Time;
        private EventStatus _status = first.Status;

        public EventType Type => first.Type;

        /// <summary>The position of the latest mention of this event, for "the most recent" one.</summary>
        public int LastSeen { get; private set; } = index;

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

        /// <summary>A Planned attendance cannot be of an event that already occurred; times and places must agree.</summary>
        public bool AcceptsAttendance(EventMention m, Attendance attendance, Func<string, bool> isCountry) =>
            attendance.Types.Contains(Type) && _status.IsFactual() && !(m.Status == EventStatus.Planned && _status == EventStatus.Occurred)
            && TimesAgree(m.Time, _time) && PlacesAgree(m.PlaceId, _place, isCountry)
            && (m.Participants.Count == 0 || m.Participants.Any(p => _participants.Any(q => q.EntityId == p.EntityId)));

        public void Add(EventMention m, bool joinParticipants, int position)
        {
            LastSeen = position;
            if (joinParticipants)
            {
                _participants.AddRange(m.Participants.Where(p => _participants.All(q => q.EntityId != p.EntityId)));
            }

            _place ??= m.PlaceId;

            // "Britain on Wednesday urged ... and said Kim's visit showed ...": a noun joining an event dates it only with a
            // date written after it ("Riverin's appointment is effective March 26") or right before it ("Monday's talks").
            if (joinParticipants && !(m.IsNominal && !DatesNoun(m)) && (_time is null || _time.IsReportDate) && m.Time is { IsReportDate: false })
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
