using System.CommandLine;
using KnowledgeGraph.Cli.Commands;

var root = new RootCommand("kg: turns news articles into a temporal knowledge graph.")
{
    ExtractCommand.Create(),
};

return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
