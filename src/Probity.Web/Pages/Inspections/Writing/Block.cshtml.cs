using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Core.Datasets;
using Probity.Data;
using Probity.Data.Audit;
using Probity.Data.Datasets;
using Probity.Data.Narrative;
using Probity.Reports.Area;
using Probity.Reports.Html;
using Probity.Reports.Model;
using Probity.Reports.Writing;
using Probity.Web.Forms;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Inspections.Writing;

/// <summary>
/// One block of the report's text beside the figures it talks about: the key questions' counts and percentages, the
/// suggested wording, the comparisons and which may be called significant, and the practice examples the cases flagged.
/// Saved with the version it was read at; a preview shows the section as the report prints it.
/// </summary>
public sealed class BlockModel(OpenInspection inspection, NarrativeStore narrative, DatasetStore datasets, AuditLog audit, IValidator<BlockForm> validator,
    IValidator<ExamplesForm> examplesValidator, ProbityLinks links) : ProbityPage
{
    public OpenInspection Inspection => inspection;
    public NarrativeSlot Block { get; private set; } = null!;
    public override string Title => Block.Title;
    public override string? BackLink => links.Writing(inspection.Id);

    [BindProperty] public BlockForm Form { get; set; } = new();

    /// <summary>Which of the standard's practice examples the report prints (a block about one standard only).</summary>
    [BindProperty] public ExamplesForm Examples { get; set; } = new();

    public BlockFigures Figures { get; private set; } = null!;

    /// <summary>After an edit conflict: the text someone else saved first, shown beside what this user typed.</summary>
    public string? TheirText { get; private set; }

    public string? ReadOnlyBecause => WritingRules.WhyNotWrite(Me, inspection.Summary.Status);

    public override async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var key = (RouteData.Values["block"] as string ?? "").Replace('/', ':');
        if (NarrativeLayout.Find(inspection.Framework, key) is not { } block) return NotFound();
        Block = block;
        Form.Title = block.Title;
        Stored = block.Standard is { } standard ? await narrative.PracticeExamplesAsync(inspection.Id, standard, ct) : [];
        Examples.Options = ExamplesForm.OptionsOf(Stored);
        return null;
    }

    /// <summary>The practice examples the cases flagged for the block's standard, as stored.</summary>
    public IReadOnlyList<StoredPracticeExample> Stored { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var stored = await StoredAsync();
        (Form.Text, Form.Version) = (stored?.Text, stored?.Version);
        Examples.Printed = [.. Examples.Options.Where((_, i) => Stored[i].Example.InReport).Select(o => o.Value)];
        await FiguresAsync();
    }

    /// <summary>Saves which practice examples the report prints under the block's standard.</summary>
    public async Task<IActionResult> OnPostExamplesAsync()
    {
        if (ReadOnlyBecause is { } why) return Refuse(why);
        if (Block.Standard is not { } standard || Stored.Count == 0) return NotFound();
        if (examplesValidator.Check(Examples, Errors))
        {
            try
            {
                await narrative.ChoosePracticeExamplesAsync(inspection.Id, standard, Examples.PrintedIds, Me.Actor, Aborted);
                return Redirect(links.Writing(inspection.Id, saved: Block.Key));
            }
            catch (ChangeRefusedException e)
            {
                Errors.AddRefusal(e, fieldId: "printed");
            }
        }
        var block = await StoredAsync();
        (Form.Text, Form.Version) = (block?.Text, block?.Version);
        await FiguresAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (ReadOnlyBecause is { } why) return Refuse(why);
        if (validator.Check(Form, Errors))
        {
            try
            {
                await narrative.SaveAsync(inspection.Id, Block.Key, Form.Text!.Trim(), Form.Version, Me.Actor, Aborted);
                return Redirect(links.Writing(inspection.Id, saved: Block.Key));
            }
            catch (ChangeRefusedException e)
            {
                Errors.AddRefusal(e, fieldId: "text");
            }
            catch (EditConflictException)
            {
                // Said in the page's words: the store's message names the block by its key.
                var entries = await audit.ForRecordAsync(inspection.Id, "narrative", Block.Key, Aborted);
                var last = entries.Count > 0 ? entries[^1] : null;
                var by = last is null ? "Someone else" : $"{last.UserName} (at {last.At:HH:mm} on {last.At:d MMMM yyyy})";
                Errors.Add("text", $"Your text has not been saved: {by} saved this block after you opened it. Their text and yours are both below: save again to replace theirs with yours.");
                if (await StoredAsync() is { } theirs) (TheirText, Form.Version) = (theirs.Text, theirs.Version);
            }
        }
        await FiguresAsync();
        return Page();
    }

    /// <summary>The section as the report prints it with the text as typed (not saved), as its own page: no script needed.</summary>
    public async Task<IActionResult> OnPostPreviewAsync()
    {
        if (!validator.Check(Form, Errors))
        {
            await FiguresAsync();
            return Page();
        }
        var rated = await RatedInspection.LoadAsync(datasets, inspection.Id, Aborted);
        var d = rated.Dataset;
        var narrativeNow = new Dictionary<string, string>(d.Manifest.Narrative) { [Block.Key] = Form.Text!.Trim() };
        var dataset = new InspectionDataset(d.Framework, d.Manifest with { Narrative = narrativeNow }, d.Cases, d.Answers)
        {
            Interviews = d.Interviews,
            Meetings = d.Meetings,
            PracticeExamples = d.PracticeExamples,
        };
        var draft = new ReportOptions { Draft = true };
        await using var html = new ReportHtml();
        var page = d.Framework.IsRated
            ? await html.RenderSectionAsync(ReportBuilder.Build(dataset, rated.Rating, draft), Block.Key, Block.Title)
            : await html.RenderSectionAsync(AreaReportBuilder.Build(dataset, rated.Rating, draft), Block.Key, Block.Title);
        Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
        return Content(page, "text/html; charset=utf-8");
    }

    private async Task<NarrativeBlock?> StoredAsync() =>
        (await narrative.ListAsync(inspection.Id, Aborted)).FirstOrDefault(b => b.Section == Block.Key);

    private async Task FiguresAsync()
    {
        var rated = await RatedInspection.LoadAsync(datasets, inspection.Id, Aborted);
        Figures = BlockFigureBuilder.For(rated.Dataset, rated.Rating, Block.Key);
    }
}
