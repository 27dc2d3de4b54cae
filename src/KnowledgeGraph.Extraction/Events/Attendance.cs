using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// What an attendance mention adds when merged: its attendees join the most recent compatible earlier event of
/// one of <see cref="Types"/>; with none, the mention starts an event of type <see cref="StartsAs"/>, or adds nothing.
/// </summary>
internal sealed record Attendance(IReadOnlyList<FoundParticipant> Attendees, IReadOnlyList<EventType> Types, EventType? StartsAs);
