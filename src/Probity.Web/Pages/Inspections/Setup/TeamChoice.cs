using FluentValidation;
using Probity.Data.Teams;
using Probity.Data.Users;

namespace Probity.Web.Pages.Inspections.Setup;

/// <summary>The people an inspection's team is chosen from, by the part each account's roles allow them.</summary>
public sealed record TeamOptions(
    IReadOnlyList<(string UserName, string Label)> Leads,
    IReadOnlyList<(string UserName, string Label)> Inspectors,
    IReadOnlyList<(string UserName, string Label)> Panel)
{
    public static TeamOptions None { get; } = new([], [], []);

    /// <summary>Each person's name as others see it, by user name.</summary>
    public IReadOnlyDictionary<string, string> Names { get; init; } = new Dictionary<string, string>();

    public static TeamOptions From(IEnumerable<UserAccount> users)
    {
        var all = users.OrderBy(u => u.DisplayName, StringComparer.Ordinal).ToList();
        IReadOnlyList<(string, string)> With(params UserRole[] roles) =>
            [.. all.Where(u => roles.Any(u.Roles.Contains)).Select(u => (u.UserName, $"{u.DisplayName} ({u.UserName})"))];
        return new(With(UserRole.LeadInspector), With(UserRole.Inspector, UserRole.LeadInspector), With(UserRole.RatingsPanelMember))
        {
            Names = all.ToDictionary(u => u.UserName, u => u.DisplayName, StringComparer.Ordinal),
        };
    }
}

/// <summary>A form that chooses a team: its lead, inspectors and ratings panel members, by user name.</summary>
public interface ITeamChoice
{
    string? Lead { get; }
    List<string> Inspectors { get; }
    List<string> Panel { get; }
    TeamOptions Options { get; }
}

public static class TeamChoice
{
    /// <summary>The team as chosen; only once the validator has passed the form.</summary>
    public static IReadOnlyList<TeamMember> Members(this ITeamChoice form) =>
    [
        new(form.Lead!, TeamRole.Lead),
        .. form.Inspectors.Distinct().Select(u => new TeamMember(u, TeamRole.Inspector)),
        .. form.Panel.Distinct().Select(u => new TeamMember(u, TeamRole.PanelMember)),
    ];

    /// <summary>Fills the choice from a stored team.</summary>
    public static void Fill(IReadOnlyList<TeamMember> team, Action<string?> lead, List<string> inspectors, List<string> panel)
    {
        lead(team.FirstOrDefault(m => m.Role == TeamRole.Lead)?.UserName);
        inspectors.AddRange(team.Where(m => m.Role == TeamRole.Inspector).Select(m => m.UserName));
        panel.AddRange(team.Where(m => m.Role == TeamRole.PanelMember).Select(m => m.UserName));
    }

    /// <summary>Each person chosen must be among the options for their part; a team has one lead.</summary>
    public static void TeamRules<T>(this AbstractValidator<T> validator) where T : ITeamChoice
    {
        validator.RuleFor(f => f.Lead).Must((form, lead) => form.Options.Leads.Any(o => o.UserName == lead))
            .WithMessage("Select the lead inspector").OverridePropertyName("lead");
        validator.RuleFor(f => f.Inspectors).Must((form, chosen) => chosen.All(u => form.Options.Inspectors.Any(o => o.UserName == u)))
            .WithMessage("Select the inspectors from the list").OverridePropertyName("inspectors");
        validator.RuleFor(f => f.Panel).Must((form, chosen) => chosen.All(u => form.Options.Panel.Any(o => o.UserName == u)))
            .WithMessage("Select the ratings panel members from the list").OverridePropertyName("panel");
    }
}
