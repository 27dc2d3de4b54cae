using System.Text;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Neo4j.Csv;
using KnowledgeGraph.Neo4j.Cypher;
using KnowledgeGraph.Neo4j.Projection;
using KnowledgeGraph.Neo4j.Schema;

namespace KnowledgeGraph.Neo4j.Export;

/// <summary>
/// Writes one graph in both loadable forms: <c>schema.cypher</c> + <c>data.cypher</c> for
/// <c>cypher-shell -f</c>, and an <c>import/</c> CSV bundle for <c>neo4j-admin database import full</c>,
/// with a README.md that gives the exact commands.
/// </summary>
public static class Neo4jExporter
{
    public const string SchemaFile = "schema.cypher";
    public const string DataFile = "data.cypher";
    public const string ReadmeFile = "README.md";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static ExportResult Export(KnowledgeGraphModel graph, string folder, int batchSize = CypherScriptWriter.DefaultBatchSize)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(folder);
        var tables = GraphProjector.Project(graph);
        Directory.CreateDirectory(BundlePath.Resolve(folder, ImportPath("")));
        var files = new List<string>();

        void WriteText(string relative, Action<TextWriter> write)
        {
            using var writer = new StreamWriter(BundlePath.Resolve(folder, relative), append: false, Utf8NoBom);
            writer.NewLine = "\n";
            write(writer);
            files.Add(relative);
        }

        WriteText(SchemaFile, w => w.Write(SchemaScript.Text));
        WriteText(DataFile, w => CypherScriptWriter.Write(w, tables, batchSize));
        foreach (var table in tables)
        {
            WriteText(ImportPath(CsvBundleWriter.FileName(table)), w => CsvBundleWriter.Write(w, table));
        }

        WriteText(ReadmeFile, w => w.Write(ImportReadme.Text(tables)));
        var statements = CypherScriptWriter.Statements(tables, batchSize).Count();
        return new ExportResult(
            files,
            tables.OfType<NodeTable>().Sum(t => t.Rows.Count),
            tables.OfType<RelationshipTable>().Sum(t => t.Rows.Count),
            statements);
    }

    public static string ImportPath(string fileName) => Path.Combine(CsvBundleWriter.ImportFolder, fileName);
}
