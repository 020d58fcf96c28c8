using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Data.Cases;
using Probity.Web.Pages.Inspections.Cases;
using Probity.Web.Tests.Infrastructure;

namespace Probity.Web.Tests;

/// <summary>
/// Check your answers reads as the inspector answered: each question's words, the answer, the evidence note and the
/// practice example, a "Change" link per section; the case's sections are listed with how far each has got.
/// </summary>
public sealed class CheckAnswersTests
{
    [Fact]
    public async Task Each_question_shows_its_words_answer_note_and_example_with_one_change_link_per_section()
    {
        using var web = new WebFactory();
        var (id, caseId, framework) = await PartlyAnsweredCaseAsync(web);
        var page = await (await web.SignInAsync("demo.inspector")).GetAsync($"/inspections/{id}/cases/{caseId}/check");

        var row = page.Document.QuerySelector("[data-question='2.1.2']")!;
        Assert.Contains(OpenCase.QuestionText(framework.Questions["2.1.2"]), row.QuerySelector("dt")!.TextContent);
        Assert.Equal("No", row.QuerySelector("[data-testid=answer]")!.TextContent.Trim());
        Assert.Equal("Evidence: The plan was late but complete", row.QuerySelector("[data-testid=note]")!.TextContent.Trim());
        Assert.Equal("Not answered", page.Document.QuerySelector("[data-question='2.1.1'] [data-testid=answer]")!.TextContent.Trim());
        Assert.All(page.Document.QuerySelectorAll("[data-question] dt"), dt => Assert.True(dt.TextContent.Trim().Length > 12, dt.TextContent)); // never a bare id
        Assert.Contains("Good practice example", page.Document.QuerySelector("[data-testid=example]")!.TextContent);
        Assert.Contains("A clear, shared plan", page.Document.QuerySelector("[data-testid=example]")!.TextContent);

        var sections = page.Document.QuerySelectorAll("[data-testid=check-section]");
        Assert.Equal(sections.Length, page.Document.QuerySelectorAll(".govuk-summary-card__action a").Length);
        Assert.Equal($"/inspections/{id}/cases/{caseId}/2.1", sections[0].QuerySelector(".govuk-summary-card__action a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_sections_say_not_started_in_progress_or_completed_on_the_check_and_section_pages()
    {
        using var web = new WebFactory();
        var (id, caseId, _) = await PartlyAnsweredCaseAsync(web);
        var session = await web.SignInAsync("demo.inspector");

        foreach (var path in new[] { $"/inspections/{id}/cases/{caseId}/check", $"/inspections/{id}/cases/{caseId}/2.3" })
        {
            var page = await session.GetAsync(path);
            Assert.Equal("In progress", Status(page, "2.1"));
            Assert.Equal("Not started", Status(page, "2.2"));
            Assert.Contains(Status(page, "2.4"), new[] { "Completed", "In progress" });
        }
        var check = await session.GetAsync($"/inspections/{id}/cases/{caseId}/check");
        Assert.Equal($"/inspections/{id}/cases/{caseId}/2.2", check.Document.QuerySelector("[id='nav-2.2-status']")!.ParentElement!.QuerySelector("a")!.GetAttribute("href"));
        var section = await session.GetAsync($"/inspections/{id}/cases/{caseId}/2.3");
        Assert.Null(section.Document.QuerySelector("[id='nav-2.3-status']")!.ParentElement!.QuerySelector("a")); // the section shown is not a link
    }

    [Fact]
    public async Task The_panel_reads_the_sections_on_the_check_page_without_change_links()
    {
        using var web = new WebFactory();
        var (id, caseId, _) = await PartlyAnsweredCaseAsync(web);
        var page = await (await web.SignInAsync("demo.panel")).GetAsync($"/inspections/{id}/cases/{caseId}/check");

        Assert.Empty(page.Document.QuerySelectorAll(".govuk-summary-card__action a"));
        Assert.Equal($"/inspections/{id}/cases/{caseId}/check#section-2.2",
            page.Document.QuerySelector("[id='nav-2.2-status']")!.ParentElement!.QuerySelector("a")!.GetAttribute("href"));
    }

    private static string Status(WebSession.Response page, string standard) =>
        page.Document.QuerySelector($"[id='nav-{standard}-status']")!.TextContent.Trim();

    /// <summary>demo.inspector's first case with 2.2 cleared, 2.1.1 unanswered, a note on 2.1.2 and a practice example on 2.1.</summary>
    private static async Task<(long Id, string CaseId, FrameworkVersion Framework)> PartlyAnsweredCaseAsync(WebFactory web)
    {
        var id = await web.AssessableDemoInspectionAsync();
        var caseId = await web.FirstCaseOfAsync("demo.inspector");
        var full = await web.Store.Cases.LoadAsync(id, caseId);
        var answers = full.Answers.Where(a => !a.Key.StartsWith("2.2", StringComparison.Ordinal) && a.Key != "2.1.1").ToDictionary();
        answers["2.1.2"] = Core.Ratings.Judgement.No;
        await web.Store.Cases.SaveAsync(full with
        {
            Answers = answers,
            Notes = new Dictionary<string, string> { ["2.1.2"] = "The plan was late but complete" },
            PracticeExamples = [new PracticeExample(caseId, "2.1", PracticeKind.Good, "A clear, shared plan")],
            Status = CaseAssessmentStatus.InProgress,
        }, new Data.Actor("test"));
        return (id, caseId, FrameworkCatalog.Get((await web.Store.Inspections.GetAsync(id)).Framework));
    }
}
