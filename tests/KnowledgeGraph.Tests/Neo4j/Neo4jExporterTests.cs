using KnowledgeGraph.Neo4j.Export;
using KnowledgeGraph.Neo4j.Schema;

namespace KnowledgeGraph.Tests.Neo4j;

public sealed class Neo4jExporterTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kg-neo4j-export-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void Export_writes_schema_data_csv_bundle_and_readme_with_the_import_command()
    {
        var result = Neo4jExporter.Export(TestGraphs.Hostile(), _folder);

        Assert.Equal(SchemaScript.Text, File.ReadAllText(Path.Combine(_folder, "schema.cypher")));
        Assert.Contains("MERGE (n:Quote", File.ReadAllText(Path.Combine(_folder, "data.cypher")), StringComparison.Ordinal);
        var readme = File.ReadAllText(Path.Combine(_folder, "README.md"));
        Assert.Contains("neo4j-admin database import full", readme, StringComparison.Ordinal);
        Assert.Contains("--multiline-fields=true", readme, StringComparison.Ordinal);
        Assert.Contains("--array-delimiter=U+001F", readme, StringComparison.Ordinal);
        foreach (var csv in result.Files.Where(f => f.EndsWith(".csv", StringComparison.Ordinal)))
        {
            Assert.True(File.Exists(Path.Combine(_folder, csv)), csv);
            Assert.Contains("=" + csv.Replace('\\', '/'), readme, StringComparison.Ordinal);
        }

        Assert.Equal(9, result.Nodes);
    }

    [Fact]
    public void Exporting_twice_gives_the_same_files()
    {
        Neo4jExporter.Export(TestGraphs.Hostile(), _folder);
        var first = File.ReadAllText(Path.Combine(_folder, "data.cypher"));
        Neo4jExporter.Export(TestGraphs.Hostile(), _folder);

        Assert.Equal(first, File.ReadAllText(Path.Combine(_folder, "data.cypher")));
    }

    [Theory]
    [InlineData("../outside.csv")]
    [InlineData("import/../../outside.csv")]
    [InlineData("/etc/passwd")]
    public void A_path_that_would_leave_the_export_folder_is_refused(string relative)
    {
        Assert.Throws<ArgumentException>(() => BundlePath.Resolve(_folder, relative));
    }

    [Fact]
    public void A_path_inside_the_export_folder_is_accepted()
    {
        Assert.Equal(Path.Combine(Path.GetFullPath(_folder), "import", "said.csv"), BundlePath.Resolve(_folder, Path.Combine("import", "said.csv")));
    }
}
