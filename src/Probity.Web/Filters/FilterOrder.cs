namespace Probity.Web.Filters;

/// <summary>
/// The order the app's page filters run in, outermost first: a missing record becomes a 404 around everything; the
/// inspection is loaded and checked, then the case, then the page loads what its own route names.
/// </summary>
internal static class FilterOrder
{
    public const int MustChangePassword = -500;
    public const int RecordNotFound = -400;
    public const int Inspection = -300;
    public const int Case = -200;
    public const int PageLoad = -100;
}
