using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Probity.Web.Filters;
using Probity.Web.Security;

namespace Probity.Web.Pages.Admin;

/// <summary>Users and their accounts: admins only.</summary>
internal sealed class Conventions : IFolderConventions
{
    public void Configure(PageConventionCollection conventions) => conventions.AuthorizeFolder("/Admin", Policies.Admin);
}
