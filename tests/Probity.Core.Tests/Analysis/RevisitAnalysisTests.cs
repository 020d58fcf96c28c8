using Probity.Core.Analysis;

namespace Probity.Core.Tests.Analysis;

public class RevisitAnalysisTests
{
    private static readonly AnalysisResult Result = RevisitAnalysis.Run(Programme.All(), AnalysisScope.Everything);

    [Fact]
    public void Only_providers_inspected_again_are_paired_earlier_to_later()
    {
        var pairs = RevisitAnalysis.Pairs(Programme.All()).ToList();
        var (earlier, later) = Assert.Single(pairs);
        Assert.Equal((1L, 3L), (earlier.Id, later.Id));
    }

    [Fact]
    public void Rating_changes_are_higher_same_or_lower_on_the_ordinal_scale()
    {
        AnalysisRow Change(string standard) => Result.Row("rating-changes", ("standard", standard));
        // A → C: 1.1 Good → Outstanding; 2.1 Inadequate → Inadequate; 4.2 Outstanding → Outstanding; overall Good (5) → Good (6).
        Assert.Equal(("Good", "Outstanding", "higher"), ((string)Change("1.1")["earlier_rating"]!, (string)Change("1.1")["later_rating"]!, (string)Change("1.1")["change"]!));
        Assert.Equal("same", Change("2.1")["change"]);
        Assert.Equal("same", Change(RevisitAnalysis.Overall)["change"]);
        var summary = Result.Row("summary", ("standard", "1.1"));
        Assert.Equal((1, 1, 0, 0), ((int)summary["providers"]!, (int)summary["higher"]!, (int)summary["same"]!, (int)summary["lower"]!));
        Assert.Equal(1, Result.Row("transitions", ("standard", "1.1"), ("earlier_rating", "Good"), ("later_rating", "Outstanding"))["providers"]);
    }

    [Fact]
    public void Key_question_changes_carry_the_arrow_and_the_z_test()
    {
        // 2.1.1: 3/6 = 50% → 3/20 = 15%; pooled 6/26: z = −0.35 / √(0.2308 · 0.7692 · (1/6 + 1/20)) = −1.785, p = 0.074.
        var row = Result.Row("item-changes", ("item", "2.1.1"));
        Assert.Equal((50, 15, -35, "▼"), ((int?)row["earlier_percent"], (int?)row["later_percent"], (int)row["change"]!, (string)row["direction"]!));
        Assert.InRange((double)row["z"]!, -1.787, -1.783);
        Assert.Equal(true, row["significant"]);
        Assert.Equal("▼", Result.Row("item-changes", ("item", "2.1.2"))["direction"]); // 1/4 = 25% → 3/20 = 15%
        Assert.Equal("=", Result.Row("item-changes", ("item", "4.2.1"))["direction"]); // 2/2 → 1/1
    }
}
