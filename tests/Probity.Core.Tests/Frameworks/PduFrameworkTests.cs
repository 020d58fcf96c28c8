using Probity.Core.Frameworks;
using Probity.Core.Ratings;
using Probity.Core.Rules;

namespace Probity.Core.Tests.Frameworks;

/// <summary>hmip-pdu-2021: the unified service's PDU standards, carried 2019 wording, and the band table for a shrinking maximum.</summary>
public class PduFrameworkTests
{
    private static readonly FrameworkVersion Pdu = FrameworkCatalog.Get("hmip-pdu-2021");
    private static readonly FrameworkVersion Crc2019 = FrameworkCatalog.Get("hmip-crc-2019");

    [Fact]
    public void Loads_and_validates_from_its_file()
    {
        var result = FrameworkLoader.Load(FrameworkCatalog.Source("hmip-pdu-2021")!, "hmip-pdu-2021.json");
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
    }

    [Fact] // seed 002 Annexe two, numbered as the framework numbers it (the seed prints 2.2 twice)
    public void Has_the_nine_standards_of_annexe_two()
    {
        Assert.Equal(["1.1 Leadership", "1.2 Staff", "1.3 Services", "1.4 Information and facilities", "2.1 Court work", "2.2 Assessment",
            "2.3 Planning", "2.4 Implementation and delivery", "2.5 Reviewing"], Pdu.Standards.Select(s => s.ToString()));
        Assert.Equal(["Organisational delivery", "Court work and case supervision"], Pdu.Domains.Select(d => d.Title));
        Assert.Equal(["PDU"], Pdu.ProviderTypes);
        Assert.Equal(new Terminology("person on probation", "probation practitioner"), Pdu.Terminology);
        Assert.Equal(["case-supervision", "court-work"], Pdu.Samples);
    }

    [Fact] // the 2019 case-supervision key questions and prompts, renumbered 2.x → 2.(x+1), keep their wording but for the person's name
    public void Case_supervision_wording_is_carried_from_2019_with_the_new_terminology()
    {
        static string Renumber(string id) => string.Join('.', id.Split('.').Select((part, i) => i == 1 ? (int.Parse(part) + 1).ToString() : part));
        static string Terms(string text) => text.Replace("service user's", "person on probation's").Replace("service user", "person on probation");
        var carried = Crc2019.Standards.Where(s => s.Domain.Key == "2").SelectMany(s => s.KeyQuestions).ToList();
        Assert.Equal(12, carried.Count);
        foreach (var old in carried)
        {
            var kq = Pdu.FindKeyQuestion(Renumber(old.Id))!;
            Assert.Equal(Terms(old.Title), kq.Title);
            Assert.Equal(old.Population!.Id, kq.Population!.Id);
            Assert.Equal("carried-from-hmip-crc-2019", kq.WordingSource);
            Assert.Equal(old.Prompts.Select(p => (Renumber(p.Id), Terms(p.Text), p.Condition?.Id)), kq.Prompts.Select(p => (p.Id, p.Text, p.Condition?.Id)));
        }
        Assert.DoesNotContain(Pdu.Questions.Items, i => (i.Prompt?.Text ?? i.KeyQuestion.Title).Contains("service user"));
    }

    [Fact]
    public void Court_work_is_case_data_on_the_court_work_sample_and_says_its_wording_is_ours()
    {
        var court = Pdu.FindStandard("2.1")!;
        Assert.Equal(RatingBasis.CaseData, court.RatedBy);
        Assert.All(court.KeyQuestions, k =>
        {
            Assert.Equal("court-work", k.Population!.Sample);
            Assert.Equal("probity-proposal", k.WordingSource);
        });
    }

    [Theory] // our band table (frameworks/README.md): RCM's 8/24 is Requires improvement
    [InlineData(8, 24, Rating.RequiresImprovement)]
    [InlineData(4, 24, Rating.Inadequate)]            // 16.7%
    [InlineData(5, 24, Rating.RequiresImprovement)]   // 20.8%
    [InlineData(12, 24, Rating.RequiresImprovement)]  // 50%
    [InlineData(13, 24, Rating.Good)]                 // 54.2%
    [InlineData(20, 24, Rating.Good)]                 // 83.3%
    [InlineData(21, 24, Rating.Outstanding)]          // 87.5%
    [InlineData(5, 27, Rating.Inadequate)]
    [InlineData(6, 27, Rating.RequiresImprovement)]
    [InlineData(15, 27, Rating.Good)]
    [InlineData(24, 27, Rating.Outstanding)]
    public void Overall_bands_are_a_share_of_the_maximum(int score, int max, Rating expected) =>
        Assert.Equal(expected, OverallRating.Band(score, max, Pdu.RatingRules!));

    [Fact] // the table is the CRC's R18 table re-expressed as a share of the maximum: at 30 it gives exactly R18's bands
    public void At_a_maximum_of_thirty_the_bands_are_the_crc_bands()
    {
        for (var score = 0; score <= 30; score++)
            Assert.Equal(OverallRating.Band(score, 30, Crc2019.RatingRules!), OverallRating.Band(score, 30, Pdu.RatingRules!));
    }

    [Fact] // court work not inspected: the maximum shrinks from 27 to 24 and the score leaves it out
    public void Court_work_not_inspected_shrinks_the_maximum_to_24()
    {
        var tallies = Pdu.Questions.Items.ToDictionary(i => i.Id, _ => new Tally(70, 30));
        var judgements = new Dictionary<string, Rating> { ["1.1"] = Rating.Good, ["1.2"] = Rating.Good, ["1.3"] = Rating.Good, ["1.4"] = Rating.Good };
        var all = InspectionRater.Rate(Pdu, new RatingInputs { Tallies = tallies, DomainOneRatings = judgements });
        var withoutCourt = InspectionRater.Rate(Pdu, new RatingInputs { Tallies = tallies, DomainOneRatings = judgements, NotInspected = ["2.1"] });
        Assert.Equal((18, 27), (all.Score!.Value, all.MaxScore));
        Assert.Equal((16, 24), (withoutCourt.Score!.Value, withoutCourt.MaxScore));
        Assert.Equal(StandardStatus.NotInspected, withoutCourt.Standard("2.1")!.Status);
        Assert.Null(withoutCourt.Standard("2.1")!.Rating);
        Assert.Equal(Rating.Good, withoutCourt.OverallRating);
    }
}
