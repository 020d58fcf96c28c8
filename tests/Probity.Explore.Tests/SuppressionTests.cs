using Probity.Explore.Engine;
using Probity.Explore.Questions;
using Probity.Synthetic;

namespace Probity.Explore.Tests;

public class SuppressionTests
{
    private static ExploreCell Cell(int[] codes, long yes, long no) => new(codes, yes, no, 0, 1);

    [Fact]
    public void A_small_base_is_suppressed_and_so_is_the_total_that_would_give_it_away()
    {
        ExploreCell small = Cell([1], 2, 1), large = Cell([2], 40, 20), total = Cell([-1], 42, 21);
        Suppression.Apply(1, [small, large], [total]);
        Assert.Equal((true, false, true), (small.Suppressed, large.Suppressed, total.Suppressed));
    }

    [Fact]
    public void Two_suppressed_parts_leave_the_total_shown()
    {
        ExploreCell a = Cell([1], 2, 1), b = Cell([2], 1, 1), c = Cell([3], 30, 30), total = Cell([-1], 33, 32);
        Suppression.Apply(1, [a, b, c], [total]);
        Assert.Equal((true, true, false, false), (a.Suppressed, b.Suppressed, c.Suppressed, total.Suppressed));
    }

    [Fact]
    public void With_two_splits_a_suppressed_row_total_is_protected_in_turn()
    {
        // Row 1: one small cell, so its row total goes; then the grand total over rows has one suppressed part and goes too.
        ExploreCell c11 = Cell([1, 1], 1, 1), c12 = Cell([1, 2], 20, 20), c21 = Cell([2, 1], 20, 20), c22 = Cell([2, 2], 20, 20);
        ExploreCell r1 = Cell([1, -1], 21, 21), r2 = Cell([2, -1], 40, 40), k1 = Cell([-1, 1], 21, 21), k2 = Cell([-1, 2], 40, 40), grand = Cell([-1, -1], 61, 61);
        Suppression.Apply(2, [c11, c12, c21, c22], [r1, r2, k1, k2, grand]);
        Assert.True(c11.Suppressed && r1.Suppressed && k1.Suppressed && grand.Suppressed);
        Assert.False(c12.Suppressed || c21.Suppressed || c22.Suppressed || r2.Suppressed || k2.Suppressed);
    }

    [Fact]
    public void Pooling_an_item_across_versions_that_differ_asks_for_a_framework()
    {
        var builder = new ExploreDataBuilder();
        var n = 0;
        foreach (var dataset in SyntheticNational.Generate(new SyntheticNational.Options { Inspections = 20, CasesPerInspection = 20, Seed = 7 })) builder.Add(dataset, ++n);
        var data = builder.Build();
        var error = Assert.Throws<QuestionException>(() => data.Answer(data.Ask("2.1.3", null, null)));
        Assert.Contains("2.1.3 is not comparable between hmip-crc-2018 and hmip-qi-2017", error.Message, StringComparison.Ordinal);
        Assert.Contains("framework=hmip-qi-2017", error.Message, StringComparison.Ordinal);
        // 2019's 2.1.3 is marked comparable with 2018's, so the two pool.
        Assert.NotEmpty(data.Answer(data.Ask("2.1.3", "framework in (hmip-crc-2018, hmip-crc-2019)", null)).Cells);
        var one = data.Answer(data.Ask("2.1.3", "framework=hmip-qi-2017", "sex"));
        Assert.NotEmpty(one.Cells);
        Assert.All(one.Cells, c => Assert.Equal(c.Base < 5, c.Suppressed || c.Base < 5));
    }
}
