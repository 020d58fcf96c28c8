using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Probity.Web.Filters;

namespace Probity.Web.Pages;

/// <summary>Every page needs a signed-in user (<see cref="Security.Policies"/>) except signing in and out, and the error pages.</summary>
internal sealed class Conventions : IFolderConventions
{
    public void Configure(PageConventionCollection conventions)
    {
        conventions.AllowAnonymousToPage("/SignIn");
        conventions.AllowAnonymousToPage("/SignOut");
        conventions.AllowAnonymousToFolder("/Errors");
    }
}
