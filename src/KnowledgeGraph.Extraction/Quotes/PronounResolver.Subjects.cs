using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>How a sentence's subject bears on a pronoun: an unnamed source, a described person, the pronoun itself.</summary>
internal sealed partial class PronounResolver
{
    private bool StartsWithUnnamedSubject(TextSpan sentence)
    {
        const int maxWords = 5;
        var words = _context.Text.AsSpan(sentence.Start, Math.Min(sentence.Length, 80)).ToString()
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(maxWords).Select(w => w.Trim(',', '.')).ToList();

        // "One said the state had cut spending": one of the people the story spoke of, unnamed.
        return words.Count > 1 && words[0] is "The" or "A" or "An" or "Another" or "One" && words.Skip(1).Any(NameLexicon.IsSourceNoun)
            || words.Count > 1 && words[0] is "One" or "Another" && SpeechVerbs.IsSpeechVerb(words[1]);
    }

    private string? DescribedSubject(TextSpan sentence)
    {
        const int maxWords = 5;
        var words = new List<PhraseToken>();
        for (var pos = sentence.Start; words.Count < maxWords && PhraseReader.WordAfter(_context.Text, pos, sentence.End) is { } w; pos = w.Span.End)
        {
            words.Add(w);
            if (words.Count > 1 && !w.IsCapitalised && NameLexicon.IsRole(w.Text))
            {
                return RolePhrase.DefiniteBodyRole(_context.Text, words) is not null && _context.Speakers.Resolve(words) is { Type: EntityType.Person } person ? person.EntityId : null;
            }
        }

        return null;
    }

    private string? SpokesmanOfBody(int start, int end) =>
        SpeechCue.VerbsIn(_context.Text, start, end).Where(v => !_context.IsInsideQuote(v.Span))
            .Select(v => PhraseReader.WordBefore(_context.Text, UnnamedSource.BeforePlace(_context, v.Span.Start, start), start) is { Text: "spokesman" or "spokeswoman" or "official" or "source" or "representative" or "officer" } noun
                ? _context.Affiliations.Of(SourcePhrase.Start(_context.Text, start, noun.Span.Start), v.Span.Start)?.EntityId
                : null)
            .LastOrDefault(id => id is not null);

    // "..., the report said." then '"...," it said.': the body that issued the document.
    private string? IssuerOfDocumentThatSpoke(int start, int end) =>
        SpeechCue.VerbsIn(_context.Text, start, end).Where(v => !_context.IsInsideQuote(v.Span))
            .Select(v => PhraseReader.WordBefore(_context.Text, v.Span.Start, start) is { } noun && AffiliationReader.IsDocument(noun.Text)
                ? _context.Affiliations.Of(SourcePhrase.Start(_context.Text, start, noun.Span.Start), v.Span.Start)?.EntityId
                : null)
            .LastOrDefault(id => id is not null);

    // "He said ...", "But he told ...": a sentence whose subject is the pronoun.
    private bool OpensWithPronoun(TextSpan sentence, Gender gender)
    {
        var first = PhraseReader.WordAfter(_context.Text, sentence.Start, sentence.End);
        if (first is { Text: "But" or "And" or "Yet" or "However" })
        {
            first = PhraseReader.WordAfter(_context.Text, first.Value.Span.End, sentence.End);
        }

        return gender is Gender.Male or Gender.Female && first is { } pronoun && GenderOf(pronoun.Text) == gender;
    }
}
