using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Segmentation;

namespace KnowledgeGraph.Tests.Extraction.Entities;

/// <summary>Runs segmentation and the entity recogniser on a text, and reads the result.</summary>
internal static class EntityTestSupport
{
    public static DocumentAnalysis Recognise(string text)
    {
        var analysis = new DocumentAnalysis(new Document { Id = "doc", Text = text, Source = "test" });
        new Segmenter().Run(analysis);
        new EntityRecognizer().Run(analysis);
        return analysis;
    }

    public static Entity? Find(DocumentAnalysis analysis, string name) =>
        analysis.Entities.Values.FirstOrDefault(e => e.Name == name);

    public static string Describe(DocumentAnalysis analysis) =>
        string.Join("; ", analysis.Entities.Values.Select(e => $"{e.Name} ({e.Type})"));

    /// <summary>The values of one attribute of the entity called <paramref name="name"/>.</summary>
    public static IReadOnlyList<string> Attribute(DocumentAnalysis analysis, string name, string attribute) =>
        Find(analysis, name)?.Attributes.Where(a => a.Name == attribute).Select(a => a.Value).ToList() ?? [];
}
