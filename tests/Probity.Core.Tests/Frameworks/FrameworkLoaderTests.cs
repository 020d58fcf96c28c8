using Probity.Core.Frameworks;

namespace Probity.Core.Tests.Frameworks;

/// <summary>The loader reports every problem of a broken framework file, each with its JSON path.</summary>
public class FrameworkLoaderTests
{
    private const string Broken = """
        {
          "id": "Bad Id",
          "title": "A broken framework",
          "providerTypes": ["CRC", "Prison"],
          "samples": ["case-supervision", "custody"],
          "ratingRules": {
            "scale": [
              { "token": "inadequate", "name": "Inadequate", "score": 0 },
              { "token": "requires-improvement", "name": "Requires improvement", "score": 1 },
              { "token": "good", "name": "Good", "score": 2 },
              { "token": "outstanding", "name": "Outstanding", "score": 3 }
            ],
            "keyQuestionBands": [
              { "min": 10, "rating": "inadequate" },
              { "min": 65, "rating": "good" },
              { "min": 50, "rating": "requires-improvement" },
              { "min": 120, "rating": "superb" }
            ],
            "overallBands": { "basis": "points", "bands": [ { "min": 0, "rating": "inadequate" } ] },
            "discretion": { "proximityPoints": 5, "oneCaseTest": true, "downward": true, "maxBands": 1 }
          },
          "populations": [
            { "id": "CS", "name": "Case supervision", "sample": "case-supervision", "where": { "risk": ["low"], "rosh": ["lowish"] } },
            { "id": "CS", "name": "Again", "sample": "case-supervision" }
          ],
          "domains": [
            { "key": "2", "title": "Case supervision", "standards": [
              { "id": "2.1", "name": "Assessment", "statement": "S.", "ratedBy": "case-data", "keyQuestions": [
                { "id": "2.1.1", "title": "Q1?", "role": "rated", "population": "CS-HRM" },
                { "id": "2.1.1", "title": "Q1 again?", "role": "rated", "population": "CS" },
                { "id": "3.1.1", "title": "Misplaced?", "role": "rated", "population": "CS", "colour": "blue",
                  "prompts": [ { "id": "3.1.1.a", "text": "P?", "condition": "NOWHERE" } ] }
              ]},
              { "id": "2.2", "name": "Planning", "statement": "S.", "ratedBy": "case-data", "keyQuestions": [] }
            ]}
          ]
        }
        """;

    [Fact]
    public void Every_problem_is_reported_with_its_path()
    {
        var result = FrameworkLoader.Load(Broken, "broken.json");
        Assert.False(result.Succeeded);
        string[] expected =
        [
            "broken.json: $.id: \"Bad Id\" must be lower case",
            "$.providerTypes: \"Prison\" is not one of",
            "$.samples: \"custody\" is not a sample",
            "$.ratingRules.keyQuestionBands: the first band must start at 0",
            "$.ratingRules.keyQuestionBands[2]: min 50 must be above the previous band's min 65",
            "$.ratingRules.keyQuestionBands[3].min: 120 is outside 0–100",
            "$.ratingRules.keyQuestionBands[3].rating: \"superb\" is not one of",
            "$.populations[0].where.risk: \"risk\" is not a case attribute",
            "$.populations[0].where.rosh: \"lowish\" is not a value of rosh",
            "$.populations[1].id: population \"CS\" is defined twice",
            "keyQuestions[0].population: unknown population \"CS-HRM\"",
            "keyQuestions[1].id: key question id \"2.1.1\" is already used at",
            "keyQuestions[2].id: \"3.1.1\" should be the standard id \"2.1\" followed by one more segment",
            "keyQuestions[2]: unknown property \"colour\"",
            "prompts[0].condition: unknown condition \"NOWHERE\"",
            "$.domains[0].standards[1]: a case-data standard needs at least one rated key question",
        ];
        foreach (var e in expected)
            Assert.True(result.Problems.Any(p => p.Contains(e)), $"missing: {e}\nreported:\n{string.Join("\n", result.Problems)}");
        Assert.All(result.Problems, p => Assert.StartsWith("broken.json: $", p));
    }

    [Fact]
    public void Invalid_json_is_reported_with_its_line()
    {
        var result = FrameworkLoader.Load("{\n  \"id\": \"x\",\n  \"title\": \n}", "bad.json");
        Assert.StartsWith("bad.json:4: not valid JSON", Assert.Single(result.Problems));
    }

    [Fact]
    public void Bands_must_rise_in_rating_too()
    {
        var json = FrameworkCatalog.Source("hmip-crc-2019")!.Replace("\"rating\": \"good\",\n        \"label\": \"Reasonable majority\"", "\"rating\": \"inadequate\",\n        \"label\": \"Reasonable majority\"");
        var result = FrameworkLoader.Load(json, "x.json");
        Assert.Contains(result.Problems, p => p.Contains("keyQuestionBands[2]: rating inadequate must be higher than the previous band's"));
    }

    [Fact]
    public void A_framework_without_ratings_may_not_rate_standards()
    {
        var json = """
            { "id": "unrated-demo", "title": "Unrated", "samples": ["case-supervision"],
              "populations": [ { "id": "CS", "name": "Cases", "sample": "case-supervision" } ],
              "domains": [ { "key": "1", "title": "D", "standards": [
                 { "id": "1.1", "name": "A", "statement": "S.", "ratedBy": "none", "keyQuestions": [
                    { "id": "1.1.1", "title": "Counted?", "role": "counted", "population": "CS" } ] },
                 { "id": "1.2", "name": "B", "statement": "S.", "ratedBy": "case-data", "keyQuestions": [
                    { "id": "1.2.1", "title": "Rated?", "role": "rated", "population": "CS" } ] } ] } ] }
            """;
        var result = FrameworkLoader.Load(json, "u.json");
        Assert.Contains(result.Problems, p => p.Contains("\"case-data\" needs the framework's ratingRules"));
        var fixedJson = json.Replace("\"ratedBy\": \"case-data\"", "\"ratedBy\": \"none\"").Replace("\"role\": \"rated\"", "\"role\": \"counted\"");
        var ok = FrameworkLoader.Load(fixedJson, "u.json");
        Assert.True(ok.Succeeded, string.Join("\n", ok.Problems));
        Assert.False(ok.Framework!.IsRated);
        Assert.Equal(2, ok.Framework.Questions.Count);
    }
}
