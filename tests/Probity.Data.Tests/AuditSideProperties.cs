using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsCheck;
using Probity.Data.Audit;
using Probity.Data.Cases;

namespace Probity.Data.Tests;

/// <summary>
/// An audit entry's side, made by <see cref="AuditSideWriter"/> with one parse, is byte for byte the side the earlier way
/// made (<see cref="AuditSideAsBefore"/>): the stored JSON, its canonical spelling, and the texts in the same order. The
/// chain's hashes are taken over these bytes, so a single one different would break every link after it.
/// </summary>
public class AuditSideProperties
{
    private const string Scope = "7/case/NB19-CS-042";

    private static readonly string[] FreeKeys = ["notes", "note", "text", "narrative", "rationale", "description", "evidence", "progress"];

    // Keys the free-text rule must not catch (a capital, an accent, a reference's own key) and keys whose ordinal order is
    // not their alphabetical one (capitals before small letters, a private-use character after an emoji's surrogates).
    private static readonly string[] OtherKeys = ["answers", "status", "a", "B", "Z", "é", "Notes", "nötes", "$text", "x y", "\uE000", "😀", "1.1.1", "kind", "a\"b"];

    // Pieces of text, whole characters each (an emoji is one piece): escapes, quotes, control and line-separator
    // characters, accents, and the characters an HTML-safe encoder would escape but the log's does not.
    private static readonly string[] Pieces = ["a", "b", "Z", " ", "\"", "\\", "/", "\n", "\t", "\r", "\u0001", "\u001f", "\u007f", "é", "–", "😀", "\u2028", "<", ">", "&", "'", "+", "\uE000", "Ω"];

    private static readonly string[] Numbers =
    [
        "0", "1", "-1", "1.50", "1.0", "1e3", "1E+3", "2.5e-3", "-0", "-0.0", "0.000", "12345678901234567890123", "79228162514264337593543950335",
        "79228162514264337593543950336", "1e-30", "1e400", "-1e400", "3.14159265358979323846264338327950288", "123456789012345678901234567890.5",
    ];

    private static readonly Gen<string> Words = Gen.OneOf(
        Gen.OneOf(Pieces).Array[0, 12].Select(p => string.Concat(p)),
        // A note of a few hundred characters, as inspectors write them.
        Gen.OneOf(Pieces).Array[1, 8].Select(p => string.Concat(Enumerable.Repeat(string.Concat(p), 40))));

    private static readonly Gen<string> Key = Gen.Frequency((3, Gen.OneOf(FreeKeys)), (5, Gen.OneOf(OtherKeys)));

    /// <summary>How a string is spelled in JSON text: as the log writes it, with everything non-ASCII escaped, or every character escaped.</summary>
    private static readonly Gen<Func<string, string>> Spelling = Gen.OneOf<Func<string, string>>(
        s => JsonSerializer.Serialize(s, Relaxed),
        s => JsonSerializer.Serialize(s),
        s => "\"" + string.Concat(s.Select(c => $"\\u{(int)c:X4}")) + "\"");

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly Gen<string> Space = Gen.OneOf("", "", " ", "\n  ");

    private static readonly Gen<string> Scalar = Gen.Frequency(
        (4, Gen.Select(Words, Spelling, (w, s) => s(w))),
        (2, Gen.OneOf(Numbers)),
        (1, Gen.OneOf("true", "false", "null")));

    /// <summary>Any JSON text: nested objects and arrays, empty ones, free-text keys at any depth, spaces as jsonb might put them.</summary>
    private static readonly Gen<string> Json = Gen.Recursive<string>((depth, value) => depth >= 5
        ? Scalar
        : Gen.Frequency(
            (3, Scalar),
            (2, Gen.Select(Gen.Select(Key, Spelling, (k, s) => s(k)), Space, value).Array[0, 6]
                .Select(ps => "{" + string.Join(",", ps.Select(p => $"{p.Item2}{p.Item1}{p.Item2}:{p.Item2}{p.Item3}")) + "}")),
            (2, Gen.Select(value, Space).Array[0, 6].Select(items => "[" + string.Join(",", items.Select(i => i.Item2 + i.Item1)) + "]"))));

    private static readonly Gen<CaseView> Cases =
        from answers in Gen.Select(Gen.Int[1, 9], Gen.Int[1, 9], Gen.OneOf("yes", "no", "na")).Array[0, 20]
        from notes in Gen.Select(Gen.Int[1, 9], Words).Array[0, 6]
        from examples in Gen.Select(Gen.OneOf("1.1", "2.1", "2.2"), Gen.OneOf("good", "poor"), Words).Array[0, 3]
        from status in Gen.Enum<CaseAssessmentStatus>()
        select new CaseView(
            answers.DistinctBy(a => (a.Item1, a.Item2)).ToDictionary(a => $"2.{a.Item1}.{a.Item2}", a => a.Item3),
            notes.DistinctBy(n => n.Item1).ToDictionary(n => $"2.{n.Item1}", n => n.Item2),
            [.. examples.Select(e => new ExampleView(e.Item1, e.Item2, e.Item3))],
            status);

    /// <summary>A case assessment as its store gives it to the log (answers, notes by item, practice examples, status).</summary>
    private sealed record CaseView(Dictionary<string, string> Answers, Dictionary<string, string> Notes, List<ExampleView> PracticeExamples,
        CaseAssessmentStatus Status);

    private sealed record ExampleView(string Standard, string Kind, string Text);

    [Fact]
    public void A_side_made_from_json_is_byte_for_byte_the_side_made_before()
    {
        Json.Sample(json => AssertSame(() => AuditSideAsBefore.Side(json, Scope), () => AuditSideWriter.Side(json, Scope)), iter: 4000, threads: 1);
    }

    [Fact]
    public void A_side_made_from_a_value_is_byte_for_byte_the_side_made_before()
    {
        // A JsonElement is serialised as its text says (numbers as spelled, strings escaped afresh): any JSON as a value.
        Json.Sample(json =>
        {
            var value = JsonDocument.Parse(json).RootElement;
            AssertSame(() => AuditSideAsBefore.Side(value, Scope), () => AuditRows.Side(value, 7, "case", "NB19-CS-042"));
        }, iter: 2000, threads: 1);
    }

    [Fact]
    public void A_case_assessments_side_is_byte_for_byte_the_side_made_before()
    {
        Cases.Sample(view =>
        {
            AssertSame(() => AuditSideAsBefore.Side(view, Scope), () => AuditRows.Side(view, 7, "case", "NB19-CS-042"));
            Assert.Equal(view.Notes.Values.Concat(view.PracticeExamples.Select(e => e.Text)).Distinct(),
                AuditRows.Side(view, 7, "case", "NB19-CS-042").Texts.Select(t => t.Value));
        }, iter: 500, threads: 1);
    }

    [Fact]
    public void The_canonical_spelling_of_any_json_is_as_before()
    {
        Json.Sample(json => Assert.Equal(Outcome(() => AuditSideAsBefore.Canonical(json)), Outcome(() => AuditChain.Canonical(json))), iter: 4000, threads: 1);
    }

    public static TheoryData<string> Edges =>
    [
        "null", "\"a bare narrative\"", "\"\"", "true", "1.50", "1e3", "-0", "12345678901234567890123", "1e400", "{}", "[]", "[[]]",
        "{\"notes\":{}}", "{\"notes\":null}", "{\"notes\":[]}", "{\"notes\":1.50}", "{\"notes\":true}",
        "{\"notes\":[\"same\",\"same\",{\"deeper\":\"same\"}],\"text\":\"same\",\"other\":\"same\"}",
        "{\"b\":{\"note\":\"x\"},\"a\":{\"note\":\"y\"}}",
        "{\"\\u006eotes\":\"a free key spelled with an escape\"}",
        "{\"$text\":\"not a reference yet\",\"text\":{\"$text\":\"x\"}}",
        "{\"a\":1,\"a\":2}", "{\"notes\":\"one\",\"notes\":\"two\"}",
        "\"\\ud800\"", "{\"text\":\"\\udc00 alone\"}", "{\"other\":\"\\ud800\"}",
        "{\"x\":1} trailing", "{\"x\":1,}", "",
        Nested(63, "\"deep text\""), Nested(64, "\"deep text\""), Nested(64, "1"), Nested(65, "1"),
    ];

    [Theory]
    [MemberData(nameof(Edges))]
    public void An_edge_of_json_gives_the_same_side_as_before(string json)
    {
        AssertSame(() => AuditSideAsBefore.Side(json, Scope), () => AuditSideWriter.Side(json, Scope));
        Assert.Equal(Outcome(() => AuditSideAsBefore.Canonical(json)), Outcome(() => AuditChain.Canonical(json)));
    }

    [Fact]
    public void No_value_gives_no_side()
    {
        var side = AuditRows.Side(null, 7, "case", "NB19-CS-042");

        Assert.Null(side.Json);
        Assert.Null(side.Canonical);
        Assert.Empty(side.Texts);
        Assert.Null(AuditChain.Canonical(null));
    }

    [Fact]
    public void A_note_is_kept_by_reference_and_the_canonical_spelling_sorts_keys_and_spells_numbers_as_decimals()
    {
        // The properties above hold the new writer to the old; this holds both to what the log has always meant.
        var side = AuditSideWriter.Side("{\"z\":1e3,\"notes\":{\"2.1\":\"Seen twice\"},\"a\":-0,\"b\":1.50}", Scope);
        var hash = AuditTexts.Hash(Scope, "Seen twice");

        Assert.Equal($"{{\"z\":1e3,\"notes\":{{\"2.1\":{{\"$text\":\"{hash}\"}}}},\"a\":-0,\"b\":1.50}}", side.Json);
        Assert.Equal($"{{\"a\":0,\"b\":1.50,\"notes\":{{\"2.1\":{{\"$text\":\"{hash}\"}}}},\"z\":1000}}", side.Canonical);
        Assert.Equal([new AuditTexts.Text(hash, "Seen twice")], side.Texts);
    }

    private static string Nested(int depth, string inner)
    {
        var json = new StringBuilder();
        for (var i = 0; i < depth; i++) json.Append(i == depth - 1 ? "{\"text\":" : "[");
        json.Append(inner);
        for (var i = 0; i < depth; i++) json.Append(i == 0 ? "}" : "]");
        return json.ToString();
    }

    private static void AssertSame(Func<AuditSide> before, Func<AuditSide> now)
    {
        var (expected, expectedError) = Made(before);
        var (actual, actualError) = Made(now);
        Assert.Equal(expectedError, actualError);
        if (expected is null || actual is null) return;
        Assert.Equal(expected.Json, actual.Json);
        Assert.Equal(expected.Canonical, actual.Canonical);
        Assert.Equal(expected.Texts, actual.Texts);
    }

    /// <summary>The side, or the kind of exception that refused the input (both ways must refuse the same inputs).</summary>
    private static (AuditSide? Side, string? Error) Made(Func<AuditSide> make)
    {
        try
        {
            return (make(), null);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            return (null, e.GetType().Name);
        }
    }

    private static string? Outcome(Func<string?> canonical)
    {
        try
        {
            return canonical();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            return "refused: " + e.GetType().Name;
        }
    }
}
