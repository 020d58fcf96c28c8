using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Data;
using Probity.Data.Teams;
using Probity.Data.Users;
using Probity.Web.Forms;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Inspections.Setup;

/// <summary>The inspection's lead (or an admin) chooses who is on its team: the lead, the inspectors and the ratings panel.</summary>
[SeenBy(InspectionAudience.Managers)]
public sealed class TeamModel(OpenInspection inspection, InspectionTeamStore teams, UserStore users, IValidator<TeamForm> validator, ProbityLinks links)
    : ProbityPage
{
    public const string OnlyTheLead = "Only the inspection's lead inspector or an admin can change its team.";

    private IReadOnlyList<TeamMember> _team = [];

    public OpenInspection Inspection => inspection;
    public override string Title => "Team";
    public override string? BackLink => links.Inspection(inspection.Id);

    [BindProperty] public TeamForm Form { get; set; } = new();
    [BindProperty(SupportsGet = true, Name = "saved")] public bool Saved { get; set; }

    public override async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        _team = await teams.GetAsync(inspection.Id, ct);
        if (!Me.Is(UserRole.Admin) && !_team.Any(m => m.Role == TeamRole.Lead && m.UserName == Me.UserName)) return Refuse(OnlyTheLead);
        Form.Options = TeamOptions.From(await users.ListAsync(ct));
        return null;
    }

    public void OnGet()
    {
        var inspectors = new List<string>();
        var panel = new List<string>();
        TeamChoice.Fill(_team, lead => Form.Lead = lead, inspectors, panel);
        (Form.Inspectors, Form.Panel) = (inspectors, panel);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!validator.Check(Form, Errors)) return Page();
        try
        {
            await teams.SetAsync(inspection.Id, Form.Members(), Me.Actor, Aborted);
            return Redirect(links.InspectionTeam(inspection.Id, saved: true));
        }
        catch (ChangeRefusedException e)
        {
            Errors.AddAll(e.Reasons, "lead");
            return Page();
        }
    }
}
