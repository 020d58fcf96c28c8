using System.Text.Json;

namespace Probity.Reports.Tests;

/// <summary>The published Northumbria 2019 figures (tests/fixtures/northumbria-2019-published.json, schema of spec §13).</summary>
public sealed record Published(string Score, string Overall, IReadOnlyList<PublishedStandard> Standards, JsonElement Root)
{
    public static readonly Published Northumbria = Load();

    public PublishedStandard Standard(string id) => Standards.Single(s => s.Id == id);

    private static Published Load()
    {
        var root = JsonDocument.Parse(File.ReadAllText(Core.Tests.RepositoryPaths.Of("tests", "fixtures", "northumbria-2019-published.json"))).RootElement;
        var overall = root.GetProperty("overall");
        var standards = root.GetProperty("standards").EnumerateArray().Select(s => new PublishedStandard(
            s.GetProperty("id").GetString()!,
            s.GetProperty("name").GetString()!,
            s.GetProperty("rating").GetString()!,
            s.GetProperty("previousRating").GetString()!,
            s.TryGetProperty("adjustment", out var a) ? (a.GetProperty("footnoteOn").GetString()!, a.GetProperty("footnoteText").GetString()!) : null,
            s.TryGetProperty("keyQuestions", out var kqs)
                ? kqs.EnumerateArray().Select(k => new PublishedKeyQuestion(
                    k.GetProperty("id").GetString()!, Int(k, "pct"), Int(k, "previousPct"), Int(k, "allCrcsPct"),
                    k.TryGetProperty("qualitativeOnly", out var q) && q.GetBoolean(),
                    k.TryGetProperty("prompts", out var ps)
                        ? ps.EnumerateArray().Select(p => new PublishedPrompt(p.GetProperty("id").GetString()!, Int(p, "pct"), Int(p, "previousPct"),
                            !(p.TryGetProperty("previousComparable", out var c) && !c.GetBoolean()), p.TryGetProperty("note", out var n) ? n.GetString() : null)).ToList()
                        : [])).ToList()
                : [])).ToList();
        return new($"{overall.GetProperty("score").GetInt32()}/{overall.GetProperty("maxScore").GetInt32()}", overall.GetProperty("rating").GetString()!, standards, root);
    }

    private static int? Int(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;
}

public sealed record PublishedStandard(string Id, string Name, string Rating, string PreviousRating, (string On, string Text)? Adjustment,
    IReadOnlyList<PublishedKeyQuestion> KeyQuestions);

public sealed record PublishedKeyQuestion(string Id, int? Pct, int? PreviousPct, int? AllCrcsPct, bool QualitativeOnly, IReadOnlyList<PublishedPrompt> Prompts);

/// <summary>A prompt; <see cref="Quirk"/> is set where the print is known to be wrong (spec §11 row 1).</summary>
public sealed record PublishedPrompt(string Id, int? Pct, int? PreviousPct, bool PreviousComparable, string? Quirk);
