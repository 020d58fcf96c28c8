using System.Text.Json.Nodes;
using Probity.Tests.Shared;

namespace Probity.Cli.Tests;

/// <summary>Issue 16: a subject access export, erasing a published case's text, and the retention list, from the command line.</summary>
public class PersonalDataCommandsTests
{
    [Fact]
    public void A_published_case_is_exported_its_text_erased_with_the_chain_intact_and_an_old_inspection_listed_for_review()
    {
        using var temp = new TempFolder();
        var env = new Dictionary<string, string> { ["PROBITY_DATA_DIR"] = temp.Path, ["PROBITY_USER"] = "lead.inspector", ["PROBITY_RETENTION_YEARS"] = "1" };
        var import = CliProcess.Run(env, "import", RepositoryFiles.Of("examples", "northumbria-2019")); // published February 2020
        Assert.True(import.ExitCode == 0, import.Error);
        var id = import.Out.Trim().Split('\n')[^1];

        var file = Path.Combine(temp.Path, "NB19-CS-014.json");
        var export = CliProcess.Run(env, "export-person", "NB-2019", "NB19-CS-014", "--out", file);
        Assert.True(export.ExitCode == 0, export.Error);
        if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        var json = JsonNode.Parse(File.ReadAllText(file))!;
        Assert.Equal("NB19-CS-014", (string?)json["case"]);
        Assert.Contains("Terry's assessment", File.ReadAllText(file)); // as written, for the person to read

        var erase = CliProcess.Run(env, "erase-case-text", id, "NB19-CS-014", "--reason", "Subject asked for erasure");
        Assert.True(erase.ExitCode == 0, erase.Error);
        Assert.Contains("1 practice examples", erase.Out);
        var after = JsonNode.Parse(CliProcess.Run(env, "export-person", id, "NB19-CS-014").Out)!;
        Assert.Empty(after["records"]!["practice_examples"]!.AsArray());
        Assert.Equal(json["answers"]!.ToJsonString(), after["answers"]!.ToJsonString());
        Assert.Equal(0, CliProcess.Run(env, "audit", "verify").ExitCode);

        var retention = CliProcess.Run(env, "retention");
        Assert.Equal(0, retention.ExitCode);
        Assert.Contains("NB-2019", retention.Out);
        var refused = CliProcess.Run(new Dictionary<string, string>(env) { ["PROBITY_RETENTION_YEARS"] = "six" }, "retention");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("PROBITY_RETENTION_YEARS", refused.Error);
    }
}
