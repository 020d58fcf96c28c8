using Probity.Tests.Shared;

namespace Probity.Cli.Tests;

/// <summary>Issue 8: `import` stores a review with its PDU inspections, `report review:N` writes its letter from the store, `export` writes the folder back.</summary>
public class ReviewStorageCliTests
{
    private static readonly string NorthEast = RepositoryFiles.Of("examples", "north-east-region-2022");

    [Fact]
    public void A_review_is_imported_reported_listed_and_exported_from_the_store()
    {
        using var temp = new TempFolder();
        var env = new Dictionary<string, string> { ["PROBITY_DATA_DIR"] = temp.Path };
        var import = CliProcess.Run(env, "import", NorthEast);
        Assert.True(import.ExitCode == 0, import.Error);
        Assert.Equal("review:1", import.Out.Trim().Split('\n')[^1]);
        Assert.Contains("rcm (Redcar, Cleveland and Middlesbrough): imported ../redcar-cleveland-middlesbrough-2022 as inspection 1", import.Error);
        Assert.Contains("gst (Gateshead and South Tyneside): no dataset linked", import.Error);

        var reviews = CliProcess.Run(env, "reviews");
        Assert.Matches(@"review:1\s+NE-REGION-2022\s+North East\s+2022-12-22\s+2 PDUs", reviews.Out);
        Assert.Contains("RCM-2022", CliProcess.Run(env, "inspections").Out);

        var fromFolder = Path.Combine(temp.Path, "folder.html");
        var fromStore = Path.Combine(temp.Path, "store.html");
        var byReference = Path.Combine(temp.Path, "reference.html");
        Assert.Equal(0, CliProcess.Run(env, "report", NorthEast, "--out", fromFolder).ExitCode);
        Assert.Equal(0, CliProcess.Run(env, "report", "review:1", "--out", fromStore).ExitCode);
        Assert.Equal(0, CliProcess.Run(env, "report", "NE-REGION-2022", "--out", byReference).ExitCode);
        Assert.Equal(File.ReadAllText(fromFolder), File.ReadAllText(fromStore));
        Assert.Equal(File.ReadAllText(fromFolder), File.ReadAllText(byReference));

        var exported = Path.Combine(temp.Path, "exported");
        var export = CliProcess.Run(env, "export", "review:1", "--out", exported);
        Assert.True(export.ExitCode == 0, export.Error);
        Assert.True(File.Exists(Path.Combine(exported, "rcm", "answers.csv")));
        var rate = CliProcess.Run("rate", exported);
        Assert.True(rate.ExitCode == 0, rate.Error);
        Assert.Contains("8/24", rate.Out);
        var again = Path.Combine(temp.Path, "again.html");
        Assert.Equal(0, CliProcess.Run(env, "report", exported, "--out", again).ExitCode);
        Assert.Equal(File.ReadAllText(fromFolder), File.ReadAllText(again));
    }

    [Fact]
    public void A_review_with_a_broken_link_is_not_imported_and_nothing_is_stored()
    {
        using var temp = new TempFolder();
        var env = new Dictionary<string, string> { ["PROBITY_DATA_DIR"] = Path.Combine(temp.Path, "db") };
        var review = File.ReadAllText(Path.Combine(NorthEast, "review.json"))
            .Replace("\"dataset\": \"../redcar-cleveland-middlesbrough-2022\"", "\"dataset\": \"../no-such-pdu\"", StringComparison.Ordinal);
        var folder = temp.Write("review", new Dictionary<string, string> { ["review.json"] = review });
        var import = CliProcess.Run(env, "import", folder);
        Assert.Equal(1, import.ExitCode);
        Assert.Contains("\"../no-such-pdu\" is not a folder", import.Error);
        Assert.Contains("nothing was imported", import.Error);
        Assert.False(CliProcess.HasStackTrace(import.Error));
        Assert.Empty(CliProcess.Run(env, "reviews").Out.Trim());
        Assert.Empty(CliProcess.Run(env, "inspections").Out.Trim());
    }

    [Fact]
    public void An_unknown_review_id_is_a_clear_error()
    {
        using var temp = new TempFolder();
        var env = new Dictionary<string, string> { ["PROBITY_DATA_DIR"] = temp.Path };
        var run = CliProcess.Run(env, "report", "review:7", "--out", Path.Combine(temp.Path, "letter.html"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("there is no review with id 7 (./probity reviews lists them)", run.Error);
        Assert.False(CliProcess.HasStackTrace(run.Error));
    }
}
