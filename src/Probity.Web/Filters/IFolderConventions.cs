using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Probity.Web.Filters;

/// <summary>
/// A folder's rules (authorisation, the filters that load what its pages are about), in a <c>Conventions.cs</c> beside
/// its pages; <see cref="WebServices.AddProbityPages"/> applies every one in the assembly.
/// </summary>
internal interface IFolderConventions
{
    void Configure(PageConventionCollection conventions);
}
