using System.Text.Json.Nodes;
using Probity.Core.Datasets;

namespace Probity.Data.Tests.Infrastructure;

/// <summary>
/// Compares two datasets field by field through the exchange format itself: the manifest as JSON (objects compared
/// without regard to key order, which JSON does not give meaning to, but with numbers written exactly as they were), and every CSV file line by line.
/// </summary>
public static class DatasetComparison
{
    public static void AssertSame(InspectionDataset expected, InspectionDataset actual)
    {
        var e = JsonNode.Parse(ManifestWriter.Write(expected.Manifest));
        var a = JsonNode.Parse(ManifestWriter.Write(actual.Manifest));
        // Compared as text after sorting keys: JSON equality treats 75 and 75.0 as the same number, but a report prints them differently.
        Assert.True(Sorted(e)!.ToJsonString() == Sorted(a)!.ToJsonString(), $"inspection.json differs:\nexpected {ManifestWriter.Write(expected.Manifest)}\nactual {ManifestWriter.Write(actual.Manifest)}");
        Assert.Equal(expected.Framework.Id, actual.Framework.Id);
        AssertSameText("cases.csv", Write(expected, DatasetWriter.WriteCases), Write(actual, DatasetWriter.WriteCases));
        AssertSameText("answers.csv", Write(expected, DatasetWriter.WriteAnswers), Write(actual, DatasetWriter.WriteAnswers));
        Assert.Equal(expected.Interviews.Select(Describe), actual.Interviews.Select(Describe));
        Assert.Equal(expected.Meetings, actual.Meetings);
        Assert.Equal(expected.PracticeExamples, actual.PracticeExamples);
    }

    private static string Describe(OfficerInterview i) =>
        $"{i.OfficerId}|{i.Grade}|{i.Caseload}|{string.Join(",", i.Answers.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}={a.Value}"))}";

    private static string Write(InspectionDataset d, Action<InspectionDataset, TextWriter> write)
    {
        using var text = new StringWriter();
        write(d, text);
        return text.ToString();
    }

    private static void AssertSameText(string file, string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Min(e.Length, a.Length); i++)
            Assert.True(e[i] == a[i], $"{file}:{i + 1} differs:\nexpected {e[i]}\nactual   {a[i]}");
        Assert.Equal(e.Length, a.Length);
    }

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray a => new JsonArray(a.Select(Sorted).ToArray()),
        null => null,
        _ => node.DeepClone(),
    };
}
