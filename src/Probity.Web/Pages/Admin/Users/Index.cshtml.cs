using Microsoft.AspNetCore.Mvc;
using Probity.Data.PersonalData;
using Probity.Data.Providers;
using Probity.Data.Users;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Admin.Users;

/// <summary>The admin's list of users: roles, provider, and whether the account is locked.</summary>
public sealed class IndexModel(UserStore users, ProviderStore providers, RetentionStore retention, TimeProvider clock, ProbityLinks links) : ProbityPage
{
    public override string Title => "Users";
    public override string? BackLink => links.Home();

    public IReadOnlyList<UserAccount> Users { get; private set; } = [];
    public IReadOnlyDictionary<long, Provider> Providers { get; private set; } = new Dictionary<long, Provider>();
    /// <summary>Published inspections past the retention period, for the admin to review.</summary>
    public IReadOnlyList<RetentionDue> DueForReview { get; private set; } = [];
    public int RetentionYears { get; private set; } = RetentionPeriod.DefaultYears;
    [BindProperty(SupportsGet = true, Name = "saved")] public string? Saved { get; set; }

    /// <summary>Now, by the app's clock: an account is shown locked until then.</summary>
    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task OnGetAsync()
    {
        Users = await users.ListAsync(Aborted);
        Providers = (await providers.ListAsync(Aborted)).ToDictionary(p => p.Id);
        try
        {
            RetentionYears = RetentionPeriod.YearsFromEnvironment();
        }
        catch (FormatException)
        {
            // The command line refuses a bad setting; the page falls back to the default rather than fail the users list.
        }
        DueForReview = await retention.DueForReviewAsync(RetentionYears, Aborted);
    }

    public static string RoleName(UserRole r) => UserForm.RoleOptions.First(o => o.Item1 == r.Token()).Item2;
}
