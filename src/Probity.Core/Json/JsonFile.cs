using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Probity.Core.Datasets;
using Probity.Core.Frameworks;

namespace Probity.Core.Json;

/// <summary>The shared first and last steps of the exchange format's JSON files: parsing with line numbers, and writing.</summary>
public static class JsonFile
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>
    /// Parses <paramref name="json"/>, or adds the problems (empty file, invalid JSON, a key given twice, half a UTF-16
    /// pair; each with its line) and returns null. <paramref name="lines"/> maps every value's path to its line, for
    /// problems found later.
    /// </summary>
    public static JsonDocument? Parse(string json, string fileName, string whatItHolds, List<DatasetProblem> problems, out JsonLineMap lines)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            problems.Add(new(fileName, null, $"the file is empty; it must hold {whatItHolds}"));
            lines = JsonLineMap.Build("{}");
            return null;
        }
        var before = problems.Count;
        var bytes = Utf8Bytes(json, fileName, problems);
        if (bytes is null)
        {
            lines = JsonLineMap.Build("{}");
            return null;
        }
        lines = JsonLineMap.Build(bytes, (line, message) => problems.Add(new(fileName, line, message)));
        try
        {
            var document = JsonDocument.Parse(bytes, Options);
            if (problems.Count == before) return document;
            document.Dispose();
            return null;
        }
        catch (JsonException e)
        {
            problems.Add(new(fileName, (int)(e.LineNumber ?? 0) + 1, $"not valid JSON: {FrameworkLoader.FirstSentence(e.Message)}"));
            return null;
        }
    }

    // The text as UTF-8; text holding half a surrogate pair (possible only from a host that did not decode strictly) is refused at its line.
    private static byte[]? Utf8Bytes(string json, string fileName, List<DatasetProblem> problems)
    {
        var text = json.AsSpan();
        for (var at = text.IndexOfAnyInRange('\uD800', '\uDFFF'); at >= 0 && at < text.Length; at++)
        {
            if (!char.IsSurrogate(text[at])) continue;
            if (char.IsHighSurrogate(text[at]) && at + 1 < text.Length && char.IsLowSurrogate(text[at + 1]))
            {
                at++;
                continue;
            }
            problems.Add(new(fileName, 1 + text[..at].Count('\n'), "the text holds half of a UTF-16 surrogate pair; save the file as UTF-8"));
            return null;
        }
        return Encoding.UTF8.GetBytes(json);
    }

    /// <summary>How Probity writes every JSON document: indented, non-ASCII kept readable.</summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>An indented JSON document, as Probity writes them (UTF-8 text, non-ASCII kept readable, a final newline).</summary>
    public static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
            body(writer);
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
