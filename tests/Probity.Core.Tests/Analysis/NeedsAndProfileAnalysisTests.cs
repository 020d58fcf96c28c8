using Probity.Core.Analysis;
using Probity.Core.Datasets;

namespace Probity.Core.Tests.Analysis;

public class NeedsAndProfileAnalysisTests
{
    private const string Cs = "case-supervision";

    [Fact]
    public void Needs_give_prevalence_and_delivery_of_each_factor_and_overall_three_ways()
    {
        var inspection = new HandBuilt.Inspection(1, 1, ProviderType.CRC, "2019/20")
            .Case(Cs, "need_drugs=yes delivered_drugs=yes need_alcohol=yes delivered_alcohol=no", "")
            .Case(Cs, "need_drugs=yes delivered_drugs=na", "")
            .Case(Cs, "need_accommodation=yes delivered_accommodation=yes", "")
            .Case(Cs, "need_drugs=no", "")
            .Case("through-the-gate", "need_drugs=yes delivered_drugs=yes", "");
        var result = NeedsAnalysis.Run([inspection.Facts()], AnalysisScope.Everything);

        AnalysisRow Factor(string key) => result.Row("factors", ("factor", key));
        // Through the Gate cases are not in the base: four case-supervision cases.
        Assert.Equal((4, 2, 50, 1, 0, 1, 50), ((int)Factor("drugs")["cases"]!, (int)Factor("drugs")["with_need"]!, (int?)Factor("drugs")["percent_with_need"],
            (int)Factor("drugs")["delivered"]!, (int)Factor("drugs")["not_delivered"]!, (int)Factor("drugs")["delivered_na"]!, (int?)Factor("drugs")["percent_delivered"]));
        Assert.Equal((1, 0), ((int)Factor("alcohol")["with_need"]!, (int?)Factor("alcohol")["percent_delivered"]));
        Assert.Equal(100, Factor("accommodation")["percent_delivered"]);
        Assert.Equal((0, (int?)null), ((int)Factor("ete")["with_need"]!, (int?)Factor("ete")["percent_delivered"]));

        var overall = result.Table("overall").Rows.Single();
        var row = new AnalysisRow(result.Table("overall"), overall);
        Assert.Equal((3, 4, 2, 50), ((int)row["with_any_need"]!, (int)row["factor_needs"]!, (int)row["factor_delivered"]!, (int?)row["percent_pooled"]));
        Assert.Equal((2, 67, 1, 33), ((int)row["any_delivered"]!, (int?)row["percent_any"], (int)row["all_delivered"]!, (int?)row["percent_all"]));
    }

    [Fact]
    public void The_profile_counts_characteristics_disability_kinds_first_nights_and_rosh_disagreements()
    {
        var inspection = new HandBuilt.Inspection(1, 1, ProviderType.CRC, "2019/20")
            .Case(Cs, "sex=female disability=yes disability_mental_illness=yes disability_learning=yes rosh=medium rosh_provider=low child_safeguarding=unknown", "")
            .Case(Cs, "sex=male disability=yes disability_mental_illness=yes disability_learning=no rosh=high rosh_provider=high", "")
            .Case(Cs, "sex=male disability=no rosh=low rosh_provider=medium", "")
            .Case(Cs, "sex=male", "")
            .Cases(2, "through-the-gate", "ttg_first_night_arrangement=pre-existing", "")
            .Case("through-the-gate", "ttg_first_night_arrangement=new-temporary", "")
            .Case("through-the-gate", "", "");
        var result = ProfileAnalysis.Run([inspection.Facts()], AnalysisScope.Everything);

        Assert.Equal((1, 4, 25), ((int)result.Row("characteristics", ("metric", "cs.female"))["count"]!, (int)result.Row("characteristics", ("metric", "cs.female"))["cases"]!,
            (int?)result.Row("characteristics", ("metric", "cs.female"))["percent"]));
        Assert.Equal(50, result.Row("characteristics", ("metric", "cs.disability"))["percent"]);
        Assert.Equal(25, result.Row("characteristics", ("metric", "cs.childSafeguardingUnknown"))["percent"]);

        // Kinds are shares of the two cases with a disability.
        Assert.Equal((2, 4, 50), ((int)result.Row("disability", ("kind", "any"))["count"]!, (int)result.Row("disability", ("kind", "any"))["base"]!, (int?)result.Row("disability", ("kind", "any"))["percent"]));
        Assert.Equal((2, 2, 100), ((int)result.Row("disability", ("kind", "mental-illness"))["count"]!, (int)result.Row("disability", ("kind", "mental-illness"))["base"]!, (int?)result.Row("disability", ("kind", "mental-illness"))["percent"]));
        Assert.Equal(50, result.Row("disability", ("kind", "learning"))["percent"]);
        Assert.Equal(0, result.Row("disability", ("kind", "sight"))["percent"]);

        // First night: of the three Through the Gate cases with it recorded.
        var preExisting = result.Row("first-night", ("arrangement", "pre-existing"));
        Assert.Equal((4, 2, 3, 67), ((int)preExisting["ttg_cases"]!, (int)preExisting["count"]!, (int)preExisting["base"]!, (int?)preExisting["percent"]));
        Assert.Equal(33, result.Row("first-night", ("arrangement", "new-temporary"))["percent"]);

        var rosh = new AnalysisRow(result.Table("rosh-classification"), result.Table("rosh-classification").Rows.Single());
        Assert.Equal((3, 1, 1, 1, 1), ((int)rosh["both_recorded"]!, (int)rosh["same"]!, (int)rosh["inspector_higher"]!, (int)rosh["inspector_lower"]!, (int)rosh["low_should_be_medium"]!));
    }
}
