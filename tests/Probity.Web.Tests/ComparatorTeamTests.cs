using Probity.Web.Tests.Infrastructure;

namespace Probity.Web.Tests;

/// <summary>A lead inspector puts the national comparator only on a draft whose team they are in: another team's draft is neither offered nor accepted.</summary>
public sealed class ComparatorTeamTests(NationalWeb national) : IClassFixture<NationalWeb>
{
    private const string Query = "?provider-type=CRC&framework=hmip-crc-2019";

    [Fact]
    public async Task A_lead_outside_the_team_is_not_offered_the_draft_and_is_refused_it()
    {
        var web = national.Web;
        var other = await web.SignInAsNewUserAsync("other.lead", Data.Users.UserRole.LeadInspector);

        var page = await other.GetAsync($"/analysis/comparator{Query}");
        var refused = await other.PostFormAsync($"/analysis/comparator{Query}", new() { ["inspection"] = $"{national.Northumbria}" }, formPage: "/inspections/new");

        Assert.DoesNotContain($"{national.Northumbria}", page.Document.QuerySelectorAll("select#inspection option").Select(o => o.GetAttribute("value")));
        Assert.Equal(403, refused.Status);
        Assert.DoesNotContain(await web.Store.Audit.ForInspectionAsync(national.Northumbria), e => e.Action == "national-comparator" && e.UserName == "other.lead");
    }
}
