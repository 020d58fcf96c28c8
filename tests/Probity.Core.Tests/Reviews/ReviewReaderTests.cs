using Probity.Core.Datasets;
using Probity.Core.Reviews;

namespace Probity.Core.Tests.Reviews;

/// <summary>review.json: the North East letter (seed 002) read whole, and malformed reviews reported all at once as file:line.</summary>
public class ReviewReaderTests
{
    private static readonly string ExampleJson = File.ReadAllText(RepositoryPaths.Of("examples", "north-east-region-2022", "review.json"));

    private static (RegionalReview? Review, List<DatasetProblem> Problems) Read(string json)
    {
        var problems = new List<DatasetProblem>();
        return (ReviewReader.Read(json, problems).Review, problems);
    }

    [Fact] // the areas in the letter's order, each with its key strengths and key areas for improvement
    public void Reads_the_north_east_letter()
    {
        var (review, problems) = Read(ExampleJson);
        Assert.Empty(problems);
        Assert.Equal("North East", review!.Region);
        Assert.Equal(new DateOnly(2022, 12, 22), review.LetterDate);
        Assert.Equal("Regional Probation Director", review.Addressee!.Role);
        Assert.Equal(["Leadership", "Staff", "Services and interventions", "Accredited programmes", "Unpaid work", "Information and facilities",
            "Statutory victim work", "Learning from Serious Further Offence investigations"], review.Areas.Select(a => a.Title));
        Assert.Equal([(5, 4), (6, 4), (4, 2), (1, 1), (1, 1), (5, 2), (5, 2), (0, 0)],
            review.Areas.Select(a => (a.Strengths.Count(), a.AreasForImprovement.Count())));
        Assert.Equal(["accredited-programmes", "unpaid-work", "information-and-facilities"], review.Areas.Where(a => a.HeadingsPrinted).Select(a => a.Key));
        Assert.All(review.Areas.SelectMany(a => a.Findings), f => Assert.NotEmpty(f.Evidence));
    }

    [Fact] // "In our regional survey of staff, 68 out of 84 respondents …"; "62 out of 82" (a smaller base: item non-response)
    public void Findings_cite_their_evidence_with_its_counts()
    {
        var review = Read(ExampleJson).Review!;
        var counts = review.Areas.SelectMany(a => a.Findings).SelectMany(f => f.Evidence).Where(e => e.Source == EvidenceSource.StaffSurvey)
            .Select(e => (e.Numerator, e.Denominator));
        Assert.Equal([(68, 84), (65, 84), (62, 82)], counts);
        var victims = review.Areas.Single(a => a.Key == "statutory-victim-work").AreasForImprovement.First().Evidence;
        Assert.All(victims, e => Assert.Equal((EvidenceSource.CaseInspection, 2, 13), (e.Source, e.Numerator!.Value, e.Denominator!.Value)));
    }

    [Fact] // Annexe one: numbered per PDU; the region's and HMPPS's continue the PDU's numbering
    public void Records_annexe_one_by_addressee()
    {
        var review = Read(ExampleJson).Review!;
        var rcm = review.FindPdu("rcm")!;
        var gst = review.FindPdu("gst")!;
        Assert.Equal([AddresseeLevel.Pdu, AddresseeLevel.Pdu, AddresseeLevel.Pdu, AddresseeLevel.Pdu, AddresseeLevel.Region, AddresseeLevel.Hmpps, AddresseeLevel.Hmpps],
            rcm.Recommendations.Select(r => r.Level));
        Assert.Equal(Enumerable.Range(1, 11), gst.Recommendations.Select(r => r.Number));
        Assert.Equal((6, 1, 4), (gst.Recommendations.Count(r => r.Level == AddresseeLevel.Pdu), gst.Recommendations.Count(r => r.Level == AddresseeLevel.Region),
            gst.Recommendations.Count(r => r.Level == AddresseeLevel.Hmpps)));
        Assert.Equal("South Tyneside and Gateshead PDU", gst.Recommendations[0].Addressee);
        Assert.Equal("HM Prison and Probation Service", gst.Recommendations[^1].Addressee);
        Assert.Equal("../redcar-cleveland-middlesbrough-2022", rcm.Dataset);
        Assert.Null(gst.Dataset);
    }

    [Fact] // only what the seed gives for Gateshead and South Tyneside: its overall rating, from the letter's Summary
    public void Records_only_what_the_letter_gives_for_a_pdu_without_a_dataset()
    {
        var gst = Read(ExampleJson).Review!.FindPdu("gst")!;
        Assert.Equal(Ratings.Rating.Good, gst.Published!.OverallRating);
        Assert.Null(gst.Published.Score);
        Assert.Empty(gst.Published.Standards);
    }

    [Fact]
    public void Writing_and_reading_back_gives_the_same_review()
    {
        var review = Read(ExampleJson).Review!;
        var written = ReviewWriter.Write(review);
        var (again, problems) = Read(written);
        Assert.Empty(problems);
        Assert.Equal(written, ReviewWriter.Write(again!));
        Assert.Equal(review.Areas.Sum(a => a.Findings.Sum(f => f.Evidence.Count)), again!.Areas.Sum(a => a.Findings.Sum(f => f.Evidence.Count)));
    }

    [Fact] // every problem at once, each with its line
    public void A_malformed_review_lists_every_problem_with_its_line()
    {
        const string json = """
            {
              "region": "North East",
              "letterDate": "22/12/2022",
              "pduInspections": [
                { "key": "rcm", "name": "Redcar, Cleveland and Middlesbrough", "framework": "hmip-pdu-2021",
                  "published": { "score": 30, "maxScore": 24, "standards": [
                    { "standard": "2.2", "name": "Assessment", "rating": "inadequate" },
                    { "standard": "2.2", "name": "Planning", "rating": "requires-improvement" } ] },
                  "recommendations": [
                    { "number": 1, "level": "pdu", "addressee": "Redcar, Cleveland and Middlesbrough PDU", "text": "improve" },
                    { "number": 3, "level": "county", "addressee": "North East region", "text": "ensure" } ] },
                { "key": "rcm", "name": "Again" },
                { "key": "gst", "name": "Gateshead and South Tyneside" }
              ],
              "areas": [
                { "key": "staff", "title": "Staff", "findings": [
                  { "polarity": "good", "text": "x", "evidence": [ { "source": "staff-survey", "detail": "workload manageable", "numerator": 62 } ] },
                  { "polarity": "strength", "text": "y", "evidence": [ { "source": "gossip", "detail": "z", "numerator": 90, "denominator": 84, "inspection": "nwl" } ] },
                  { "polarity": "area-for-improvement", "text": "w" } ] },
                { "key": "staff", "title": "Staff again" }
              ]
            }
            """;
        var (review, problems) = Read(json);
        Assert.Null(review);
        var printed = problems.Select(p => p.ToString()).ToList();
        string[] expected =
        [
            "review.json:3: letterDate: \"22/12/2022\" is not a date in the form yyyy-mm-dd",
            "review.json:6: pduInspections[0].published.score: 30 is above the maximum score 24",
            "review.json:8: pduInspections[0].published.standards[1].standard: standard 2.2 is listed twice (the letter prints 2.2 twice: Probity numbers the standards as the framework does)",
            "review.json:8: pduInspections[0].published.standards[1].name: standard 2.2 of hmip-pdu-2021 is \"Assessment\", not \"Planning\"",
            "review.json:11: pduInspections[0].recommendations[1].level: \"county\" is not one of pdu, region, hmpps, moj",
            "review.json:11: pduInspections[0].recommendations[1].number: is 3; a PDU's recommendations are numbered 1, 2, 3 … in order, so this one is 2",
            "review.json:12: pduInspections[1].key: PDU inspection \"rcm\" is linked twice",
            "review.json:12: pduInspections[1]: link its \"dataset\" folder, or record what the letter prints about it (\"published\", \"recommendations\")",
            "review.json:13: pduInspections[2]: link its \"dataset\" folder, or record what the letter prints about it (\"published\", \"recommendations\")",
            "review.json:17: areas[0].findings[0].polarity: \"good\" is not one of strength, area-for-improvement",
            "review.json:17: areas[0].findings[0].evidence[0]: give both numerator and denominator (\"68 out of 84\"), or neither",
            "review.json:18: areas[0].findings[1].evidence[0].source: \"gossip\" is not one of staff-survey, pdu-inspections, case-inspection, provider-data, national-data, fieldwork",
            "review.json:18: areas[0].findings[1].evidence[0].numerator: 90 cannot exceed the denominator 84",
            "review.json:19: areas[0].findings[2]: \"evidence\" is required: each finding cites what it rests on",
            "review.json:20: areas[1].key: area \"staff\" is defined twice",
            "review.json:20: areas[1]: an area needs its narrative, its findings, or both",
            "review.json:18: areas[0].findings[1].evidence[0].inspection: \"nwl\" is not the key of a linked PDU inspection (rcm, gst)",
        ];
        Assert.Equal(expected.Order(), printed.Order());
    }

    [Theory]
    [InlineData("", "review.json: the file is empty; it must hold the review's JSON object (region, areas, pduInspections, …)")]
    [InlineData("{\n  \"region\": \"North East\",\n  \"areas\": [\n}", "review.json:4: not valid JSON")]
    [InlineData("{ \"areas\": [ { \"key\": \"a\", \"title\": \"A\", \"narrative\": [\"x\"] } ], \"regoin\": \"NE\" }", "review.json:1: \"region\" is required")]
    public void Unreadable_reviews_say_why(string json, string expectedStart)
    {
        var (review, problems) = Read(json);
        Assert.Null(review);
        Assert.StartsWith(expectedStart, problems[0].ToString());
    }
}
