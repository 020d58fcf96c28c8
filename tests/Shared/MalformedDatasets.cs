namespace Probity.Tests.Shared;

/// <summary>
/// Broken variants of the Northumbria example, one kind of mistake each, with the error the exchange format's contract
/// (§2) promises for it. Shared by the Core tests (messages) and the CLI tests (exit codes, no stack trace).
/// </summary>
public static class MalformedDatasets
{
    public sealed record Case(string Name, Func<Dictionary<string, string>, Dictionary<string, string>> Break, string[] ExpectedErrors)
    {
        public override string ToString() => Name;
    }

    public static IEnumerable<Case> All(Dictionary<string, string> northumbria)
    {
        var cases = northumbria["cases.csv"].Split('\n');
        var lowRosh = cases.First(l => l.Contains(",case-supervision,") && l.Contains(",low,")).Split(',')[0];
        var answerLines = northumbria["answers.csv"].TrimEnd('\n').Split('\n').Length;
        var firstAnswer = northumbria["answers.csv"].Split('\n')[1].Split(',');

        yield return new("bad CSV quoting", f => AppendLine(f, "answers.csv", $"{firstAnswer[0]},2.1.1,\"yes"),
            [$"answers.csv:{answerLines + 1}: bad CSV quoting: a quoted field is not closed before the end of the file"]);
        yield return new("unknown question", f => AppendLine(f, "answers.csv", $"{firstAnswer[0]},2.2.9,yes"),
            [$"answers.csv:{answerLines + 1}: question \"2.2.9\" is not in framework hmip-crc-2019 (did you mean 2.2.3?)"]);
        yield return new("duplicate case", f => AppendLine(f, "cases.csv", cases[1]),
            [$"cases.csv:{cases.Length}: duplicate case_id \"{cases[1].Split(',')[0]}\" (first seen on line 2)"]);
        yield return new("answer outside the sub-sample", f => AppendLine(f, "answers.csv", $"{lowRosh},2.3.3,no"),
            [$"answers.csv:{answerLines + 1}: case {lowRosh} is outside the harm sub-sample for 2.3.3 (rosh=low) but is answered \"no\""]);
        yield return new("missing answer", f => RemoveAnswer(f, "NB19-CS-001", "2.1.2"),
            ["cases.csv:2: case NB19-CS-001 has no answer to 2.1.2 in answers.csv (each needs yes, no or na)"]);
        yield return new("unknown framework", f => Replace(f, "inspection.json", "\"hmip-crc-2019\"", "\"hmip-crc-2020\""),
            ["inspection.json:2: framework \"hmip-crc-2020\" is not known; known frameworks: "]);
        yield return new("bad JSON", f => Replace(f, "inspection.json", "\"reference\": \"NB-2019\",", "\"reference\": \"NB-2019\""),
            ["inspection.json:4: not valid JSON"]);
        yield return new("wrong rating token", f => Replace(f, "inspection.json", "\"1.3\": \"good\"", "\"1.3\": \"Good\""),
            ["inspection.json:", "domainOneRatings.1.3: \"Good\" is not a rating token (one of inadequate, requires-improvement, good, outstanding)"]);
        yield return new("decision on an ineligible standard", f => Replace(f, "inspection.json", "\"standard\": \"2.4\"", "\"standard\": \"2.1\""),
            ["inspection.json:", "standard 2.1 is not eligible for discretion"]);
        yield return new("empty file", f => Set(f, "answers.csv", ""),
            ["answers.csv: the file is empty; it needs a header row naming at least case_id, question, answer"]);
        yield return new("missing file", f => Without(f, "cases.csv"),
            ["cases.csv: missing: a dataset folder needs inspection.json, cases.csv and answers.csv"]);
        yield return new("bad answer token", f => Replace(f, "answers.csv", $"{firstAnswer[0]},{firstAnswer[1]},{firstAnswer[2]}", $"{firstAnswer[0]},{firstAnswer[1]},maybe"),
            [$"answers.csv:2: answer \"maybe\" to {firstAnswer[1]} is not one of yes, no, na"]);
        yield return new("unknown sample", f => Replace(f, "cases.csv", "NB19-UW-001,unpaid-work", "NB19-UW-001,unpaid-labour"),
            ["cases.csv:", "sample \"unpaid-labour\" is not one of case-supervision, unpaid-work, through-the-gate"]);
        yield return new("discretion on domain one", f => Replace(f, "inspection.json", "\"standard\": \"2.4\"", "\"standard\": \"1.2\""),
            ["inspection.json:", "standard 1.2 Staff is rated by judgement; panel decisions apply only to standards rated from case data"]);
        yield return new("missing required column", f => Replace(f, "answers.csv", "case_id,question,answer,note", "case_id,item,answer,note"),
            ["answers.csv:1: the header lacks the required column \"question\""]);
    }

    private static Dictionary<string, string> Copy(Dictionary<string, string> f) => new(f);

    private static Dictionary<string, string> Set(Dictionary<string, string> f, string file, string text)
    {
        var c = Copy(f);
        c[file] = text;
        return c;
    }

    private static Dictionary<string, string> Without(Dictionary<string, string> f, string file)
    {
        var c = Copy(f);
        c.Remove(file);
        return c;
    }

    private static Dictionary<string, string> AppendLine(Dictionary<string, string> f, string file, string line) =>
        Set(f, file, f[file].TrimEnd('\n') + "\n" + line + "\n");

    private static Dictionary<string, string> Replace(Dictionary<string, string> f, string file, string from, string to)
    {
        if (!f[file].Contains(from)) throw new InvalidOperationException($"{file} has no \"{from}\" to break");
        var text = f[file];
        var at = text.IndexOf(from, StringComparison.Ordinal);
        return Set(f, file, text[..at] + to + text[(at + from.Length)..]);
    }

    private static Dictionary<string, string> RemoveAnswer(Dictionary<string, string> f, string caseId, string question)
    {
        var lines = f["answers.csv"].Split('\n').Where(l => !l.StartsWith($"{caseId},{question},", StringComparison.Ordinal));
        return Set(f, "answers.csv", string.Join("\n", lines));
    }
}
