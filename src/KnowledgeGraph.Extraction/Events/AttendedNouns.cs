using System.Collections.Frozen;
using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>The nouns of <see cref="AttendedNoun"/>, looked up by their first word, longest phrase first.</summary>
internal static class AttendedNouns
{
    private static readonly EventType[] Meeting = [EventType.Meeting];
    private static readonly EventType[] Briefing = [EventType.PressConference];

    private static readonly AttendedNoun[] All =
    [
        new("meeting", Meeting, StartsMeeting: true), new("meetings", Meeting, StartsMeeting: true),
        new("talks", Meeting, StartsMeeting: true), new("summit", Meeting, StartsMeeting: true),
        new("negotiations", Meeting, StartsMeeting: true), new("discussions", Meeting, StartsMeeting: true),
        new("consultations", Meeting, StartsMeeting: true), new("gathering", Meeting, StartsMeeting: true),
        new("conference", [EventType.Meeting, EventType.PressConference], StartsMeeting: true),
        new("lunch", Meeting), new("luncheon", Meeting), new("dinner", Meeting), new("banquet", Meeting), new("breakfast", Meeting),
        new("press conference", Briefing), new("news conference", Briefing), new("press briefing", Briefing),
        new("news briefing", Briefing), new("briefing", Briefing),
        new("signing ceremony", [EventType.Agreement]), new("signing", [EventType.Agreement]),
        new("swearing-in ceremony", [EventType.Appointment]), new("swearing-in", [EventType.Appointment]),
        new("inauguration ceremony", [EventType.Appointment]), new("inauguration", [EventType.Appointment]),
        new("launch ceremony", [EventType.Launch]), new("launch", [EventType.Launch]),
        new("ceremony", [EventType.Agreement, EventType.Appointment, EventType.Launch], OnlyBare: true),
        new("visit", [EventType.Visit]), new("tour", [EventType.Visit]), new("trip", [EventType.Visit]),
    ];

    private static readonly FrozenDictionary<string, AttendedNoun[]> ByFirstWord = All
        .GroupBy(n => n.Words[0], StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(n => n.Words.Count).ToArray(), StringComparer.Ordinal);

    /// <summary>The longest attended noun starting at token <paramref name="i"/>, in lower case (a capitalised noun is part of a name).</summary>
    public static (AttendedNoun Noun, int Last)? At(SentenceContext s, int i)
    {
        if (i < 0 || i >= s.Tokens.Count || !char.IsLower(s.Tokens[i].Text[0]) || !ByFirstWord.TryGetValue(s.Lower(i), out var nouns))
        {
            return null;
        }

        foreach (var noun in nouns)
        {
            if (Enumerable.Range(0, noun.Words.Count).All(w => s.Lower(i + w) == noun.Words[w]))
            {
                return (noun, i + noun.Words.Count - 1);
            }
        }

        return null;
    }
}
