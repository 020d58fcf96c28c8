using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Probity.Web.Filters;
using Probity.Web.Security;

namespace Probity.Web.Pages.Analysis;

/// <summary>National analysis is for analysts and admins; the comparator also lets lead inspectors in, to put it on their inspection.</summary>
internal sealed class Conventions : IFolderConventions
{
    public void Configure(PageConventionCollection conventions)
    {
        conventions.AuthorizePage("/Analysis/Index", Policies.Analysis);
        conventions.AuthorizePage("/Analysis/Show", Policies.Analysis);
        conventions.AuthorizePage("/Analysis/Explore", Policies.Analysis);
        conventions.AuthorizePage("/Analysis/Comparator", Policies.Comparator);
    }
}
