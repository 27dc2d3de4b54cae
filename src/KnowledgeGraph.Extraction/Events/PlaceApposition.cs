using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>"launched from an area near the capital, Dalen": a place name in apposition to a place noun is the place.</summary>
internal static class PlaceApposition
{
    /// <summary>A clause ending "... near the capital" goes on over ", Dalen", the capital's name.</summary>
    public static int ExtendClause(SentenceContext s, int end)
    {
        if (ArgumentFinder.PlaceNouns.Contains(s.Lower(end)) && s.Lower(end + 1) == "," && s.MentionIndexAt(end + 2) is var mi and >= 0
            && s.Mentions[mi].Type == EntityType.Location)
        {
            return s.LastTokenOf(mi);
        }

        return end;
    }

    /// <summary>"from an area near the capital, Dalen": a name in apposition to a place noun that a locative introduces.</summary>
    public static bool Names(SentenceContext s, int mFirst)
    {
        if (s.Lower(mFirst - 1) != "," || !ArgumentFinder.PlaceNouns.Contains(s.Lower(mFirst - 2)))
        {
            return false;
        }

        for (var k = mFirst - 3; k >= 0 && k >= mFirst - 2 - ArgumentFinder.MaxTitleWords; k--)
        {
            if (ArgumentFinder.Locatives.Contains(s.Lower(k)))
            {
                return true;
            }
        }

        return false;
    }
}
