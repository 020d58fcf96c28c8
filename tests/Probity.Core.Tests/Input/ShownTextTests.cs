using Probity.Core.Datasets;
using Probity.Core.Input;

namespace Probity.Core.Tests.Input;

/// <summary>What a problem message may echo of the input: one line, no terminal controls, long values cut.</summary>
public class ShownTextTests
{
    [Fact]
    public void Plain_text_is_unchanged()
    {
        const string text = "question \"2.2.9\" is not in framework hmip-crc-2019 (did you mean 2.2.3?) — café";
        Assert.Same(text, ShownText.Safe(text));
    }

    [Fact]
    public void Line_breaks_tabs_and_escape_sequences_are_escaped()
    {
        Assert.Equal("a\\nb\\rc\\td\\u001b[31m", ShownText.Safe("a\nb\rc\td\u001b[31m"));
    }

    [Fact]
    public void Bidi_overrides_and_invisible_characters_are_escaped()
    {
        Assert.Equal("x\\u202ey\\u200bz\\ufeff", ShownText.Safe("x\u202ey\u200bz\ufeff"));
    }

    [Fact]
    public void A_surrogate_pair_is_kept_and_half_of_one_is_escaped()
    {
        Assert.Equal("😀 \\ud800", ShownText.Safe("😀 \ud800"));
    }

    [Fact]
    public void A_long_run_is_shortened_with_its_length()
    {
        var shown = ShownText.Safe("id \"" + new string('x', 1_000) + "\" is unknown");
        Assert.StartsWith("id \"" + new string('x', 59) + "…", shown);
        Assert.Contains("[1,002 characters] is unknown", shown);
    }

    [Fact]
    public void A_long_message_of_short_words_is_cut_in_the_middle()
    {
        var shown = ShownText.Safe(string.Join(' ', Enumerable.Repeat("word", 5_000)));
        Assert.True(shown.Length <= ShownText.MaxMessage + 100, shown.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("characters left out", shown);
    }

    [Fact]
    public void A_problem_shows_its_file_and_message_safely_however_it_is_made()
    {
        var problem = new DatasetProblem("a\nb.csv", 1, "x\u001by");
        Assert.Equal("a\\nb.csv:1: x\\u001by", problem.ToString());
        Assert.Equal("c\\u0007.csv", (problem with { File = "c\a.csv" }).File);
    }
}
