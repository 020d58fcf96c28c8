using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Probity.Core.Datasets;
using Probity.Core.Frameworks;

namespace Probity.Core.Json;

/// <summary>The shared first and last steps of the exchange format's JSON files: parsing with line numbers, and writing.</summary>
public static class JsonFile
{
    /// <summary>
    /// Parses <paramref name="json"/>, or adds the problem (empty file, invalid JSON, with its line) and returns null.
    /// <paramref name="lines"/> maps every value's path to its line, for problems found later.
    /// </summary>
    public static JsonDocument? Parse(string json, string fileName, string whatItHolds, List<DatasetProblem> problems, out JsonLineMap lines)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            problems.Add(new(fileName, null, $"the file is empty; it must hold {whatItHolds}"));
            lines = JsonLineMap.Build("{}");
            return null;
        }
        lines = JsonLineMap.Build(json);
        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            problems.Add(new(fileName, (int)(e.LineNumber ?? 0) + 1, $"not valid JSON: {FrameworkLoader.FirstSentence(e.Message)}"));
            return null;
        }
    }

    /// <summary>An indented JSON document, as Probity writes them (UTF-8 text, non-ASCII kept readable, a final newline).</summary>
    public static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            body(w);
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
