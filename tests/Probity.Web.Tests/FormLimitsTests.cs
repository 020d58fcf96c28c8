using Probity.Web.Forms;
using Probity.Web.Tests.Infrastructure;

namespace Probity.Web.Tests;

/// <summary>
/// Every text field says how much it takes (maxlength), and the form's validator refuses more when it is sent another
/// way: nothing longer is saved, and what was typed comes back with the reason.
/// </summary>
public sealed class FormLimitsTests
{
    [Fact]
    public async Task A_rationale_longer_than_the_field_takes_is_refused_and_nothing_is_recorded()
    {
        using var web = new WebFactory();
        var id = await web.DemoInspectionAsync();
        var panel = await web.SignInAsync("demo.panel");
        var page = await panel.GetAsync($"/inspections/{id}/panel/standards/2.4");
        Assert.Equal($"{FieldLength.Long}", page.Document.QuerySelector("textarea[name=rationale]")!.GetAttribute("maxlength"));

        var response = await panel.PostFormAsync($"/inspections/{id}/panel/standards/2.4",
            new() { ["move"] = "up", ["basis"] = "discretion", ["rationale"] = new string('x', FieldLength.Long + 1) });

        Assert.Equal(200, response.Status);
        Assert.Equal([$"The rationale must be {FieldLength.Long:N0} characters or fewer"], response.ErrorSummary);
        Assert.Empty(await web.Store.Panel.ListAsync(id));
    }

    [Fact]
    public async Task A_user_name_longer_than_the_field_takes_is_refused()
    {
        using var web = new WebFactory();
        var admin = await web.SignInAsync("demo.admin");
        var form = await admin.GetAsync("/admin/users/new");
        Assert.Equal($"{FieldLength.Short}", form.Document.QuerySelector("input[name=user-name]")!.GetAttribute("maxlength"));

        var response = await admin.PostFormAsync("/admin/users/new", new()
        {
            ["user-name"] = new string('a', FieldLength.Short + 1), ["display-name"] = "Long Name", ["roles"] = "inspector",
            ["password"] = "a long enough password", ["confirm"] = "a long enough password",
        });

        Assert.Equal([$"User name must be {FieldLength.Short} characters or fewer"], response.ErrorSummary);
        Assert.Null(await web.Store.Users.FindAsync(new string('a', FieldLength.Short + 1)));
    }
}
