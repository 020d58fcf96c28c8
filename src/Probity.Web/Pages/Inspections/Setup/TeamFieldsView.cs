using Probity.Web.Forms;

namespace Probity.Web.Pages.Inspections.Setup;

/// <summary>What the team fields (<c>_TeamFields</c>) show: the choice as made, its options and the form's errors.</summary>
public sealed record TeamFieldsView(ITeamChoice Form, FormErrors Errors);
