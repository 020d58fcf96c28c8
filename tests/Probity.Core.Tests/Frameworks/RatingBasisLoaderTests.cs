using Probity.Core.Frameworks;

namespace Probity.Core.Tests.Frameworks;

/// <summary>A standard is rated by none exactly when its framework has no rating rules (the rater relies on this).</summary>
public class RatingBasisLoaderTests
{
    private static FrameworkLoadResult LoadWith(string framework, string from, string to)
    {
        var json = FrameworkCatalog.Source(framework)!;
        var at = json.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0);
        return FrameworkLoader.Load(json[..at] + to + json[(at + from.Length)..], "variant.json");
    }

    [Fact]
    public void A_rated_framework_rates_every_standard()
    {
        var result = LoadWith("hmip-crc-2019", "\"ratedBy\": \"case-data\"", "\"ratedBy\": \"none\"");
        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.ToString().Contains("a framework with rating rules rates every standard (case-data or judgement)", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unrated_framework_rates_no_standard()
    {
        var result = LoadWith("hmip-qi-2017", "\"ratedBy\": \"none\"", "\"ratedBy\": \"judgement\"");
        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.ToString().Contains("\"judgement\" needs the framework's ratingRules", StringComparison.Ordinal));
    }
}
