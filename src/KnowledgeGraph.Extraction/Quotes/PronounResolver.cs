using System.Collections.Frozen;
using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Segmentation;

namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>
/// Resolves "he said" / "she added" to a person, "it said" to an organisation. Walks back sentence by sentence (at most
/// <see cref="ParagraphsBack"/> paragraphs) to the nearest one naming a person of a compatible gender,
/// and takes in that sentence: the previous quote's speaker, else the subject, else the only person;
/// two candidates and no subject means abstain.
/// </summary>
internal sealed partial class PronounResolver
{
    private const int ParagraphsBack = 2;
    private const int ParagraphsBackToPreviousSpeaker = 4;

    private static readonly FrozenDictionary<string, Gender> GenderCues = new Dictionary<string, Gender>(StringComparer.Ordinal)
    {
        ["Mr"] = Gender.Male, ["Sir"] = Gender.Male, ["King"] = Gender.Male, ["Prince"] = Gender.Male, ["Lord"] = Gender.Male,
        ["spokesman"] = Gender.Male, ["chairman"] = Gender.Male, ["businessman"] = Gender.Male, ["Congressman"] = Gender.Male,
        ["Mrs"] = Gender.Female, ["Ms"] = Gender.Female, ["Miss"] = Gender.Female, ["Queen"] = Gender.Female,
        ["Princess"] = Gender.Female, ["Dame"] = Gender.Female, ["Lady"] = Gender.Female, ["spokeswoman"] = Gender.Female,
        ["chairwoman"] = Gender.Female, ["businesswoman"] = Gender.Female, ["Congresswoman"] = Gender.Female,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly AttributionContext _context;

    public PronounResolver(AttributionContext context) => _context = context;

    public static Gender GenderOf(string pronoun) => pronoun.ToLowerInvariant() switch
    {
        "he" => Gender.Male,
        "she" => Gender.Female,
        "it" => Gender.Neuter,
        _ => Gender.Unknown,
    };

    /// <summary>The person a pronoun before <paramref name="before"/> refers to, with the rule that chose it; null to abstain.</summary>
    public (string EntityId, string Rule)? Resolve(Gender gender, int before, QuoteCandidate quote)
    {
        var analysis = _context.Analysis;
        var current = analysis.SentenceAt(before) ?? analysis.SentenceAt(quote.Outer.Start);
        var firstParagraph = quote.Paragraph.Index - ParagraphsBack;
        var previousSpeaker = PreviousSpeaker(quote);
        for (var i = current?.Index ?? -1; i >= 0; i--)
        {
            var sentence = analysis.Sentences[i];
            if (sentence.ParagraphIndex < firstParagraph)
            {
                break;
            }

            if (analysis.Paragraphs[sentence.ParagraphIndex].Kind != ParagraphKind.Body)
            {
                continue;
            }

            var end = Math.Min(sentence.Span.End, before);

            // "..., the source said." then '"...," he said.': "he" is the unnamed source, not a person the source named.
            // "..., a Harbour Board spokesman said." then '"...," he said.': he speaks for the board.
            // "the senior spokesman added" after "Harbour Board spokesman Tomas Brenn said": he is the person that role introduced.
            if (gender is Gender.Male or Gender.Female && UnnamedSource.Before(_context, sentence.Span.Start, end) is { } unnamed)
            {
                return _context.Speakers.Before(unnamed.End, unnamed.Start) is { Type: EntityType.Person } described && IsCompatible(described.EntityId, gender)
                    ? (described.EntityId, "pronoun-described-person")
                    : Affiliated(unnamed);
            }

            // Reading the subject first lets a surname the recogniser missed ("Lawson said ...") count as a candidate.
            var subject = _context.IsInsideQuote(sentence.Span.Start) ? null : _context.Speakers.SubjectOf(new TextSpan(sentence.Span.Start, end), end);
            var speakerType = gender == Gender.Neuter ? EntityType.Organization : EntityType.Person;
            var people = analysis.Mentions
                .Where(m => m.Type == speakerType && sentence.Span.Start <= m.Span.Start && m.Span.End <= end && !_context.IsInsideQuote(m.Span))
                .Where(m => IsCompatible(m.EntityId, gender))
                .Select(m => m.EntityId)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (people.Count == 0 && gender is Gender.Male or Gender.Female && StartsWithUnnamedSubject(sentence.Span))
            {
                // "The USDA secretary would not say ..." after "USDA Secretary Ana Ruiz": the person that description refers to.
                if (DescribedSubject(sentence.Span) is { } described && IsCompatible(described, gender))
                {
                    return (described, "pronoun-described-person");
                }

                // "One dealer for a Paris bank noted the euro slipped." then '"...," he said.': the dealer, who speaks for no one named;
                // "One bank official said ..." then '"...," he said.': the official, who speaks for the bank.
                return SpeechCue.VerbsIn(_context.Text, sentence.Span.Start, end).FirstOrDefault() is { Text: not null } verb
                    ? Affiliated(new TextSpan(sentence.Span.Start, verb.Span.Start))
                    : null;
            }

            // "The Vestby Weather Agency said ..." then '"...," it said.': the organisation that spoke, though the recogniser missed it.
            if (people.Count == 0 && gender == Gender.Neuter && OrganisationThatSpoke(sentence.Span.Start, end) is { } body)
            {
                return (body, "pronoun-organisation-that-spoke");
            }

            if (people.Count == 0 && gender == Gender.Neuter && IssuerOfDocumentThatSpoke(sentence.Span.Start, end) is { } issuer)
            {
                return (issuer, "pronoun-document-issuer");
            }

            // "..., an Exchange spokesman said." then '"...," he added.': he speaks for the body his description names.
            if (people.Count == 0 && gender is Gender.Male or Gender.Female && SpokesmanOfBody(sentence.Span.Start, end) is { } spokenFor)
            {
                return (spokenFor, "pronoun-affiliated-source");
            }

            if (people.Count == 0)
            {
                // "Lindqvist said ...", a speaker we could not resolve, stands between the pronoun and anyone earlier;
                // "the Wisconsin Democrat said ...", a description of someone named before, is that person.
                if (HasUnresolvedSpeaker(sentence.Span.Start, end))
                {
                    return gender is Gender.Male or Gender.Female && DescribedSpeaker(sentence.Span.Start, end) is { } described && IsCompatible(described, gender)
                        ? (described, "pronoun-described-person")
                        : null;
                }

                // "He added that ..." two paragraphs up: the same speaker's reported speech, so the walk may go as far again behind it.
                if (PronounSpeaksIn(sentence.Span, gender))
                {
                    firstParagraph = Math.Min(firstParagraph, sentence.ParagraphIndex - ParagraphsBack);
                }

                continue;
            }

            if (previousSpeaker is not null && people.Contains(previousSpeaker))
            {
                return (previousSpeaker, "pronoun-previous-speaker");
            }

            if (subject is { } s && s.Type == speakerType && people.Contains(s.EntityId))
            {
                return IsCoordinated(s.Span, end) ? null : (s.EntityId, "pronoun-recent-subject");
            }

            // "But he told Reuters the stake bought from Ana Ruiz ...": that "he" is someone named before, and so is this one.
            if (OpensWithPronoun(sentence.Span, gender) && (subject is null || !people.Contains(subject.EntityId)))
            {
                firstParagraph = Math.Min(firstParagraph, sentence.ParagraphIndex - ParagraphsBack);
                continue;
            }

            // "<Holm Foods> sees profits from Brenn Distillers, chairman Ana Ruiz said.": of two people, the one the sentence has speak.
            if (people.Count > 1 && !StartsWithUnnamedSubject(sentence.Span)
                && people.Where(p => Speaks(p, sentence.Span.Start, end)).Take(2).ToList() is [var speaking])
            {
                return (speaking, "pronoun-recent-speaker");
            }

            // "The senior official sounded pessimistic about Ana Ruiz ...": "he" is the unnamed subject, not Ruiz.
            if (people.Count != 1 || StartsWithUnnamedSubject(sentence.Span))
            {
                return null;
            }

            // "Quotas went to President Ana Ruiz." then '"...," he said.': the one who was talking, not the object
            // (but "..., said Ben Williams of Holm." names the new speaker).
            return !Speaks(people[0], sentence.Span.Start, end) && PreviousSpeakerStillTalking(gender, quote, previousSpeaker) is { } talking && talking.EntityId != people[0]
                ? (talking.EntityId, "pronoun-previous-speaker-over-object")
                : (people[0], "pronoun-recent-person");
        }

        return PreviousSpeakerStillTalking(gender, quote, previousSpeaker);
    }

    /// <summary>
    /// No one named in the last paragraphs, but the article was quoting someone a few paragraphs up:
    /// wire copy keeps "he said" for its main speaker across narrative paragraphs.
    /// </summary>
    private (string EntityId, string Rule)? PreviousSpeakerStillTalking(Gender gender, QuoteCandidate quote, string? previousSpeaker)
    {
        var previous = _context.Previous(quote);
        if (previousSpeaker is null || previous is null || quote.Paragraph.Index - previous.Paragraph.Index > ParagraphsBackToPreviousSpeaker
            || !_context.Analysis.Entities.TryGetValue(previousSpeaker, out var entity)
            || entity.Type != (gender == Gender.Neuter ? EntityType.Organization : EntityType.Person) || !IsCompatible(previousSpeaker, gender))
        {
            return null;
        }

        return (previousSpeaker, "pronoun-previous-speaker-further-up");
    }

    private (string EntityId, string Rule)? Affiliated(TextSpan unnamed) =>
        _context.Affiliations.Of(unnamed.Start, unnamed.End) is { } body ? (body.EntityId, "pronoun-affiliated-source") : null;

    // "He added that ...", "However, the plan had a flaw, he said.": the same pronoun speaks in the sentence.
    private bool PronounSpeaksIn(TextSpan sentence, Gender gender) =>
        gender is Gender.Male or Gender.Female && SpeechCue.VerbsIn(_context.Text, sentence.Start, sentence.End)
            .Any(v => !_context.IsInsideQuote(v.Span) && PhraseReader.WordBefore(_context.Text, v.Span.Start, sentence.Start) is { } pronoun && GenderOf(pronoun.Text) == gender);


    private string? OrganisationThatSpoke(int start, int end)
    {
        var bodies = SpeechCue.VerbsIn(_context.Text, start, end)
            .Where(v => !_context.IsInsideQuote(v.Span))
            .Select(v => _context.Speakers.ForVerb(start, v))
            .Where(m => m is { Type: EntityType.Organization })
            .Select(m => m!.EntityId)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return bodies.Count == 1 ? bodies[0] : null;
    }

    private bool Speaks(string entityId, int start, int end) =>
        SpeechCue.VerbsIn(_context.Text, start, end).Where(v => !_context.IsInsideQuote(v.Span))
            .Any(v => _context.Speakers.ForVerb(start, v)?.EntityId == entityId || _context.Speakers.After(v.Span.End, end)?.EntityId == entityId);

    // The person a speech verb's described subject refers to: "the Texas Democrat said" after "Sen. Ana Ruiz".
    private string? DescribedSpeaker(int start, int end) =>
        SpeechCue.VerbsIn(_context.Text, start, end).Where(v => !_context.IsInsideQuote(v.Span))
            .Select(v => PhraseReader.Backward(_context.Text, v.Span.Start, start) is { Count: > 1 } tokens && tokens[0].Text is "the" or "The"
                && _context.Speakers.Resolve(tokens) is { Type: EntityType.Person } person ? person.EntityId : null)
            .FirstOrDefault(id => id is not null);

    private bool HasUnresolvedSpeaker(int start, int end) =>
        SpeechCue.VerbsIn(_context.Text, start, end)
            .Where(v => !_context.IsInsideQuote(v.Span))
            .Any(v => PhraseReader.Backward(_context.Text, v.Span.Start, start) is { Count: > 0 } tokens
                && tokens[^1].IsCapitalised && !NameLexicon.NotNames.Contains(tokens[^1].Text));

    private string? PreviousSpeaker(QuoteCandidate quote)
    {
        var previous = _context.Previous(quote);
        return previous is null ? null : _context.DecidedFor(previous)?.SpeakerId;
    }

    private bool IsCompatible(string entityId, Gender gender)
    {
        if (gender is Gender.Unknown or Gender.Neuter)
        {
            return true;
        }

        var known = _context.KnownGenders.GetValueOrDefault(entityId);
        if (known == Gender.Unknown)
        {
            known = CuedGender(entityId);
        }

        if (known == Gender.Unknown && _context.Analysis.Entities.TryGetValue(entityId, out var entity))
        {
            known = FirstNameGender.Of(entity.Name);
        }

        return known == Gender.Unknown || known == gender;
    }

    /// <summary>"Mr Haddad", "Queen Ana", "the spokeswoman, Ana Ruiz": a word before a mention that tells the gender.</summary>
    private Gender CuedGender(string entityId)
    {
        var text = _context.Text;
        foreach (var m in _context.Analysis.Mentions.Where(m => m.EntityId == entityId))
        {
            var word = PhraseReader.WordBefore(text, m.Span.Start, Math.Max(0, m.Span.Start - 30));
            if (word is { } w && GenderCues.TryGetValue(w.Text.TrimEnd('.'), out var g))
            {
                return g;
            }

            var prefix = text.AsSpan(Math.Max(0, m.Span.Start - 2), Math.Min(2, m.Span.Start));
            if (prefix.EndsWith(". ") && PhraseReader.WordBefore(text, m.Span.Start - 2, Math.Max(0, m.Span.Start - 10)) is { } abbreviation
                && GenderCues.TryGetValue(abbreviation.Text, out var g2))
            {
                return g2;
            }
        }

        return Gender.Unknown;
    }

    /// <summary>"Haddad and Berg met ...": a subject shared by two people leaves "he" ambiguous.</summary>
    private bool IsCoordinated(TextSpan subject, int end)
    {
        var text = _context.Text;
        var after = text.AsSpan(subject.End, Math.Max(0, Math.Min(end, subject.End + 6) - subject.End));
        if (!after.StartsWith(" and ", StringComparison.Ordinal))
        {
            return false;
        }

        var nextStart = subject.End + 5;
        return _context.Analysis.Mentions.Any(m => m.Type == EntityType.Person && m.Span.Start == nextStart);
    }
}
