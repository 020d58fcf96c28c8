using Probity.Core.Ratings;
using Probity.Core.Rules;
using Probity.Web.Pages.Inspections.Panel;
using Probity.Web.Tests.Infrastructure;

namespace Probity.Web.Tests;

/// <summary>
/// The panel's decision form offers what the rules allow: no move off the rating scale; a discretion move the rules
/// do not make eligible only with the reason the rules do not cover the case.
/// </summary>
public sealed class PanelDecisionFormTests
{
    [Theory]
    [InlineData(Rating.Inadequate, new[] { "up" })]
    [InlineData(Rating.RequiresImprovement, new[] { "up", "down" })]
    [InlineData(Rating.Outstanding, new[] { "down" })]
    public void The_form_offers_only_the_moves_the_scale_leaves_open(Rating banded, string[] offered) =>
        Assert.Equal(offered, new DecisionForm { Banded = banded }.MoveOptions.Select(o => o.Item1));

    [Fact]
    public void Down_from_inadequate_is_refused_even_when_sent()
    {
        var form = Form(Rating.Inadequate, DiscretionEligibility.None, "down", outsideRules: "Because");
        var failures = new DecisionFormValidator().Validate(form).Errors;
        Assert.Contains(failures, f => f.PropertyName == "move" && f.ErrorMessage == "2.1 Assessment is Inadequate, so it cannot move down");
    }

    [Fact]
    public void A_move_the_rules_do_not_make_eligible_needs_the_reason_and_an_eligible_one_does_not()
    {
        var validator = new DecisionFormValidator();
        var outside = validator.Validate(Form(Rating.Good, new DiscretionEligibility(false, true, false, false), "up", outsideRules: " ")).Errors;
        Assert.Equal("2.1 Assessment is not eligible for discretion up: say why the rules do not cover this case",
            Assert.Single(outside, f => f.PropertyName == "outside-rules").ErrorMessage);

        Assert.True(validator.Validate(Form(Rating.Good, new DiscretionEligibility(false, true, false, false), "up", outsideRules: "The sample missed the new hub")).IsValid);
        Assert.True(validator.Validate(Form(Rating.Good, new DiscretionEligibility(false, true, false, false), "down", outsideRules: null)).IsValid);
        var qualitative = Form(Rating.Good, DiscretionEligibility.None, "up", outsideRules: null);
        qualitative.Basis = "qualitative";
        Assert.True(validator.Validate(qualitative).IsValid);
    }

    [Fact]
    public async Task The_panel_moves_a_standard_the_rules_do_not_cover_with_its_reason_which_is_kept()
    {
        using var web = new WebFactory();
        var id = await web.DemoInspectionAsync();
        var session = await web.SignInAsync("demo.panel");
        var path = $"/inspections/{id}/panel/standards/2.1";
        Assert.NotNull((await session.GetAsync(path)).Document.QuerySelector("textarea#outside-rules"));

        var refused = await session.PostFormAsync(path, new() { ["move"] = "up", ["basis"] = "discretion", ["rationale"] = "Stronger than the figures" });
        Assert.Equal("#outside-rules", refused.Document.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.Empty(await web.Store.Panel.ListAsync(id));

        var reason = "The sample drew no cases from the new hub, where the fieldwork saw the strongest work.";
        var recorded = await session.PostFormAsync(path,
            new() { ["move"] = "up", ["basis"] = "discretion", ["rationale"] = "Stronger than the figures", ["outside-rules"] = reason });

        Assert.Equal(302, recorded.Status);
        Assert.Equal(reason, Assert.Single(await web.Store.Panel.ListAsync(id)).Decision.OutsideRules);
        Assert.Equal(reason, (await session.GetAsync(path)).Document.QuerySelector("textarea#outside-rules")!.TextContent);
    }

    [Fact]
    public async Task A_move_the_rules_allow_keeps_no_outside_the_rules_reason()
    {
        using var web = new WebFactory();
        var id = await web.DemoInspectionAsync();
        var session = await web.SignInAsync("demo.panel");

        var recorded = await session.PostFormAsync($"/inspections/{id}/panel/standards/2.4",
            new() { ["move"] = "up", ["basis"] = "discretion", ["rationale"] = "Close to the boundary", ["outside-rules"] = "Typed then not needed" });

        Assert.Equal(302, recorded.Status);
        Assert.Null(Assert.Single(await web.Store.Panel.ListAsync(id)).Decision.OutsideRules);
    }

    private static DecisionForm Form(Rating banded, DiscretionEligibility eligibility, string move, string? outsideRules) => new()
    {
        Move = move, Basis = "discretion", Rationale = "Weak practice behind the figures", OutsideRules = outsideRules,
        BasisOptions = [("discretion", "Professional discretion"), ("qualitative", "Qualitative evidence")],
        Banded = banded, Eligibility = eligibility, Standard = "2.1 Assessment",
    };
}
