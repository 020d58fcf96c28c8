using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Probity.Web.Filters;
using Probity.Web.Security;

namespace Probity.Web.Pages.Reviews;

/// <summary>Regional reviews are written by lead inspectors (and admins), as inspections are set up.</summary>
internal sealed class Conventions : IFolderConventions
{
    public void Configure(PageConventionCollection conventions) => conventions.AuthorizeFolder("/Reviews", Policies.SetUpInspections);
}
