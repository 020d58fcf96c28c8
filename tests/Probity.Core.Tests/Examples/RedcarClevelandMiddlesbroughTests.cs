using Probity.Core.Datasets;
using Probity.Core.Ratings;
using Probity.Core.Rules;
using Probity.Exchange;

namespace Probity.Core.Tests.Examples;

/// <summary>examples/redcar-cleveland-middlesbrough-2022 reproduces the seed's Annexe two for the PDU (seed 002).</summary>
public class RedcarClevelandMiddlesbroughTests
{
    private static readonly DatasetParseResult Parsed = DatasetFolder.Read(RepositoryPaths.Of("examples", "redcar-cleveland-middlesbrough-2022"));

    [Fact]
    public void Is_a_valid_pdu_dataset_without_warnings()
    {
        Assert.True(Parsed.Succeeded, string.Join("\n", Parsed.Problems));
        Assert.Empty(Parsed.Warnings);
        Assert.Equal("hmip-pdu-2021", Parsed.Dataset!.Framework.Id);
        Assert.Equal(ProviderType.PDU, Parsed.Dataset.Manifest.Provider.Type);
        Assert.Equal("North East", Parsed.Dataset.Manifest.Provider.Region);
    }

    [Fact] // Annexe two: "Score 8 /24", "Overall rating Requires improvement", and the nine rows
    public void Scores_8_out_of_24_requires_improvement_with_court_work_not_inspected()
    {
        var rating = Parsed.Rating!;
        Assert.Equal(8, rating.Score);
        Assert.Equal(24, rating.MaxScore);
        Assert.Equal(Rating.RequiresImprovement, rating.OverallRating);
        Assert.Equal(StandardStatus.NotInspected, rating.Standard("2.1")!.Status);
        var expected = new Dictionary<string, Rating>
        {
            ["1.1"] = Rating.RequiresImprovement, ["1.2"] = Rating.Good, ["1.3"] = Rating.RequiresImprovement, ["1.4"] = Rating.Good,
            ["2.2"] = Rating.Inadequate, ["2.3"] = Rating.RequiresImprovement, ["2.4"] = Rating.Inadequate, ["2.5"] = Rating.RequiresImprovement,
        };
        foreach (var (id, r) in expected) Assert.Equal(r, rating.Standard(id)!.Rating);
    }

    [Fact] // the ratings stand on the case data alone: no standard is near enough a boundary for the panel to move it
    public void No_case_data_standard_is_eligible_for_discretion()
    {
        foreach (var id in new[] { "2.2", "2.3", "2.4", "2.5" })
        {
            var s = Parsed.Rating!.Standard(id)!;
            Assert.False(s.Eligibility.Up || s.Eligibility.Down, $"{id} is eligible for discretion");
            Assert.Null(s.AppliedDecision);
            // Risk of harm is the weakness the letter's first recommendation names: every lowest key question keeps other people safe.
            Assert.All(s.LowestKeyQuestions, k => Assert.EndsWith(".3", k));
        }
    }

    [Fact] // the letter: PSOs' and PQiP learners' scores for keeping people safe were lower than qualified practitioners'
    public void Qualified_officers_keep_people_safe_better_than_psos_and_pqip_learners()
    {
        var dataset = Parsed.Dataset!;
        var keepingSafe = dataset.Framework.Questions.Items.Where(i => i.IsKeyQuestion && i.Population.Id == "CS-HARM").ToList();
        double Share(string grade)
        {
            int yes = 0, answered = 0;
            for (var c = 0; c < dataset.Cases.Count; c++)
            {
                if (dataset.Cases[c].Get(CaseColumns.RoGrade) != grade) continue;
                foreach (var item in keepingSafe)
                {
                    var a = dataset.Answers[c, item.Index];
                    if (a == Judgement.Yes) yes++;
                    if (a is Judgement.Yes or Judgement.No) answered++;
                }
            }
            return (double)yes / answered;
        }
        Assert.True(Share("PO") > Share("PSO"));
        Assert.True(Share("PO") > Share("PQiP"));
    }

    [Fact] // Annexe one: four for the PDU, one for the region, two for HMPPS
    public void Carries_the_seven_recommendations_of_annexe_one()
    {
        var recommendations = Parsed.Dataset!.Manifest.Recommendations.New;
        Assert.Equal(Enumerable.Range(1, 7), recommendations.Select(r => r.Number));
        Assert.Equal(4, recommendations.Count(r => r.Addressee == "Redcar, Cleveland and Middlesbrough PDU"));
        Assert.Equal("North East region", recommendations[4].Addressee);
    }
}
