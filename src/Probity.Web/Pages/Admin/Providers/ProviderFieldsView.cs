using Probity.Web.Forms;

namespace Probity.Web.Pages.Admin.Providers;

/// <summary>What the provider fields (<c>_ProviderFields</c>) show: the form as typed and its errors.</summary>
public sealed record ProviderFieldsView(ProviderForm Form, FormErrors Errors);
