using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Probity.Web.Filters;
using Probity.Web.Security;

namespace Probity.Web.Pages.Inspections.Setup;

/// <summary>Starting an inspection and choosing its team: lead inspectors and admins (the team page also checks it is their inspection).</summary>
internal sealed class Conventions : IFolderConventions
{
    public void Configure(PageConventionCollection conventions) => conventions.AuthorizeFolder("/Inspections/Setup", Policies.SetUpInspections);
}
