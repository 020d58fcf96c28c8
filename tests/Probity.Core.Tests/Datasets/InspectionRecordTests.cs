using Probity.Core.Datasets;

namespace Probity.Core.Tests.Datasets;

/// <summary>
/// The records after the ratings in inspection.json (factual accuracy, publication, overridden checks, sample changes,
/// the action plan): written and read back unchanged, absent from a dataset that has none, and every wrong value named
/// with its file, line and field.
/// </summary>
public class InspectionRecordTests
{
    private static readonly DateTimeOffset At = new(2020, 1, 6, 9, 30, 15, TimeSpan.Zero);

    private const string Records = """
          "factualAccuracy": {
            "deadline": "2020-01-20",
            "setAt": "2020-01-06T09:00:00Z",
            "setBy": "lead.inspector",
            "comments": [
              { "section": "summary", "sectionTitle": "Executive summary", "comment": "Seven offices.", "madeBy": "provider.contact", "madeAt": "2020-01-07T10:00:00.5Z", "outcome": "accepted", "decidedBy": "lead.inspector", "decidedAt": "2020-01-08T10:00:00Z" },
              { "section": "chapter-2", "sectionTitle": "Case supervision", "comment": "Not fair.", "madeBy": "provider.contact", "madeAt": "2020-01-07T11:00:00Z" }
            ]
          },
          "publication": {
            "versions": [
              { "number": 1, "publishedOn": "2020-02-12", "publishedAt": "2020-02-12T09:00:00Z", "publishedBy": "lead.inspector", "narrative": { "foreword": "First." } },
              { "number": 2, "publishedOn": "2020-03-02", "reason": "A name was misspelt.", "publishedAt": "2020-03-02T09:00:00Z", "publishedBy": "lead.inspector", "narrative": { "foreword": "Second." } }
            ]
          },
          "checkOverrides": [
            { "finding": "rating-word|foreword", "block": "Foreword", "words": "rated 'Good' in 2018", "reason": "The 2018 rating.", "overriddenBy": "lead.inspector", "overriddenAt": "2020-01-05T09:00:00Z" }
          ],
          "sampleChanges": {
            "withdrawn": [
              { "caseId": "GONE-1", "sample": "case-supervision", "stratum": "all", "reason": "in custody", "replacedBy": "NB19-CS-001", "withdrawnAt": "2019-05-01T09:00:00Z", "withdrawnBy": "lead.inspector" }
            ],
            "added": [ { "caseId": "NB19-CS-001", "stratum": "all", "reason": "reserve in place of case GONE-1: in custody" } ]
          }
        """;

    /// <summary>Northumbria (published) with <paramref name="records"/> added to its inspection.json.</summary>
    private static DatasetParseResult NorthumbriaWith(string records)
    {
        var files = Northumbria.Files();
        var json = files[ManifestReader.FileName].TrimEnd();
        files[ManifestReader.FileName] = json[..^1].TrimEnd() + ",\n" + records + "\n}\n";
        return Northumbria.Parse(files);
    }

    private static List<string> Problems(string records) => NorthumbriaWith(records).Problems.Select(p => p.ToString()).ToList();

    [Fact]
    public void Every_record_reads_back_as_written_and_writes_the_same_text_again()
    {
        var parsed = NorthumbriaWith(Records);
        Assert.True(parsed.Succeeded, string.Join("\n", parsed.Problems));
        var m = parsed.Dataset!.Manifest;
        Assert.Equal(new DateOnly(2020, 1, 20), m.FactualAccuracy!.Deadline);
        Assert.Equal([AccuracyOutcome.Accepted, (AccuracyOutcome?)null], m.FactualAccuracy.Comments.Select(c => c.Outcome));
        Assert.Equal(new DateTimeOffset(2020, 1, 7, 10, 0, 0, TimeSpan.Zero).AddMilliseconds(500), m.FactualAccuracy.Comments[0].MadeAt);
        Assert.Equal(["First.", "Second."], m.Publication.Select(v => v.Narrative["foreword"]));
        Assert.Equal("Foreword", Assert.Single(m.CheckOverrides).Block);
        Assert.Equal("NB19-CS-001", Assert.Single(m.SampleChanges.Withdrawn).ReplacedBy);
        var written = ManifestWriter.Write(m);
        Assert.Contains("\"madeAt\": \"2020-01-07T10:00:00.5Z\"", written);
        var problems = new List<DatasetProblem>();
        var again = ManifestReader.Read(written, problems).Manifest!;
        Assert.Empty(problems);
        Assert.Equal(written, ManifestWriter.Write(again));
    }

    [Fact]
    public void An_action_plan_reads_back_with_its_recommendation()
    {
        var m = new InspectionManifest
        {
            Framework = "hmip-crc-2019",
            Provider = new ProviderInfo("P", ProviderType.CRC),
            Recommendations = new RecommendationSet
            {
                New = [new Recommendation(1, "Do better.") { ActionPlan = new ActionPlan(ActionPlanAnswer.NotAgreed, "None.", "Chief executive") { TargetDate = new DateOnly(2020, 6, 30) } }],
            },
            CheckOverrides = [new OverriddenCheck("k", "Foreword", "words", "why", "lead", At)],
        };
        var written = ManifestWriter.Write(m);
        Assert.Contains("\"response\": \"not-agreed\"", written);
        Assert.Contains("\"overriddenAt\": \"2020-01-06T09:30:15Z\"", written);
        var problems = new List<DatasetProblem>();
        var plan = ManifestReader.Read(written, problems).Manifest!.Recommendations.New[0].ActionPlan;
        Assert.Empty(problems);
        Assert.Equal(m.Recommendations.New[0].ActionPlan, plan);
    }

    [Fact]
    public void A_dataset_without_records_writes_none_of_their_fields()
    {
        var written = ManifestWriter.Write(Northumbria.Parse().Dataset!.Manifest);
        foreach (var field in new[] { "factualAccuracy", "publication", "checkOverrides", "sampleChanges", "actionPlan" })
            Assert.DoesNotContain($"\"{field}\"", written);
    }

    [Fact]
    public void Wrong_values_are_named_with_their_line_and_field()
    {
        var manifestLines = File.ReadAllLines(Path.Combine(Northumbria.Folder, ManifestReader.FileName)).Length;
        int Line(int n) => manifestLines - 1 + n;
        Assert.Equal([$"inspection.json:{Line(3)}: factualAccuracy.comments[0].reason: a declined comment needs the lead's reason"], Problems("""
              "factualAccuracy": {
                "comments": [
                  { "section": "s", "sectionTitle": "S", "comment": "c", "madeBy": "p", "madeAt": "2020-01-07T10:00:00Z", "outcome": "declined", "decidedBy": "l", "decidedAt": "2020-01-08T10:00:00Z" }
                ]
              }
            """));
        Assert.Equal([$"inspection.json:{Line(2)}: checkOverrides[0].overriddenAt: \"yesterday\" is not a moment in the form yyyy-mm-ddThh:mm:ssZ"], Problems("""
              "checkOverrides": [
                { "finding": "k", "block": "B", "words": "w", "reason": "r", "overriddenBy": "l", "overriddenAt": "yesterday" }
              ]
            """));
        Assert.Equal([$"inspection.json:{Line(3)}: publication.versions[1]: \"reason\" is required: version 2 is a correction"], Problems("""
              "publication": { "versions": [
                { "number": 1, "publishedOn": "2020-02-12", "publishedAt": "2020-02-12T09:00:00Z", "publishedBy": "l", "narrative": {} },
                { "number": 2, "publishedOn": "2020-03-02", "publishedAt": "2020-03-02T09:00:00Z", "publishedBy": "l", "narrative": {} }
              ] }
            """));
    }

    [Fact]
    public void Sample_changes_must_agree_with_cases_csv()
    {
        var line = File.ReadAllLines(Path.Combine(Northumbria.Folder, ManifestReader.FileName)).Length + 1;
        Assert.Equal(
        [
            $"inspection.json:{line}: sampleChanges.withdrawn[0].caseId: case NB19-CS-002 is withdrawn from the sample but is still in cases.csv: a withdrawn case has no answers",
            $"inspection.json:{line}: sampleChanges.withdrawn[0].replacedBy: case R-9 is neither in cases.csv nor withdrawn",
            $"inspection.json:{line + 1}: sampleChanges.added[0].caseId: case X-1 is added to the sample but is not in cases.csv",
        ], Problems("""
              "sampleChanges": {
                "withdrawn": [ { "caseId": "NB19-CS-002", "sample": "case-supervision", "reason": "r", "replacedBy": "R-9", "withdrawnAt": "2019-05-01T09:00:00Z", "withdrawnBy": "l" } ],
                "added": [ { "caseId": "X-1", "reason": "r" } ]
              }
            """));
    }

    [Fact]
    public void Published_versions_need_a_published_inspection()
    {
        var files = Northumbria.Files();
        files[ManifestReader.FileName] = files[ManifestReader.FileName].Replace("\"status\": \"published\"", "\"status\": \"drafting\"");
        var json = files[ManifestReader.FileName].TrimEnd();
        files[ManifestReader.FileName] = json[..^1].TrimEnd() + ",\n" + """
              "publication": { "versions": [
                { "number": 1, "publishedOn": "2020-02-12", "publishedAt": "2020-02-12T09:00:00Z", "publishedBy": "l", "narrative": {} } ] }
            """ + "\n}\n";
        var problems = Northumbria.Parse(files).Problems.Select(p => p.Message).ToList();
        Assert.Contains("publication: the report has published versions, so the status must be \"published\"", problems);
    }
}
