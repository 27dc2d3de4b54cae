using System.CommandLine;
using KnowledgeGraph.Cli.Commands;

var root = new RootCommand("kg: turns news articles into a temporal knowledge graph.")
{
    ExtractCommand.Create(),
    new Command("export", "Write the graph in another format.") { ExportNeo4jCommand.Create() },
    new Command("push", "Load the graph into a running database.") { PushNeo4jCommand.Create() },
};

return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
