using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Segmentation;
using KnowledgeGraph.Extraction.Time;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// The event stage: finds triggers of graph-schema/event-types.json sentence by sentence, reads
/// each trigger's participants, place, status and time from its clause, and merges the mentions
/// of one real-world event into one <see cref="Event"/> with all its evidence.
/// Headlines and section headings are skipped: they restate the body in fewer, vaguer words.
/// </summary>
public sealed class EventExtractor : IExtractionStage
{
    private const int PurposeDistance = 10;
    private const int ReportedEventDistance = 15;
    private const int ObjectDistance = 4;

    private readonly TriggerFinder _triggers;

    public EventExtractor()
        : this(EventTypeCatalog.Default)
    {
    }

    internal EventExtractor(EventTypeCatalog catalog) => _triggers = new TriggerFinder(catalog);

    public string Name => "events";

    public void Run(DocumentAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var mentions = new List<EventMention>();
        var capitals = new CapitalMetonymy(analysis.Entities);
        foreach (var sentence in analysis.Sentences)
        {
            if (IsHeadline(analysis, sentence))
            {
                continue;
            }

            var s = new SentenceContext(analysis, sentence);
            var hits = _triggers.Find(s);
            var attendances = AttendanceFinder.Find(s).Where(a => a.Status.IsFactual()).ToList();
            var verbMentions = new List<(TriggerHit Hit, int Index)>();
            foreach (var hit in hits)
            {
                // "Ruiz took part in the negotiations": an attended noun that is no trigger is a mention of its own, in text order.
                mentions.AddRange(AttendanceMentions.TakeBefore(s, attendances, hit.First));
                var attended = hit.IsNoun ? AttendanceMentions.TakeCovering(attendances, hit) : null;
                if (IsReportingAnotherEvent(s, hit, hits) || IsLeftToQuotes(s, hit))
                {
                    continue;
                }

                if (PurposeOf(s, hit, verbMentions) is { } host)
                {
                    // "will visit Porto for talks", "signed a trade agreement": the noun is the verb's purpose or object, not a second event.
                    var evidence = analysis.EvidenceFor(hit.Span, "object-or-purpose-of:" + mentions[host].Trigger);
                    mentions[host] = mentions[host] with { Absorbed = [.. mentions[host].Absorbed, evidence] };
                    if (NounOwnTime.Find(s, hit) is { } own && NounOwnTime.IsBorrowed(mentions[host]))
                    {
                        mentions[host] = mentions[host] with { Time = own };
                    }

                    continue;
                }

                if (ObjectControl.Apply(s, hit, OffsetNounTime.Apply(s, hit, Describe(s, hit, capitals))) is not { } mention)
                {
                    continue;
                }

                if (InfinitivePurpose.Host(s, hit, verbMentions, mentions) is { } purposeHost)
                {
                    if (InfinitivePurpose.Rebind(mention, mentions[purposeHost]) is not { } rebound)
                    {
                        var evidence = analysis.EvidenceFor(hit.Span, "purpose-of:" + mentions[purposeHost].Trigger);
                        mentions[purposeHost] = mentions[purposeHost] with { Absorbed = [.. mentions[purposeHost].Absorbed, evidence] };
                        continue;
                    }

                    mention = rebound;
                }

                if ((mention.Participants.Count == 0 && hit.IsNoun && NounHolders.HasUnknownPossessor(s, hit)) || IsNoAct(hit, mention))
                {
                    continue;
                }

                if (IsMealOfOne(hit, mention))
                {
                    // "was speaking at a lunch": a meal is a meeting only with company; alone it can only name one already reported.
                    mention = mention with { Participants = [] };
                }

                if (attended is not null)
                {
                    mention = AttendanceMentions.Build(s, attended, mention);
                }

                mentions.Add(mention);
                if (!hit.IsNoun)
                {
                    verbMentions.Add((hit, mentions.Count - 1));
                }
            }

            mentions.AddRange(AttendanceMentions.TakeBefore(s, attendances, int.MaxValue));
            mentions.AddRange([.. CoordinatedVisit.Find(s, verbMentions, mentions)]);
        }

        var country = ArticleCountry.Of(analysis);
        if (country is not null)
        {
            // "a general election that must be held by October", with no place said: the election of the country the article is about.
            mentions = [.. mentions.Select(m => m.Type == EventType.Election && m.PlaceId is null && m.Participants.Count > 0 ? m with { PlaceId = country } : m)];
        }

        analysis.Events.AddRange(EventMerger.Merge(mentions, id => analysis.Entities.TryGetValue(id, out var e) && e.Subtype == "Country"));
    }

    private static EventMention Describe(SentenceContext s, TriggerHit hit, CapitalMetonymy capitals)
    {
        var analysis = s.Analysis;
        var found = ArgumentFinder.Find(s, hit);
        var args = found with { Participants = capitals.Apply(hit.Type, found.Participants) };
        var (status, cue) = StatusClassifier.Classify(s, hit, args.ClauseStart);
        var (time, settled, settledCue) = TimeOfClause(analysis, s.SpanOf(args.ClauseStart, args.ClauseEnd), status, cue);
        (status, cue) = (settled, settledCue);

        var rule = string.Join(';', new[]
        {
            "trigger:" + hit.Pattern.Lemma,
            cue is null ? null : "status:" + cue,
            args.Participants.Count == 0 ? "anaphoric" : "args:" + string.Join(',', args.Participants.Select(p => p.Rule).Distinct()),
        }.Where(x => x is not null));
        return new EventMention(hit.Type, status, args.Participants, args.PlaceId, time, hit.Text, hit.IsNoun, analysis.EvidenceFor(hit.Span, rule))
        {
            Clause = s.SpanOf(args.ClauseStart, args.ClauseEnd),
        };
    }

    /// <summary>The time of a clause, and the status it implies: a date after publication makes an occurred event planned.</summary>
    internal static (TimeValue? Time, EventStatus Status, string? Cue) TimeOfClause(DocumentAnalysis analysis, TextSpan clause, EventStatus status, string? cue)
    {
        var time = TimeAnchor.For(analysis, clause);
        if (status == EventStatus.Occurred && time is { IsReportDate: false, Start: { } start } && analysis.ReferenceDate is { } published && start > published)
        {
            status = EventStatus.Planned;
            cue = "future-time";
        }

        if (status is EventStatus.Planned or EventStatus.Hypothetical && time is { IsReportDate: true })
        {
            // "will visit Porto" with no date: the report date would put a plan on the timeline as if it had happened that day.
            time = null;
        }

        return (time, status, cue);
    }

    /// <summary>
    /// "could not deny that the climate had cooled" admits rather than denies; "an initiative which calls for lending"
    /// has no speaker: a statement-like act needs someone who acts.
    /// </summary>
    private static bool IsNoAct(TriggerHit hit, EventMention mention) =>
        (hit.Type == EventType.Deny && mention.Status == EventStatus.Denied)
        || (hit.Type is EventType.Announcement or EventType.Appeal or EventType.Warning or EventType.Deny or EventType.Oppose
            && (!hit.IsNoun || mention.Participants.Count > 0)
            && mention.Participants.All(p => p.Role != ParticipantRole.Agent));

    private static bool IsMealOfOne(TriggerHit hit, EventMention mention) =>
        hit.IsNoun && hit.Pattern.Lemma is "lunch" or "dinner" or "banquet" or "breakfast"
        && mention.Participants.Count < 2 && mention.Participants.All(p => p.Rule != "object-with");

    private static bool IsHeadline(DocumentAnalysis analysis, Sentence sentence) =>
        sentence.ParagraphIndex < analysis.Paragraphs.Count
        && analysis.Paragraphs[sentence.ParagraphIndex].Kind is ParagraphKind.Headline or ParagraphKind.Heading;

    /// <summary>"announced that he would resign", "denied meeting the envoy": the inner event carries the status; no second event.</summary>
    private static bool IsReportingAnotherEvent(SentenceContext s, TriggerHit hit, List<TriggerHit> hits)
    {
        if (hit.IsNoun || hit.Type is not (EventType.Announcement or EventType.Deny))
        {
            return false;
        }

        var after = hits.FirstOrDefault(h => h.First > hit.Last && h.First - hit.Last <= ReportedEventDistance && h.Type != hit.Type);
        if (after is not null && !Enumerable.Range(hit.Last + 1, after.First - hit.Last - 1).Any(k => ClauseBounds.Hard.Contains(s.Lower(k))))
        {
            return true;
        }

        // "The winner of the leadership race will be announced on Sunday": the announced thing stands before a passive verb.
        var before = hits.LastOrDefault(h => h.Last < hit.First && hit.First - h.Last <= ReportedEventDistance && h.Type != hit.Type);
        return before is not null && ArgumentFinder.IsPassive(s, hit.First)
            && !Enumerable.Range(before.Last + 1, hit.First - before.Last - 1).Any(k => ClauseBounds.Hard.Contains(s.Lower(k)) || s.Lower(k) == ",");
    }

    /// <summary>A warning or announcement whose content is a quotation belongs to the quote extractor.</summary>
    private static bool IsLeftToQuotes(SentenceContext s, TriggerHit hit) =>
        hit.Type is EventType.Warning or EventType.Announcement or EventType.Deny
        && s.Tokens.Skip(hit.Last + 1).Any(t => t.Text is "\"" or "\u201c");

    private static int? PurposeOf(SentenceContext s, TriggerHit hit, List<(TriggerHit Hit, int Index)> verbMentions)
    {
        if (!hit.IsNoun)
        {
            return null;
        }

        var introducedByFor = s.Lower(hit.First - 1) == "for" || s.Lower(hit.First - 2) == "for";
        var host = verbMentions.LastOrDefault(v => v.Hit.Last < hit.First && hit.First - v.Hit.Last <= PurposeDistance
            && (introducedByFor || (v.Hit.Type == hit.Type && hit.First - v.Hit.Last <= ObjectDistance)));
        return host.Hit is null ? null : host.Index;
    }
}
