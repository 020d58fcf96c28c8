using Probity.Core.Text;

namespace Probity.Core.Tests.Text;

/// <summary>§9.3's generator against every phrase of §9.2 (the 2019 Northumbria report) and its own preferred-wording rules.</summary>
public class QuantifierPhrasesTests
{
    // §9.2: (published %, the phrase family in the report, framed as the complement "… not …").
    public static TheoryData<int, string, bool> PublishedPhrases => new()
    {
        { 81, "8 out of 10", false },                  // 2.1.1.a "For 8 out of 10 people"
        { 64, "over one-third", true },                // 2.1.1.c "over one-third of people were not consulted"
        { 44, "only 44 per cent", false },             // 2.1.3.a
        { 46, "less than half", false },               // 2.1.3.b
        { 89, "a large majority", false },             // 2.1.3.d
        { 85, "a large majority", false },             // 2.1.3.e
        { 78, "over three-quarters", false },          // KQ 2.2.1
        { 75, "three-quarters", false },               // 2.2.1.d
        { 77, "more than three-quarters", false },     // 2.2.2.a
        { 50, "only half", false },                    // 2.2.3.c
        { 89, "89 per cent", false },                  // 2.3.1.c
        { 47, "only half", false },                    // 2.3.2.d
        { 53, "just over half", false },               // 2.3.2.e
        { 65, "a reasonable majority", false },        // 2.3.3.a
        { 53, "only 53 per cent", false },             // 2.3.3.b
        { 67, "two-thirds", false },                   // 2.3.3.c
        { 43, "only around 4 out of 10", false },      // 2.3.3.d "in only around 4 out of every 10 cases"
        { 35, "only a third", false },                 // 2.3.3.e
        { 61, "just over 6 out of 10", false },        // 2.4.1.b
        { 44, "less than half", false },               // 2.4.1.c
        { 70, "7 out of 10", false },                  // KQ 2.4.2 "7 out of ten"
        { 80, "a large majority", false },             // 2.4.2.b "the large majority"
        { 33, "only a third", false },                 // 2.4.3.a
        { 47, "under half", false },                   // 2.4.3.b
        { 33, "around two-thirds", true },             // 2.4.3.c "a missed opportunity in around two-thirds"
        { 48, "less than one-half", false },           // KQ 4.1.1
        { 48, "over half", true },                     // KQ 4.1.1 "not personalised … for over half of the cases"
        { 79, "almost 8 out of 10", false },           // KQ 4.1.2
        { 79, "79 per cent", false },                  // KQ 4.1.2
        { 84, "84 per cent", false },                  // KQ 4.1.4
        { 64, "64 per cent", false },                  // KQ 4.2.1
        { 73, "almost three-quarters", false },        // 4.2.1.b and 4.2.1.e
        { 82, "more than 8 out of 10", false },        // KQ 4.2.2
        { 91, "more than 9 out of 10", false },        // KQ 4.2.3 "more than 9 out of every 10"
        { 91, "91 per cent", false },                  // KQ 4.2.3
    };

    [Theory]
    [MemberData(nameof(PublishedPhrases))]
    public void Offers_every_phrase_family_the_2019_report_uses(int percent, string phrase, bool complement)
    {
        var s = QuantifierPhrases.Suggest(percent);
        Assert.Contains(phrase, complement ? s.ComplementPhrases : s.Phrases);
    }

    [Theory] // §9.3 step 2 on the nearest anchor, with the exact value
    [InlineData(74, 100, "three-quarters")]       // |diff| ≤ 1: no qualifier
    [InlineData(76, 97, "almost 8 out of 10")]    // 78.35: 1.65 under 80
    [InlineData(53, 100, "just over half")]       // 3 over 50
    [InlineData(58, 100, "almost 6 out of 10")]   // 2 under 60
    [InlineData(55, 100, "55 per cent")]          // 5 from both 50 and 60: outside the window
    [InlineData(36, 100, "just over a third")]    // 2.67 over 33.3
    public void Prefers_the_nearest_anchor_qualified_by_the_difference(int yes, int answered, string expected) =>
        Assert.Equal(expected, QuantifierPhrases.Suggest(yes, answered).Preferred);

    [Theory] // §9.3 step 3
    [InlineData(44, "less than half")]
    [InlineData(49, "less than half")]
    [InlineData(80, "a large majority")]
    [InlineData(89, "a large majority")]
    [InlineData(96, "almost all")]
    [InlineData(100, "all")]
    public void Special_ranges_come_first(int percent, string expected) =>
        Assert.Equal(expected, QuantifierPhrases.Suggest(percent).Preferred);

    [Fact]
    public void Uses_the_exact_value_not_the_rounded_one()
    {
        // 2/3 = 66.67 sits on the two-thirds anchor; 65/100 is 1.67 under it and so "almost".
        Assert.Equal("two-thirds", QuantifierPhrases.Suggest(2, 3).Preferred);
        Assert.Equal("almost two-thirds", QuantifierPhrases.Suggest(65, 100).Preferred);
    }

    [Fact]
    public void Never_offers_only_for_a_good_figure() =>
        Assert.DoesNotContain(QuantifierPhrases.Suggest(70).Phrases, p => p.StartsWith("only", StringComparison.Ordinal));

    [Fact]
    public void Refuses_a_figure_with_no_cases() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => QuantifierPhrases.Suggest(0, 0));
}
