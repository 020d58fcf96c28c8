using Microsoft.AspNetCore.Identity;
using Probity.Core.Datasets;
using Probity.Data;
using Probity.Data.Cases;
using Probity.Data.Datasets;
using Probity.Data.Inspections;
using Probity.Data.Teams;
using Probity.Data.Users;
using Probity.Synthetic;

namespace Probity.Web.Demo;

/// <summary>
/// What `./probity serve` puts in an empty database so that a new user can try every role: one demo user per role
/// (all with the password <see cref="Password"/>, documented in docs/reference/web-app.md), and the Northumbria 2019 example at the
/// ratings panel, with its cases shared between the two demo inspectors and the panel's decisions still to be made. Its
/// team is the demo lead, the two inspectors and the panel member; <c>demo.outsider</c>, an inspector on no team, shows
/// what someone outside a draft inspection's team sees (nothing of it).
/// Only ever written to a database with no users, so a real team's database is never given demo accounts.
/// </summary>
public static class DemoData
{
    public const string Password = "demo-password";

    public static readonly IReadOnlyList<(string UserName, string DisplayName, UserRole Role)> Users =
    [
        ("demo.admin", "Demo Admin", UserRole.Admin),
        ("demo.lead", "Demo Lead Inspector", UserRole.LeadInspector),
        ("demo.inspector", "Demo Inspector One", UserRole.Inspector),
        ("demo.inspector2", "Demo Inspector Two", UserRole.Inspector),
        ("demo.outsider", "Demo Inspector Elsewhere", UserRole.Inspector),
        ("demo.panel", "Demo Panel Member", UserRole.RatingsPanelMember),
        ("demo.analyst", "Demo Analyst", UserRole.Analyst),
        ("demo.provider", "Demo Provider Contact", UserRole.ProviderContact),
    ];

    /// <summary>How many case-supervision cases each demo inspector holds (the first ten to the first, the next ten to the second).</summary>
    public const int CasesPerInspector = 10;

    private static readonly Actor Loader = new("demo-loader");

    /// <summary>
    /// The national programme <c>./probity serve</c> adds for the analysis pages: round one and round two of the CRC
    /// inspections (every CRC in both, so the revisit analyses have pairs), PDU years and an area inspection, about
    /// 4,000 cases, stored in under a second. The seed is fixed so every demo shows the same figures.
    /// </summary>
    public const int NationalInspections = 30;

    public const int NationalSeed = 2020;

    /// <summary>The demo inspection's team.</summary>
    public static readonly IReadOnlyList<TeamMember> Team =
    [
        new("demo.lead", TeamRole.Lead), new("demo.inspector", TeamRole.Inspector), new("demo.inspector2", TeamRole.Inspector),
        new("demo.panel", TeamRole.PanelMember),
    ];

    public static async Task<long?> LoadIfEmptyAsync(UserStore users, DatasetStore datasets, InspectionStore inspections, InspectionTeamStore teams,
        CaseAssessmentStore cases, IPasswordHasher<UserAccount> hasher, int nationalInspections = 0, CancellationToken ct = default)
    {
        if ((await users.ListAsync(ct)).Count > 0) return null;
        var dataset = AtRatingsPanel(Northumbria());
        var id = await datasets.ImportAsync(dataset, Loader, ct: ct);
        var inspection = await inspections.GetAsync(id, ct);
        foreach (var (userName, displayName, role) in Users)
        {
            var user = new NewUser(userName, displayName, [role]) { ProviderId = role == UserRole.ProviderContact ? inspection.ProviderId : null };
            var created = await users.CreateAsync(user, Loader, ct);
            await users.SetPasswordHashAsync(userName, hasher.HashPassword(created, Password), Loader, ct);
        }
        await teams.SetAsync(id, Team, Loader, ct);
        var caseSupervision = dataset.Cases.Where(c => c.Sample == dataset.Framework.Samples[0]).Select(c => c.CaseId).ToList();
        for (var i = 0; i < 2 * CasesPerInspector && i < caseSupervision.Count; i++)
            await cases.AssignAsync(id, caseSupervision[i], i < CasesPerInspector ? "demo.inspector" : "demo.inspector2", Loader, ct);
        await LoadNationalAsync(datasets, nationalInspections, ct);
        return id;
    }

    /// <summary>A synthetic national programme (Core's <see cref="SyntheticNational"/>), one inspection per transaction, as <c>./probity generate</c> stores it.</summary>
    public static async Task LoadNationalAsync(DatasetStore datasets, int inspections, CancellationToken ct = default)
    {
        if (inspections <= 0) return;
        foreach (var dataset in SyntheticNational.Generate(new SyntheticNational.Options { Inspections = inspections, Seed = NationalSeed }))
            await datasets.ImportAsync(dataset, Loader, ct: ct);
    }

    /// <summary>The Northumbria example as published, read from the copy inside the app.</summary>
    public static InspectionDataset Northumbria()
    {
        var assembly = typeof(DemoData).Assembly;
        var files = DatasetParser.RequiredFiles.Concat(["interviews.csv", "meetings.csv", "practice-examples.csv"])
            .Select(f => (Name: f, Stream: assembly.GetManifestResourceStream($"demo/northumbria-2019/{f}")))
            .Where(f => f.Stream is not null)
            .ToDictionary(f => f.Name, f => { using var r = new StreamReader(f.Stream!); return r.ReadToEnd(); });
        var parsed = DatasetParser.Parse(new InMemoryDatasetSource(files));
        return parsed.Dataset ?? throw new InvalidOperationException("the demo dataset inside the app does not parse: " +
            string.Join("; ", parsed.Problems.Select(p => p.ToString())));
    }

    /// <summary>The inspection as the panel meets: every case assessed, domain one ratified, no discretion decided yet.</summary>
    public static InspectionDataset AtRatingsPanel(InspectionDataset published) =>
        new(published.Framework, published.Manifest with { Status = InspectionStatus.RatingsPanel, PanelDecisions = [], Published = null },
            published.Cases, published.Answers)
        {
            Interviews = published.Interviews, Meetings = published.Meetings, PracticeExamples = published.PracticeExamples,
        };
}
