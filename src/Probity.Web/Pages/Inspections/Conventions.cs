using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Probity.Web.Filters;

namespace Probity.Web.Pages.Inspections;

/// <summary>Every page in this folder is about one inspection: it is loaded, and the user's access checked, before the handler.</summary>
internal sealed class Conventions : IFolderConventions
{
    public void Configure(PageConventionCollection conventions) =>
        conventions.AddFolderApplicationModelConvention("/Inspections", model => model.Filters.Add(new InspectionFilter()));
}
