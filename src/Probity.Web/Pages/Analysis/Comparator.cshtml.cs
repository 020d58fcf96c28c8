using Microsoft.AspNetCore.Mvc;
using Probity.Core.Analysis;
using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Data;
using Probity.Data.Analysis;
using Probity.Data.Inspections;
using Probity.Data.Teams;
using Probity.Data.Users;
using Probity.Web.Routing;
using Probity.Web.Security;

namespace Probity.Web.Pages.Analysis;

/// <summary>
/// R24: the national comparator ("All CRCs") of a framework version, pooled by Core's <see cref="NationalComparator"/>
/// from the stored inspections of the scope, as a table and as the nationalComparator JSON block. A lead inspector or
/// admin may put it on an unpublished inspection of that framework (audited; the store refuses a published one), as
/// <c>./probity analyse comparator --into</c> does. Analysts read it; changing an inspection is not their role.
/// </summary>
public sealed class ComparatorModel(AnalysisStore analysis, InspectionStore inspections, InspectionTeamStore teams, ProbityLinks links) : AnalysisPage(analysis)
{
    public const string FileName = "national-comparator.json";

    public const string FrameworkHint = "The framework version of the inspections that will print the figures, for example hmip-crc-2019. " +
        "Every version of its items is pooled, as the 2019 reports print round one's aggregate.";

    public override string Title => "National comparator";
    public override string? BackLink => Me.IsAny(UserRole.Admin, UserRole.Analyst) ? links.Analysis() + (Query.Scope is null ? "" : Query.QueryString) : links.Home();

    protected override IReadOnlyList<string> Handlers => ["json", "csv"];

    public FrameworkVersion? Framework { get; private set; }
    public ComparatorBlock? Block { get; private set; }

    /// <summary>How many stored inspections were pooled; null before a framework is chosen.</summary>
    public int? Pooled { get; private set; }

    /// <summary>The unpublished inspections of the framework the user may put the figures on.</summary>
    public IReadOnlyList<InspectionSummary> Targets { get; private set; } = [];

    /// <summary>The inspection the figures were just put on (after the redirect), for the success banner.</summary>
    public InspectionSummary? AppliedTo { get; private set; }

    public string? SelectedTarget { get; private set; }

    public override async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await base.LoadAsync(ct) is { } early) return early;
        if (Query.Scope is { Framework: null } && Query.Has(ScopeQuery.Framework))
            Errors.Add(ScopeQuery.Framework, "Framework: select the framework version of the inspections that will print the figures");
        return null;
    }

    public async Task OnGetAsync(long? applied)
    {
        await BuildAsync();
        if (applied is { } id) AppliedTo = (await inspections.ListAsync(ct: Aborted)).FirstOrDefault(i => i.Id == id);
    }

    public async Task<IActionResult> OnGetJsonAsync() =>
        await BuildAsync() is { } block ? Download(block.ToJson(), "application/json; charset=utf-8", FileName) : Page();

    public async Task<IActionResult> OnGetCsvAsync() =>
        await BuildAsync() is { } block ? Csv(block.Analysis, block.Analysis.Tables[0]) : Page();

    public async Task<IActionResult> OnPostAsync(string? inspection)
    {
        if (!Me.MayManageInspection) return Forbid();
        SelectedTarget = inspection;
        if (await BuildAsync() is not { } block) return Page();
        if (!long.TryParse(inspection, out var id))
        {
            Errors.Add("inspection", "Select the inspection to put the figures on");
            return Page();
        }
        var target = await inspections.GetAsync(id, Aborted);
        if (!await teams.MayViewAsync(id, Me.UserName, Aborted)) return Refuse(Refusal.NotInTeam);
        if (target.Framework != Framework!.Id)
        {
            Errors.Add("inspection", $"{Name(target)} is under {target.Framework}, not {Framework.Id}: choose framework {target.Framework} for its figures");
            return Page();
        }
        try
        {
            await Analysis.SetNationalComparatorAsync(id, block.Comparator, Me.Actor, Aborted);
        }
        catch (ChangeRefusedException e)
        {
            Errors.AddRefusal(e, fieldId: "inspection");
            return Page();
        }
        return Redirect(links.Comparator() + Query.With("applied", id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    public static string Name(InspectionSummary i) => $"{i.Reference ?? $"Inspection {i.Id}"} ({i.ProviderName})";

    private async Task<ComparatorBlock?> BuildAsync()
    {
        if (Query.Scope is not { Framework: { } frameworkId } scope) return null;
        Framework = FrameworkCatalog.Get(frameworkId);
        var pool = NationalComparator.Pool(Framework, scope);
        var pooled = await LoadAsync(pool, AnalysisCatalog.ComparatorReads);
        Pooled = pooled.Count;
        if (Me.MayManageInspection)
            Targets = (await teams.ListVisibleAsync(Me.UserName, Aborted)).Where(i => i.Framework == frameworkId && i.Status != InspectionStatus.Published).ToList();
        var block = NationalComparator.Build(Framework, pooled, pool);
        return Block = block.Comparator.Results.Count == 0 ? null : block;
    }
}
