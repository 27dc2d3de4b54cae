using System.Collections.Frozen;

namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>
/// Common given names whose bearers are overwhelmingly of one gender in news, so that "she said"
/// does not go to a Michael nor "he said" to a Margaret. A name not listed tells nothing.
/// </summary>
internal static class FirstNameGender
{
    private static readonly FrozenDictionary<string, Gender> Names = Build();

    /// <summary>The gender the first word of <paramref name="fullName"/> suggests; Unknown when it is not a listed given name.</summary>
    public static Gender Of(string fullName)
    {
        var space = fullName.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && Names.TryGetValue(fullName[..space], out var gender) ? gender : Gender.Unknown;
    }

    private static FrozenDictionary<string, Gender> Build()
    {
        const string male =
            "Aaron Adam Adrian Ahmed Alan Albert Alberto Alexander Alexei Ali Andre Andreas Andrew Andrzej Angelo Anthony Antonio Arnold Arthur " +
            "Benjamin Bernard Bill Bob Boris Brian Bruce Carl Carlos Charles Christopher Claude Colin Craig Daniel Dave David Dennis Dmitry " +
            "Donald Douglas Edward Emmanuel Eric Ernst Francis Francisco Frank Franz Fred Frederick Friedrich Gary George Gerald Gerhard Giovanni " +
            "Giuseppe Gordon Gregory Hans Harold Harry Heinz Helmut Henri Henry Herbert Howard Hugh Ian Ivan Jack Jacques James Jan Javier Jean-Claude " +
            "Jean-Pierre Jeffrey Jim Joe Johann John Jorge Jose Joseph Juan Karl Keith Kenneth Kevin Klaus Larry Lawrence Leonard Louis Luis Manuel " +
            "Marc Marco Mario Mark Martin Matthew Michael Miguel Mikhail Mohamed Mohammad Mohammed Muhammad Nicholas Nicolas Nigel Norman Oleg Omar " +
            "Oscar Otto Patrick Paul Pedro Peter Philip Philippe Pierre Rafael Ralph Raymond Richard Robert Roberto Roger Ronald Roy Russell Samuel " +
            "Sergei Sergey Simon Stanley Stefan Stephen Steve Steven Thomas Timothy Tom Tony Vladimir Walter Wayne Werner Wilhelm William Wolfgang Yuri";
        const string female =
            "Abigail Agnes Alice Alicia Amanda Amy Andrea Angela Angelina Anita Ann Anna Anne Annette Barbara Beatrice Betty Brigitte Carla Carmen " +
            "Carol Caroline Catherine Cecilia Charlotte Christina Christine Claire Claudia Cristina Cynthia Deborah Diana Diane Donna Doris Dorothy " +
            "Elena Elisabeth Elizabeth Ellen Emily Emma Eva Evelyn Fatima Frances Francoise Gabriela Gabriele Gloria Hannah Heather Heidi Helen Helena " +
            "Helga Hillary Ingrid Irene Isabel Isabelle Jacqueline Jane Janet Jennifer Jessica Joan Joanna Josephine Judith Judy Julia Julie Karen " +
            "Katherine Kathleen Kathryn Katrin Kelly Laura Linda Lisa Lucia Lucy Madeleine Margaret Margarita Maria Marie Marina Marion Martha Mary " +
            "Maureen Melissa Michelle Monica Monika Nadia Nancy Natalia Natalie Nicole Olga Patricia Paula Pauline Rachel Rebecca Renate Rita Rosa " +
            "Rose Ruth Sabine Sandra Sarah Sharon Silvia Sofia Sonia Sophie Stephanie Susan Suzanne Sylvia Tatiana Teresa Theresa Ursula Valerie " +
            "Veronica Victoria Virginia Wendy Yvonne";
        var names = new Dictionary<string, Gender>(StringComparer.Ordinal);
        foreach (var name in male.Split(' '))
        {
            names[name] = Gender.Male;
        }

        foreach (var name in female.Split(' '))
        {
            names[name] = Gender.Female;
        }

        return names.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
