using Microsoft.AspNetCore.Identity;
using Probity.Data.Cases;
using Probity.Data.Datasets;
using Probity.Data.Inspections;
using Probity.Data.Migrations;
using Probity.Data.Teams;
using Probity.Data.Users;
using Probity.Web.Demo;

namespace Probity.Web;

/// <summary>
/// Readies the database before the first request, by the one migration rule: the embedded SQLite database (and the demo,
/// on any database) migrates itself; a PostgreSQL database must already be at this build's schema, or the app refuses to
/// start and says to run ./probity db migrate. Then loads the demo when asked.
/// </summary>
internal sealed class StoreStartup(DatabaseSchema schema, WebAppOptions options, UserStore users, DatasetStore datasets, InspectionStore inspections,
    InspectionTeamStore teams, CaseAssessmentStore cases, IPasswordHasher<UserAccount> hasher) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        if (options.LoadDemo) await schema.MigrateAsync(ct);
        else await schema.PrepareAsync(ct);
        if (options.LoadDemo) await DemoData.LoadIfEmptyAsync(users, datasets, inspections, teams, cases, hasher, options.DemoNationalInspections, ct);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
