using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// Turns an attendance phrase into an event mention: the attended noun's own mention when it is a trigger
/// ("the talks"), else one of its own ("the negotiations"). Its evidence is the attendance phrase, its rule
/// "attendance:VERB", its status and time those of the attendance clause.
/// </summary>
internal static class AttendanceMentions
{
    /// <summary>Removes and builds the pending attendances whose noun ends before token <paramref name="before"/>.</summary>
    public static List<EventMention> TakeBefore(SentenceContext s, List<AttendancePhrase> pending, int before)
    {
        var ready = pending.Where(a => a.Noun.Last < before).ToList();
        pending.RemoveAll(ready.Contains);
        return [.. ready.Select(a => Build(s, a, noun: null))];
    }

    /// <summary>Removes and returns the attendance whose noun is the trigger <paramref name="hit"/>, if any.</summary>
    public static AttendancePhrase? TakeCovering(List<AttendancePhrase> pending, TriggerHit hit)
    {
        var covering = pending.FirstOrDefault(a => a.Noun.HeadFirst <= hit.First && hit.Last <= a.Noun.Last);
        if (covering is not null)
        {
            pending.Remove(covering);
        }

        return covering;
    }

    public static EventMention Build(SentenceContext s, AttendancePhrase a, EventMention? noun)
    {
        var analysis = s.Analysis;
        var attendees = a.Attendees.DistinctBy(p => p.EntityId).ToList();
        var holders = (noun?.Participants ?? []).Concat(a.Noun.Holders)
            .Where(p => attendees.All(x => x.EntityId != p.EntityId))
            .DistinctBy(p => p.EntityId)
            .ToList();
        var (time, status, cue) = EventExtractor.TimeOfClause(analysis, s.SpanOf(a.ClauseStart, a.ClauseEnd), a.Status, a.Cue);
        var startsAs = noun is not null && holders.Count > 0 ? noun.Type : a.Noun.Noun.StartsMeeting ? EventType.Meeting : (EventType?)null;
        var trigger = s.SpanOf(a.Noun.HeadFirst, a.Noun.Last).Slice(s.Text);
        var rule = string.Join(';', new[]
        {
            "attendance:" + a.Verb,
            "trigger:" + a.Noun.Noun.Phrase,
            cue is null ? null : "status:" + cue,
            "args:" + string.Join(',', attendees.Concat(holders).Select(p => p.Rule).Distinct()),
        }.Where(x => x is not null));
        return new EventMention(noun?.Type ?? a.Noun.Noun.Types[0], status, holders, noun?.PlaceId ?? a.Noun.PlaceId, time, trigger, true, analysis.EvidenceFor(s.SpanOf(a.First, a.Last), rule))
        {
            Clause = s.SpanOf(a.ClauseStart, a.ClauseEnd),
            Absorbed = noun?.Absorbed ?? [],
            Attendance = new Attendance(attendees, a.Noun.IsOtherOccurrence ? [] : a.Noun.Noun.Types, startsAs),
        };
    }
}
