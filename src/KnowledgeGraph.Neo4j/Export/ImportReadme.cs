using System.Text;
using KnowledgeGraph.Neo4j.Csv;
using KnowledgeGraph.Neo4j.Projection;

namespace KnowledgeGraph.Neo4j.Export;

/// <summary>The README.md written beside an export: what is in the folder and the exact commands to load it.</summary>
public static class ImportReadme
{
    /// <summary>The <c>neo4j-admin</c> command for this bundle, run from the export folder.</summary>
    public static string ImportCommand(IReadOnlyList<GraphTable> tables, string database = "neo4j")
    {
        ArgumentNullException.ThrowIfNull(tables);
        var sb = new StringBuilder();
        sb.Append("neo4j-admin database import full \\\n");
        sb.Append("  --overwrite-destination=true \\\n");
        sb.Append("  --multiline-fields=true \\\n");
        sb.Append("  --legacy-style-quoting=false \\\n");
        sb.Append("  --array-delimiter=").Append(CsvBundleWriter.ArrayDelimiterOption).Append(" \\\n");
        foreach (var t in tables.OfType<NodeTable>())
        {
            sb.Append("  --nodes=").Append(CsvBundleWriter.ImportFolder).Append('/').Append(CsvBundleWriter.FileName(t)).Append(" \\\n");
        }

        foreach (var t in tables.OfType<RelationshipTable>())
        {
            sb.Append("  --relationships=").Append(CsvBundleWriter.ImportFolder).Append('/').Append(CsvBundleWriter.FileName(t)).Append(" \\\n");
        }

        sb.Append("  ").Append(database).Append('\n');
        return sb.ToString();
    }

    public static string Text(IReadOnlyList<GraphTable> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var nodes = tables.OfType<NodeTable>().Sum(t => t.Rows.Count);
        var relationships = tables.OfType<RelationshipTable>().Sum(t => t.Rows.Count);
        return $$"""
            # KnowledgeGraph export for Neo4j

            {{nodes}} nodes and {{relationships}} relationships, in two forms that load the same graph.
            See docs/neo4j.md in the KnowledgeGraph repository for Desktop, Docker and Aura.

            ## 1. Cypher script (any running Neo4j 5.x, also Aura)

            ```
            cypher-shell -a neo4j://localhost:7687 -u neo4j -f schema.cypher
            cypher-shell -a neo4j://localhost:7687 -u neo4j -f data.cypher
            ```

            Every statement MERGEs on `id`, so running the scripts again adds nothing.

            ## 2. CSV bundle (`neo4j-admin`, into a new, stopped database)

            Run from this folder with the database stopped (it replaces the database's contents):

            ```
            {{ImportCommand(tables).TrimEnd('\n')}}
            ```

            Then start Neo4j and create the constraints and indexes:

            ```
            cypher-shell -a neo4j://localhost:7687 -u neo4j -f schema.cypher
            ```

            Notes on the files in `import/`:
            - RFC 4180: strings are always quoted, `"` is doubled, line breaks stay inside quoted fields
              (hence `--multiline-fields=true`); backslashes are literal (`--legacy-style-quoting=false`).
            - Labels (`:LABEL`) and list elements (`aliases:string[]`) are separated by U+001F (the
              unit separator), hence `--array-delimiter=U+001F`.
            - Dates are `:date` (`YYYY-MM-DD`); offsets and counts `:long`; an empty field is no property.
            - `date_end` on events is exclusive: an event on 13 September has `date_start` 13 and `date_end` 14 September.
            """ + "\n";
    }
}
