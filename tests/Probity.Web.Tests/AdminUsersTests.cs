using Probity.Web.Demo;
using Probity.Web.Tests.Infrastructure;

namespace Probity.Web.Tests;

/// <summary>An admin adds users and sets passwords; what they type is checked, and a new password unlocks and signs out.</summary>
public sealed class AdminUsersTests
{
    [Fact]
    public async Task An_empty_form_names_every_missing_field()
    {
        using var web = new WebFactory();
        var admin = await web.SignInAsync("demo.admin");
        var response = await admin.PostFormAsync("/admin/users/new", new() { ["roles"] = "provider-contact", ["password"] = "short", ["confirm"] = "short" });
        Assert.Equal(
            ["Enter a user name, for example jo.smith", "Enter the person's name as others should see it", "Select the provider a provider contact belongs to",
             "The password must be at least 12 characters"],
            response.ErrorSummary);
        Assert.NotNull(response.Document.QuerySelector("#roles-provider-contact[checked]"));
    }

    [Fact]
    public async Task A_new_provider_contact_signs_in_and_sees_only_their_provider()
    {
        using var web = new WebFactory();
        var provider = (await web.Store.Inspections.GetAsync(await web.DemoInspectionAsync())).ProviderId;
        var admin = await web.SignInAsync("demo.admin");

        var response = await admin.PostFormAsync("/admin/users/new", new()
        {
            ["user-name"] = "sam.contact", ["display-name"] = "Sam Contact", ["roles"] = "provider-contact", ["provider"] = $"{provider}",
            ["password"] = "a long enough password", ["confirm"] = "a long enough password",
        });

        Assert.Equal(302, response.Status);
        var user = (await web.Store.Users.FindAsync("sam.contact"))!;
        Assert.Equal(provider, user.ProviderId);
        Assert.Equal("demo.admin", (await web.Store.Audit.ForRecordAsync(null, "user", "sam.contact")).First().UserName);
        // The admin chose the password: Sam chooses their own first.
        var sam = web.Anonymous();
        Assert.Equal("/account/password", (await sam.PostFormAsync("/sign-in", new() { ["UserName"] = "sam.contact", ["Password"] = "a long enough password" })).Location);
        await sam.PostFormAsync("/account/password", new() { ["current"] = "a long enough password", ["password"] = "sams own password", ["confirm"] = "sams own password" });
        Assert.Contains("Your published inspection reports", (await sam.GetAsync("/")).Html);
        Assert.Equal(403, (await sam.GetAsync("/admin/users")).Status);
    }

    [Fact]
    public async Task A_taken_user_name_is_refused_by_the_store_with_its_reason()
    {
        using var web = new WebFactory();
        var admin = await web.SignInAsync("demo.admin");
        var response = await admin.PostFormAsync("/admin/users/new", new()
        {
            ["user-name"] = "demo.lead", ["display-name"] = "Another", ["roles"] = "inspector", ["password"] = "a long enough password", ["confirm"] = "a long enough password",
        });
        Assert.Equal(["the user name \"demo.lead\" is taken"], response.ErrorSummary);
    }

    [Fact]
    public async Task A_new_password_unlocks_the_account_and_ends_its_sessions()
    {
        using var web = new WebFactory();
        var old = await web.SignInAsync("demo.analyst");
        for (var i = 0; i < 5; i++)
            await web.Anonymous().PostFormAsync("/sign-in", new() { ["UserName"] = "demo.analyst", ["Password"] = "wrong" });
        Assert.NotNull((await web.Store.Users.FindAsync("demo.analyst"))!.LockedUntil);
        var admin = await web.SignInAsync("demo.admin");

        var mismatch = await admin.PostFormAsync("/admin/users/demo.analyst/password", new() { ["password"] = "a brand new password", ["confirm"] = "something else" });
        Assert.Equal(["The two passwords do not match"], mismatch.ErrorSummary);
        var set = await admin.PostFormAsync("/admin/users/demo.analyst/password", new() { ["password"] = "a brand new password", ["confirm"] = "a brand new password" });

        Assert.Equal(302, set.Status);
        Assert.Null((await web.Store.Users.FindAsync("demo.analyst"))!.LockedUntil);
        Assert.Equal(302, (await old.GetAsync("/")).Status);
        var signedIn = await web.Anonymous().PostFormAsync("/sign-in", new() { ["UserName"] = "demo.analyst", ["Password"] = "a brand new password" });
        Assert.Equal("/account/password", signedIn.Location); // set by an admin: to be changed first
        var refused = await web.Anonymous().PostFormAsync("/sign-in", new() { ["UserName"] = "demo.analyst", ["Password"] = DemoData.Password });
        Assert.Equal(["Enter a correct user name and password"], refused.ErrorSummary);
    }
}
