using Microsoft.Playwright;
using Probity.Core.Ratings;
using Probity.Core.Rules;
using Probity.Exchange;
using Probity.Tests.Shared;

namespace Probity.Web.BrowserTests;

/// <summary>
/// "The inspection built in the browser, exported and rated by <c>./probity rate</c>, gives the ratings the web app shows":
/// the inspection is written as a dataset folder as <c>./probity export</c> writes it (the stored dataset, then
/// <see cref="DatasetFolder.Write"/>), read back and rated as <c>./probity rate</c> reads it (<see cref="DatasetFolder.Read"/>),
/// and every standard's rating, every key question's percentage, the score and the overall rating are compared with the
/// panel page as the browser shows it.
/// </summary>
public static class RatingsAgreeWithTheExportRated
{
    public static async Task AssertAsync(IPage panel, LiveSite site, long inspection)
    {
        using var folder = new TempFolder();
        var exported = Path.Combine(folder.Path, "export");
        DatasetFolder.Write(await site.Store.Datasets.LoadAsync(inspection), exported);
        var read = DatasetFolder.Read(exported);
        Assert.True(read.Succeeded, string.Join("; ", read.Problems.Select(p => p.ToString())));
        var rating = read.Rating!;

        await panel.GotoAsync($"{site.BaseUrl}/inspections/{inspection}/panel");
        await LiveSite.AssertAccessibleAsync(panel);
        if (rating.Framework.IsRated)
        {
            await Assertions.Expect(panel.GetByTestId("score")).ToHaveTextAsync(rating.Score is { } score ? $"{score}/{rating.MaxScore}" : "Not yet: a standard has no rating");
            await Assertions.Expect(panel.GetByTestId("overall-rating")).ToHaveTextAsync(rating.OverallRating?.DisplayName() ?? "Not yet");
        }
        else
        {
            await Assertions.Expect(panel.GetByTestId("score")).ToHaveCountAsync(0);
            await Assertions.Expect(panel.GetByTestId("overall-rating")).ToHaveCountAsync(0);
        }
        foreach (var standard in rating.Standards)
        {
            var id = standard.Standard.Id.Replace(".", "\\.", StringComparison.Ordinal);
            var shown = standard.Rating?.DisplayName() ?? standard.Status switch
            {
                StandardStatus.NotInspected => "Not inspected",
                StandardStatus.Unrated => "Not rated",
                _ => "No rating yet",
            };
            await Assertions.Expect(panel.Locator($"#standard-{id}")).ToHaveTextAsync($"{standard.Standard.Id} {standard.Standard.Name}: {shown}");
            if (standard.Standard.RatedBy == Core.Frameworks.RatingBasis.Judgement) continue;
            var rows = panel.GetByTestId($"kq-{standard.Standard.Id}").Locator("tbody tr");
            await Assertions.Expect(rows).ToHaveCountAsync(standard.KeyQuestions.Count);
            for (var i = 0; i < standard.KeyQuestions.Count; i++)
            {
                var kq = standard.KeyQuestions[i];
                if (kq.KeyQuestion.TableText is not null || kq.Tally is null) continue;
                await Assertions.Expect(rows.Nth(i).Locator("th")).ToContainTextAsync(kq.KeyQuestion.Id);
                await Assertions.Expect(rows.Nth(i).Locator("td").Nth(4)).ToHaveTextAsync(kq.Percent is { } p ? $"{p}%" : "–");
            }
        }
    }
}
