using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Probity.Web.Filters;

namespace Probity.Web.Pages.Inspections.Cases;

/// <summary>A page here whose route names a case loads it, and checks the user may open it, before the handler.</summary>
internal sealed class Conventions : IFolderConventions
{
    public void Configure(PageConventionCollection conventions) =>
        conventions.AddFolderApplicationModelConvention("/Inspections/Cases", model => model.Filters.Add(new CaseFilter()));
}
