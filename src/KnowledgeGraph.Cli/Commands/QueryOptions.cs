using System.CommandLine;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Queries;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>Options and error handling the query verbs (timeline, quotes, neighbours, path, stats) share.</summary>
internal static class QueryOptions
{
    /// <summary>--type T, repeatable, any case; an unknown type is a usage error that lists the known ones.</summary>
    public static Option<EventType[]> Types(string description) => new("--type")
    {
        Description = description + " (" + string.Join(", ", Enum.GetNames<EventType>()) + "); repeat for several",
        AllowMultipleArgumentsPerToken = false,
        CustomParser = r =>
        {
            var types = new List<EventType>();
            foreach (var token in r.Tokens)
            {
                if (Enum.TryParse<EventType>(token.Value, ignoreCase: true, out var type) && Enum.IsDefined(type))
                {
                    types.Add(type);
                }
                else
                {
                    r.AddError($"'{token.Value}' is not an event type: expected one of {string.Join(", ", Enum.GetNames<EventType>())}");
                }
            }

            return [.. types];
        },
    };

    public static Option<int> Limit(string description, int defaultValue) => new("--limit")
    {
        Description = description,
        DefaultValueFactory = _ => defaultValue,
    };

    /// <summary>
    /// Runs a query; a name that stands for several entities is a usage error (exit 2) that lists the
    /// candidates with their ids, any of which can be given instead of the name.
    /// </summary>
    public static int Run(Func<int> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        try
        {
            return query();
        }
        catch (AmbiguousNameException ex)
        {
            Console.Error.WriteLine($"kg: '{ex.Resolution.Name}' matches {ex.Candidates.Count} entities ({ex.Resolution.MatchedBy}); give one of these names or ids:");
            foreach (var c in ex.Candidates)
            {
                Console.Error.WriteLine($"  {c.Name} ({c.Type})  {c.Id}");
            }

            return ExitCodes.UsageError;
        }
    }

    /// <summary>Says on stderr that a name matched nothing; the query then prints an empty answer.</summary>
    public static void WarnIfUnknown(IGraphQueries store, string? name)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (!string.IsNullOrWhiteSpace(name) && !store.Resolve(name).IsFound)
        {
            Console.Error.WriteLine($"kg: no entity is named '{name.Trim()}' (canonical name, alias or a word of a name)");
        }
    }
}
