using Probity.Tests.Shared;

namespace Probity.Cli.Tests;

/// <summary>Issue 8: `report` writes each format's own document — the PDU report, the unrated area report, the regional review's letter.</summary>
public class OtherFormatsReportTests
{
    private static readonly string NorthEast = RepositoryFiles.Of("examples", "north-east-region-2022");
    private static readonly string Cumbria = RepositoryFiles.Of("examples", "cumbria-2017");
    private static readonly string Rcm = RepositoryFiles.Of("examples", "redcar-cleveland-middlesbrough-2022");

    [Fact]
    public void A_review_folder_is_reported_as_its_letter_in_HTML_and_PDF()
    {
        using var temp = new TempFolder();
        var html = Path.Combine(temp.Path, "letter.html");
        var run = CliProcess.Run("report", NorthEast, "--out", html);
        Assert.True(run.ExitCode == 0, run.Error);
        var text = File.ReadAllText(html);
        Assert.Contains("Annexe two - PDU ratings", text);
        Assert.Contains("Score 8/24", text);
        Assert.Contains("Yours sincerely,", text);

        var pdf = Path.Combine(temp.Path, "letter.pdf");
        run = CliProcess.Run("report", NorthEast, "--out", pdf);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(pdf), 0, 5));
    }

    [Fact]
    public void A_letter_has_no_JSON_or_table_form_and_says_what_to_ask_for()
    {
        using var temp = new TempFolder();
        var run = CliProcess.Run("report", NorthEast, "--out", Path.Combine(temp.Path, "letter.json"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("a regional review is reported as its letter to the Regional Probation Director, --out letter.html or letter.pdf", run.Error);
        Assert.Empty(Directory.GetFiles(temp.Path));
        Assert.False(CliProcess.HasStackTrace(run.Error));
    }

    [Fact]
    public void A_review_whose_link_is_broken_gets_no_letter_and_a_clear_message()
    {
        using var temp = new TempFolder();
        var review = File.ReadAllText(Path.Combine(NorthEast, "review.json"))
            .Replace("\"dataset\": \"../redcar-cleveland-middlesbrough-2022\"", "\"dataset\": \"../no-such-pdu\"", StringComparison.Ordinal);
        var folder = temp.Write("review", new Dictionary<string, string> { ["review.json"] = review });
        var html = Path.Combine(temp.Path, "letter.html");
        var run = CliProcess.Run("report", folder, "--out", html);
        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"review\.json:\d+: pduInspections\[0\]\.dataset: ""\.\./no-such-pdu"" is not a folder", run.Error);
        Assert.Contains("no letter was written", run.Error);
        Assert.False(File.Exists(html));
    }

    [Fact]
    public void A_review_whose_letter_disagrees_with_its_linked_dataset_is_refused()
    {
        using var temp = new TempFolder();
        // Copy the PDU dataset beside a review that prints 1.2 Staff as Outstanding: the dataset rates it Good.
        temp.Write("rcm", RepositoryFiles.Dataset("redcar-cleveland-middlesbrough-2022"));
        var text = File.ReadAllText(Path.Combine(NorthEast, "review.json")).Replace("\"dataset\": \"../redcar-cleveland-middlesbrough-2022\"", "\"dataset\": \"../rcm\"", StringComparison.Ordinal);
        var staff = text.IndexOf("\"rating\": \"good\"", text.IndexOf("\"name\": \"Staff\"", StringComparison.Ordinal), StringComparison.Ordinal);
        text = text[..staff] + "\"rating\": \"outstanding\"" + text[(staff + "\"rating\": \"good\"".Length)..];
        var folder = temp.Write("review", new Dictionary<string, string> { ["review.json"] = text });
        var run = CliProcess.Run("report", folder, "--out", Path.Combine(temp.Path, "letter.html"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("pduInspections[0].published.standards[1].rating: the letter prints 1.2 Staff Outstanding, but the linked dataset gives Good", run.Error);
    }

    [Fact]
    public void The_unrated_area_report_writes_HTML_and_tables_but_no_ratings_JSON()
    {
        using var temp = new TempFolder();
        var html = Path.Combine(temp.Path, "cumbria.html");
        var run = CliProcess.Run("report", Cumbria, "--out", html);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("Table 4: Sufficiency scores relating to the most prevalent assessed needs of cases in the CRC inspection sample.", File.ReadAllText(html));

        var csv = Path.Combine(temp.Path, "needs.csv");
        run = CliProcess.Run("report", Cumbria, "--out", csv, "--table", "prevalence-2.3.2-nps");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.StartsWith("Assessed need (in order of priority),% of cases where interventions delivered sufficiently", File.ReadAllText(csv));

        run = CliProcess.Run("report", Cumbria, "--out", Path.Combine(temp.Path, "cumbria.json"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("hmip-qi-2017 rates nothing, so there is no ratings JSON to write", run.Error);
        Assert.False(File.Exists(Path.Combine(temp.Path, "cumbria.json")));
    }

    [Fact]
    public void The_PDU_report_prints_the_shrunken_score()
    {
        using var temp = new TempFolder();
        var html = Path.Combine(temp.Path, "rcm.html");
        var run = CliProcess.Run("report", Rcm, "--out", html);
        Assert.True(run.ExitCode == 0, run.Error);
        var text = File.ReadAllText(html);
        Assert.Contains("<p class=\"ratings-score\">8/24</p>", text);
        Assert.DoesNotContain("CRC", text.Replace("CRC-", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
