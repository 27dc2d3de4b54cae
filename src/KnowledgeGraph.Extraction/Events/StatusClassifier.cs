using System.Collections.Frozen;
using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// Decides whether an event occurred, is planned, announced, denied, failed or hypothetical from the
/// words of its clause before the trigger; the strongest cue wins ("announced that he planned to
/// resign" is announced, not planned). Returns the cue that decided, for the evidence.
/// </summary>
internal static class StatusClassifier
{
    private const int CueLookBack = 10;

    private static readonly FrozenDictionary<string, EventStatus> VerbCues = new Dictionary<string, EventStatus>(StringComparer.Ordinal)
    {
        ["failure"] = EventStatus.Failed, ["fail"] = EventStatus.Failed, ["fails"] = EventStatus.Failed, ["failed"] = EventStatus.Failed, ["failing"] = EventStatus.Failed,
        ["unable"] = EventStatus.Failed,
        ["deny"] = EventStatus.Denied, ["denies"] = EventStatus.Denied, ["denied"] = EventStatus.Denied, ["denying"] = EventStatus.Denied,
        ["not"] = EventStatus.Denied, ["never"] = EventStatus.Denied, ["n't"] = EventStatus.Denied,
        ["announce"] = EventStatus.Announced, ["announces"] = EventStatus.Announced, ["announced"] = EventStatus.Announced,
        ["announcing"] = EventStatus.Announced,
        ["could"] = EventStatus.Hypothetical, ["might"] = EventStatus.Hypothetical, ["may"] = EventStatus.Hypothetical,
        ["if"] = EventStatus.Hypothetical, ["unless"] = EventStatus.Hypothetical, ["whether"] = EventStatus.Hypothetical,
        ["will"] = EventStatus.Planned, ["'ll"] = EventStatus.Planned, ["shall"] = EventStatus.Planned, ["would"] = EventStatus.Planned,
        ["plan"] = EventStatus.Planned, ["plans"] = EventStatus.Planned, ["planned"] = EventStatus.Planned, ["planning"] = EventStatus.Planned,
        ["intend"] = EventStatus.Planned, ["intends"] = EventStatus.Planned, ["intended"] = EventStatus.Planned,
        ["expected"] = EventStatus.Planned, ["scheduled"] = EventStatus.Planned, ["set"] = EventStatus.Planned,
        ["due"] = EventStatus.Planned, ["going"] = EventStatus.Planned, ["upcoming"] = EventStatus.Planned,
        ["proposed"] = EventStatus.Planned, ["must"] = EventStatus.Planned,

        // "looked certain to win", "hopes to meet": a to-infinitive under a judgement or wish is not a fact yet.
        ["likely"] = EventStatus.Hypothetical, ["unlikely"] = EventStatus.Hypothetical, ["certain"] = EventStatus.Hypothetical,
        ["poised"] = EventStatus.Hypothetical, ["favourites"] = EventStatus.Hypothetical, ["favorites"] = EventStatus.Hypothetical,
        ["hoping"] = EventStatus.Hypothetical, ["hopes"] = EventStatus.Hypothetical, ["hope"] = EventStatus.Hypothetical,
        ["seeking"] = EventStatus.Hypothetical, ["seeks"] = EventStatus.Hypothetical, ["aims"] = EventStatus.Hypothetical,
        ["aiming"] = EventStatus.Hypothetical, ["wants"] = EventStatus.Hypothetical, ["wanted"] = EventStatus.Hypothetical,

        // "urged the board to reject the bid", "recommends that shareholders reject": what one asks for has not happened.
        ["urge"] = EventStatus.Hypothetical, ["urges"] = EventStatus.Hypothetical, ["urged"] = EventStatus.Hypothetical,
        ["urging"] = EventStatus.Hypothetical, ["recommend"] = EventStatus.Hypothetical, ["recommends"] = EventStatus.Hypothetical,
        ["recommended"] = EventStatus.Hypothetical, ["recommending"] = EventStatus.Hypothetical,
        ["considering"] = EventStatus.Hypothetical, ["considered"] = EventStatus.Hypothetical, ["considers"] = EventStatus.Hypothetical,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Cues that plan only when "to" follows: "is set to visit", "expected to meet" (not "set up", "due diligence").
    private static readonly FrozenSet<string> NeedTo = new[]
    {
        "set", "due", "going", "expected", "scheduled", "likely", "unlikely", "certain", "poised", "favourites", "favorites",
        "hoping", "hopes", "hope", "seeking", "seeks", "aims", "aiming", "wants", "wanted",
    }.ToFrozenSet(StringComparer.Ordinal);

    // "asked Moscow to agree", "pressed the bank to sell", "invited Ruiz to visit": a request or invitation whose content is still to happen (with "to" before the trigger).
    private static readonly FrozenSet<string> Requests = new[]
    {
        "ask", "asks", "asked", "asking", "press", "pressed", "pressing", "invite", "invites", "invited", "inviting",
        "encourage", "encourages", "encouraged", "encouraging", "persuade", "persuades", "persuaded", "persuading",
    }
        .ToFrozenSet(StringComparer.Ordinal);

    // "is to visit", "are to meet": be + to before the verb is a plan.
    private static readonly FrozenSet<string> BeForms = new[] { "is", "are", "was", "were" }.ToFrozenSet(StringComparer.Ordinal);

    // Future words after a noun trigger: "an election that must be held by October", "the vote will take place".
    private static readonly FrozenSet<string> FutureAfterNoun = new[] { "will", "must", "shall", "scheduled", "expected", "planned", "due" }
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly EventStatus[] Strength =
    [
        EventStatus.Failed, EventStatus.Denied, EventStatus.Announced, EventStatus.Hypothetical, EventStatus.Planned,
    ];

    public static (EventStatus Status, string? Cue) Classify(SentenceContext s, TriggerHit hit, int clauseStart)
    {
        var found = new List<(EventStatus Status, string Cue)>();
        var from = Math.Max(clauseStart, hit.First - CueLookBack);
        for (var k = hit.First - 1; k >= from; k--)
        {
            var w = s.Lower(k);
            if (hit.IsNoun && k < hit.First - 2)
            {
                break; // a noun's own modifiers only: "the planned visit", not the clause's verb
            }

            if (w == "but")
            {
                break; // "was not known but he has opposed": the cue before "but" belongs to the other clause
            }

            var capitalised = k > 0 && char.IsUpper(s.Tokens[k].Text[0]);
            if (capitalised || (NeedTo.Contains(w) && s.Lower(k + 1) != "to"))
            {
                continue; // "in May" is a month; "set up" is no plan
            }

            if (Requests.Contains(w) && s.Lower(hit.First - 1) == "to")
            {
                found.Add((EventStatus.Hypothetical, w));
            }

            if (VerbCues.TryGetValue(w, out var status))
            {
                found.Add((status, w));
            }
        }

        if (!hit.IsNoun && s.Lower(hit.First - 1) == "to" && BeForms.Contains(s.Lower(hit.First - 2)))
        {
            found.Add((EventStatus.Planned, s.Lower(hit.First - 2) + " to"));
        }

        if (!hit.IsNoun && s.Lower(hit.First - 1) == "be" && s.Lower(hit.First - 2) == "to")
        {
            found.Add((EventStatus.Planned, "to be")); // "a committee to be appointed by the courts"
        }

        if (hit.IsNoun)
        {
            // Past the clause end on purpose: "an election that must be held" puts the noun's future in its relative clause.
            for (var k = hit.Last + 1; k < s.Tokens.Count && k <= hit.Last + 4 && !ClauseBounds.Hard.Contains(s.Lower(k)) && s.Lower(k) != ","; k++)
            {
                if (FutureAfterNoun.Contains(s.Lower(k)))
                {
                    found.Add((EventStatus.Planned, s.Lower(k)));
                }
                else if (s.Lower(k) is "may" or "might" or "could")
                {
                    found.Add((EventStatus.Hypothetical, s.Lower(k))); // "a meeting may be held"
                }
            }
        }

        foreach (var status in Strength)
        {
            var cue = found.FirstOrDefault(f => f.Status == status);
            if (cue.Cue is not null)
            {
                return (status, cue.Cue);
            }
        }

        return (EventStatus.Occurred, null);
    }
}
