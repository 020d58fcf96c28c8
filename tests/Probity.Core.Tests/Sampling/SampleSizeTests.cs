using Probity.Core.Sampling;

namespace Probity.Core.Tests.Sampling;

public class SampleSizeTests
{
    [Theory] // spec §6.4 illustration, N → n at 80% / 5
    [InlineData(20, 18)]
    [InlineData(30, 26)]
    [InlineData(40, 33)]
    [InlineData(60, 45)]
    [InlineData(100, 63)]
    [InlineData(150, 79)]
    [InlineData(250, 100)]
    [InlineData(500, 124)]
    [InlineData(1000, 142)]
    [InlineData(2000, 152)]
    [InlineData(5000, 160)]
    public void Spec_table(int population, int required) => Assert.Equal(required, SampleSize.Cochran(population).Required);

    [Fact] // ∞ → 165: n0 = 1.2815516² · 0.25 / 0.0025 = 164.237
    public void Unlimited_population()
    {
        var c = SampleSize.Cochran(null);
        Assert.Equal(164.2374, c.N0, 1e-4);
        Assert.Equal(1.281552, c.Z, 1e-6);
        Assert.Equal(165, c.Required);
    }

    // Northumbria 2019's case supervision sample of 97 (spec §6.4: "an eligible population of about 235"). By hand:
    // N = 230: 164.2374 / (1 + 163.2374/230) = 164.2374 / 1.709728 = 96.06 → 97;  N = 229: 164.2374 / 1.712827 = 95.89 → 96;
    // N = 235: 164.2374 / 1.694627 = 96.917 → 97;  N = 236: 164.2374 / 1.691684 = 97.085 → 98.
    [Theory]
    [InlineData(229, 96)]
    [InlineData(230, 97)]
    [InlineData(235, 97)]
    [InlineData(236, 98)]
    public void Populations_implied_by_a_sample_of_97(int population, int required) =>
        Assert.Equal(required, SampleSize.Cochran(population).Required);

    // A sample of 130: N = 598: 164.2374 / (1 + 163.2374/598) = 164.2374 / 1.272972 = 129.02 → 130;
    // N = 597: 164.2374 / 1.273429 = 128.97 → 129; N = 619: 164.2374 / 1.263712 = 129.964 → 130; N = 620: 164.2374 / 1.263286 = 130.008 → 131.
    [Theory]
    [InlineData(597, 129)]
    [InlineData(598, 130)]
    [InlineData(619, 130)]
    [InlineData(620, 131)]
    public void Populations_implied_by_a_sample_of_130(int population, int required) =>
        Assert.Equal(required, SampleSize.Cochran(population).Required);

    [Fact] // spec §6.4: the unpaid work "required sample size was 30" fits a planning estimate of about 36
    public void Unpaid_work_planning_estimate() => Assert.Equal(30, SampleSize.Cochran(36).Required);

    [Theory] // the formula asks for every case while N ≤ 1 + √n0 ≈ 13.8
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(13, 13)]
    [InlineData(14, 13)]
    public void Small_populations(int population, int required) => Assert.Equal(required, SampleSize.Cochran(population).Required);

    [Theory] // textbook values: 95% / 5 → 385 (1.96² · 0.25 / 0.0025 = 384.15); 95% / 3 → 1068; 90% / 5 → 271
    [InlineData(95, 5, 385)]
    [InlineData(95, 3, 1068)]
    [InlineData(90, 5, 271)]
    public void Other_confidence_and_margin(double confidence, double margin, int required) =>
        Assert.Equal(required, SampleSize.Cochran(null, confidence, margin).Required);

    [Fact] // spec §6.4 [X]: the formula is labelled as Probity's, in the spec's words
    public void Label_says_whose_formula_it_is() =>
        Assert.Equal("sample size calculated by Probity using Cochran's formula with finite population correction (z = 1.2816, p = 0.5, e = 0.05); "
            + "HMIP publishes only the 80% confidence / 5-point margin targets", SampleSize.Cochran(235).Label);

    [Fact]
    public void Working_shows_the_numbers() =>
        Assert.Equal("z = Φ⁻¹(1 − (1 − 0.8)/2) = 1.281552; n0 = z²·p(1 − p)/e² = 164.24; n = ceil(n0 / (1 + (n0 − 1)/N)) = ceil(164.24 / (1 + 163.24/235)) = 97",
            SampleSize.Cochran(235).Working);

    [Fact]
    public void Rejects_impossible_inputs()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SampleSize.Cochran(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => SampleSize.Cochran(10, 100));
        Assert.Throws<ArgumentOutOfRangeException>(() => SampleSize.Cochran(10, 80, 0));
    }
}
