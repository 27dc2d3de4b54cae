using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Tests.Cli;
using KnowledgeGraph.Tests.Neo4j;

namespace KnowledgeGraph.Tests.Reliability;

/// <summary>
/// Hostile text is data everywhere it goes (Cypher script, CSV bundle, HTTP push), identifiers come
/// only from the schema, the password never shows, HTML never reaches the network, and names in the
/// data never choose where a file is written.
/// </summary>
public sealed partial class SecurityTests : IDisposable
{
    private const string Password = "s3cret-Hunter2-pw";

    public static readonly string[] Payloads =
    [
        "'}) DETACH DELETE n //",
        "\"}) MATCH (m) DETACH DELETE m RETURN 1 //",
        "`Person`) DETACH DELETE n; //",
        "$param and $rows[0].id",
        "\\'; CALL dbms.killQueries([]) //",
    ];

    private readonly TempFolder _folder = new("security");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Injection_attempts_in_names_and_quotes_come_out_as_data_in_the_cypher_script_and_csv_bundle()
    {
        var outDir = _folder.File("neo4j");

        var result = KgProcess.Run(_folder.Path, "export", "neo4j", "--from-json", WriteHostileGraph(), "--out", outDir);

        Assert.True(result.ExitCode == 0, result.Stderr);
        var script = File.ReadAllText(Path.Combine(outDir, "data.cypher"));
        var (code, literals) = SplitLiterals(script);
        Assert.DoesNotContain("DETACH", code, StringComparison.Ordinal);
        Assert.DoesNotContain("dbms", code, StringComparison.Ordinal);
        Assert.DoesNotContain("$", code, StringComparison.Ordinal);
        var csvValues = Directory.GetFiles(Path.Combine(outDir, "import"), "*.csv")
            .SelectMany(f => Rfc4180Reader.Read(File.ReadAllText(f)).SelectMany(r => r)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var payload in Payloads)
        {
            Assert.Contains(literals, l => l.Contains(payload, StringComparison.Ordinal));
            Assert.Contains(csvValues, v => v.Contains(payload, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Injection_attempts_are_sent_to_neo4j_only_as_parameters_never_in_statement_text()
    {
        using var server = new FakeNeo4jServer(_ => FakeNeo4jServer.QueryApiSuccess(nodesCreated: 1));

        using var kg = KgChild.Start(_folder.Path, new Dictionary<string, string> { ["NEO4J_PASSWORD"] = Password }, "push", "neo4j", "--uri", server.BaseUri.ToString(), "--from-json", WriteHostileGraph());
        var exit = kg.WaitForExit(TimeSpan.FromMinutes(1));

        Assert.True(exit == 0, kg.Stderr);
        var bodies = server.Requests.Select(r => JsonDocument.Parse(r.Body)).ToList();
        var statements = bodies.Select(b => b.RootElement.GetProperty("statement").GetString()!).ToList();
        var parameters = string.Join('\n', bodies.Select(b => b.RootElement.GetProperty("parameters").GetRawText()));
        Assert.All(statements, s => Assert.DoesNotContain("DETACH", s, StringComparison.Ordinal));
        Assert.All(statements, s => Assert.DoesNotContain("dbms", s, StringComparison.Ordinal));
        foreach (var payload in Payloads)
        {
            Assert.Contains(JsonSerializer.Serialize(payload)[1..^1], parameters, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_label_and_relationship_type_written_is_in_the_schema_closed_list()
    {
        var outDir = _folder.File("neo4j");
        Assert.Equal(0, KgProcess.Run(_folder.Path, "export", "neo4j", "--from-json", WriteHostileGraph(), "--out", outDir).ExitCode);
        var model = File.ReadAllText(Path.Combine(RepositoryRoot(), "graph-schema", "model.md"));
        var (code, _) = SplitLiterals(File.ReadAllText(Path.Combine(outDir, "data.cypher")));

        var types = RelationshipTypeUse().Matches(code).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var labels = NodeLabel().Matches(code).Select(m => m.Groups[1].Value).Where(l => !types.Contains(l)).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(labels);
        Assert.NotEmpty(types);
        Assert.All(labels, l => Assert.Contains($":{l}", model, StringComparison.Ordinal));
        Assert.All(types, t => Assert.Matches($@"\b{t}\b", model));
    }

    public static TheoryData<string, int> FailingServers => new()
    {
        { "unauthorized", 401 },
        { "forbidden", 403 },
        { "server-error", 500 },
        { "unreachable", 0 },
    };

    [Theory]
    [MemberData(nameof(FailingServers))]
    public void The_neo4j_password_never_appears_in_output_even_when_the_push_fails(string name, int status)
    {
        using var server = new FakeNeo4jServer(r => FakeNeo4jServer.Error(status, "Neo.ClientError.Security.Unauthorized", $"The client is unauthorized ({r.Authorization})"));
        var uri = status == 0 ? "http://127.0.0.1:1/" : server.BaseUri.ToString();

        using var kg = KgChild.Start(_folder.Path, new Dictionary<string, string> { ["NEO4J_USER"] = "neo4j", ["NEO4J_PASSWORD"] = Password }, "push", "neo4j", "--uri", uri, "--from-json", WriteHostileGraph());
        var exit = kg.WaitForExit(TimeSpan.FromMinutes(2));

        Assert.True(exit != 0, $"{name}: a failing push must not exit 0");
        var output = kg.Stdout + kg.Stderr;
        Assert.DoesNotContain(Password, output, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("neo4j:" + Password)), output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_input_never_makes_a_network_request_nor_expands_entities()
    {
        using var listener = new FakeNeo4jServer(_ => new FakeResponse(200, "<!ENTITY leaked \"LEAKED\">"));
        var url = listener.BaseUri.ToString();
        var page = $"""
            <!DOCTYPE html [
              <!ENTITY xxe SYSTEM "file:///etc/passwd">
              <!ENTITY remote SYSTEM "{url}dtd">
              <!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
            ]>
            <html><head>
              <link rel="stylesheet" href="{url}style.css"><script src="{url}app.js"></script>
              <meta http-equiv="refresh" content="0; url={url}refresh"><base href="{url}">
              <style>@import url("{url}import.css");</style>
            </head><body><article>
              <p>Mayor Ines Carvalho opened the ferry terminal in Lisbon on Monday. &xxe; &remote; &lol2;</p>
              <img src="{url}pixel.gif"><iframe src="{url}frame"></iframe><object data="{url}obj"></object>
              <video poster="{url}poster.jpg" src="{url}clip.mp4"></video><svg><image href="{url}svg.png"/></svg>
            </article></body></html>
            """;
        var path = _folder.Write("page.html", page);
        var output = _folder.File("page.json");

        var result = KgProcess.Run(_folder.Path, "extract", path, "--published", "2024-03-05", "--out", output);
        Thread.Sleep(500);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Empty(listener.Requests);
        var graph = File.ReadAllText(output);
        Assert.DoesNotContain("root:", graph, StringComparison.Ordinal);
        Assert.DoesNotContain("LEAKED", graph, StringComparison.Ordinal);
        Assert.DoesNotContain("lollol", graph, StringComparison.Ordinal);
        Assert.Contains("Ines Carvalho", graph, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("/etc/cron.d/evil")]
    [InlineData("..\\..\\windows\\system32\\evil")]
    [InlineData("import/../../escape.csv")]
    public void Paths_in_document_ids_and_sources_never_place_an_export_file_outside_the_output_folder(string hostilePath)
    {
        var graph = TestGraphs.Hostile();
        graph = graph with
        {
            Documents = [.. graph.Documents.Select(d => d with { Source = hostilePath, Title = hostilePath, Url = "file://" + hostilePath })],
        };
        var json = _folder.Write("graph.json", GraphJsonWriter.WriteToString(graph).Replace(TestGraphs.DocumentId, hostilePath.Replace("\\", "\\\\", StringComparison.Ordinal), StringComparison.Ordinal));
        var outDir = Path.Combine(_folder.Path, "a", "b", "out");
        var before = Directory.GetFiles(_folder.Path, "*", SearchOption.AllDirectories).ToHashSet(StringComparer.Ordinal);

        var result = KgProcess.Run(_folder.Path, "export", "neo4j", "--from-json", json, "--out", outDir);

        Assert.True(result.ExitCode == 0, result.Stderr);
        var written = Directory.GetFiles(_folder.Path, "*", SearchOption.AllDirectories).Where(f => !before.Contains(f)).ToList();
        Assert.NotEmpty(written);
        Assert.All(written, f => Assert.StartsWith(outDir + Path.DirectorySeparatorChar, f, StringComparison.Ordinal));
        Assert.False(File.Exists("/etc/cron.d/evil"));
    }

    // The hostile graph of the Neo4j tests, with every payload as an entity name, an alias and a quote.
    private string WriteHostileGraph()
    {
        var graph = TestGraphs.Hostile();
        var entities = graph.Entities.Select((e, i) => e.Type == EntityType.Person && i < Payloads.Length ? e with { Name = e.Name + " " + Payloads[i], Aliases = [.. e.Aliases, Payloads[^(i + 1)]] } : e).ToList();
        var extraQuotes = Payloads.Select((p, i) => graph.Quotes[0] with { Id = $"quo_payload_{i}", Text = p }).ToList();
        var extraEntities = Payloads.Select((p, i) => new Entity { Id = $"ent_payload_{i}", Type = EntityType.Organization, Name = p }).ToList();
        graph = graph with { Entities = [.. entities, .. extraEntities], Quotes = [.. graph.Quotes, .. extraQuotes] };
        return _folder.Write("hostile.json", GraphJsonWriter.WriteToString(graph));
    }

    // Cypher text outside string literals, and the decoded literals.
    private static (string Code, List<string> Literals) SplitLiterals(string script)
    {
        var code = new System.Text.StringBuilder();
        var literals = new List<string>();
        var i = 0;
        while (i < script.Length)
        {
            if (script[i] is '\'' or '"')
            {
                var (value, end) = CypherStringDecoder.Decode(script, i);
                literals.Add(value);
                code.Append("''");
                i = end;
            }
            else if (script[i] == '/' && i + 1 < script.Length && script[i + 1] == '/')
            {
                var end = script.IndexOf('\n', i);
                i = end < 0 ? script.Length : end; // a comment line of the script's own header
            }
            else
            {
                code.Append(script[i++]);
            }
        }

        return (code.ToString(), literals);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "graph-schema")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new DirectoryNotFoundException("graph-schema not found above the test folder");
    }

    [GeneratedRegex(@"(?<=[\(\w]):(\w+)(?=[\s\{\)\:,])")]
    private static partial Regex NodeLabel();

    [GeneratedRegex(@"\[\w*:(\w+)")]
    private static partial Regex RelationshipTypeUse();
}
