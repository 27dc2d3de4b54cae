using System.CommandLine;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Query;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg quotes [--db] [--speaker NAME] [--addressee NAME] [--about NAME] [--text WORDS] [--format table|md|json]</c>.</summary>
internal static class QuotesCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var speaker = new Option<string?>("--speaker") { Description = "Said by this person or organisation (name or alias)" };
        var addressee = new Option<string?>("--addressee") { Description = "Said to this person or organisation (\"X told Y\")" };
        var about = new Option<string?>("--about") { Description = "Mentioning this entity, or these words in the quote or its sentence" };
        var text = new Option<string?>("--text") { Description = "Quotes containing all these words (full-text search, stemmed)" };
        var from = CommonOptions.Date("--from", "Said on or after this day (YYYY-MM-DD)");
        var to = CommonOptions.Date("--to", "Said on or before this day (YYYY-MM-DD)");
        var format = CommonOptions.Format();
        var command = new Command("quotes", "Who said what: quotes with their speakers, addressees and dates.\n\nExample:\n  kg quotes --db news.db --speaker Lindqvist --about harbour\n  kg quotes --text \"old friend\" --format md")
        {
            db, speaker, addressee, about, text, from, to, format,
        };
        command.SetAction(result => QueryOptions.Run(() =>
        {
            if (!CommonOptions.StoreExists(result.GetValue(db)!))
            {
                return ExitCodes.SomeInputsFailed;
            }

            using var store = SqliteGraphStore.Open(result.GetValue(db)!);
            QueryOptions.WarnIfUnknown(store, result.GetValue(speaker));
            QueryOptions.WarnIfUnknown(store, result.GetValue(addressee));
            var query = new QuoteQuery(result.GetValue(speaker), result.GetValue(addressee), result.GetValue(about), result.GetValue(text), result.GetValue(from), result.GetValue(to));
            Console.Write(QuoteRenderer.Render(store.Quotes(query), OutputFormats.Parse(result.GetValue(format)!)));
            return ExitCodes.Success;
        }));
        return command;
    }
}
