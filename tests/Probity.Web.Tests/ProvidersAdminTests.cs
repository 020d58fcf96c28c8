using Probity.Core.Datasets;
using Probity.Web.Tests.Infrastructure;

namespace Probity.Web.Tests;

/// <summary>An admin adds and changes providers; what they type is checked, and the store's own refusals are shown.</summary>
public sealed class ProvidersAdminTests(WebFactory web) : IClassFixture<WebFactory>
{
    [Fact]
    public async Task An_admin_adds_a_PDU_with_its_region_and_previous_names()
    {
        var admin = await web.SignInAsync("demo.admin");

        var response = await admin.PostFormAsync("/admin/providers/new", new()
        {
            ["name"] = "Tyne and Wear PDU", ["type"] = "PDU", ["region"] = "North East", ["previous-names"] = "Tyneside LDU\n\n  Gateshead LDU ",
        });

        Assert.Equal(302, response.Status);
        var providers = await web.Store.Providers.ListAsync();
        var pdu = providers.Single(p => p.Name == "Tyne and Wear PDU");
        Assert.Equal(ProviderType.PDU, pdu.Type);
        Assert.Equal("North East", pdu.RegionName);
        Assert.Equal(["Gateshead LDU", "Tyneside LDU"], pdu.PreviousNames);
        Assert.Contains(providers, p => p.Name == "North East" && p.Type == ProviderType.Region);
        var list = await admin.GetAsync(response.Location!);
        Assert.Contains("Tyne and Wear PDU is saved.", list.Html);
        Assert.Contains("Tyneside LDU", list.Document.QuerySelector("[data-testid=providers]")!.TextContent);
    }

    [Fact]
    public async Task An_empty_form_names_every_missing_field_and_a_PDU_needs_its_region()
    {
        var admin = await web.SignInAsync("demo.admin");

        var empty = await admin.PostFormAsync("/admin/providers/new", new() { ["name"] = "  " });
        var pdu = await admin.PostFormAsync("/admin/providers/new", new() { ["name"] = "Somewhere PDU", ["type"] = "PDU" });
        var crafted = await admin.PostFormAsync("/admin/providers/new", new() { ["name"] = "Crafted", ["type"] = "1" });

        Assert.Equal(["Enter the provider's name, for example Northumbria CRC", "Select the kind of provider"], empty.ErrorSummary);
        Assert.Equal(["Enter the region the probation delivery unit belongs to"], pdu.ErrorSummary);
        Assert.Equal(["Select the kind of provider"], crafted.ErrorSummary);
        Assert.DoesNotContain(await web.Store.Providers.ListAsync(), p => p.Name is "Somewhere PDU" or "Crafted");
    }

    [Fact]
    public async Task A_name_already_taken_is_refused_with_the_stores_reason()
    {
        var admin = await web.SignInAsync("demo.admin");
        var response = await admin.PostFormAsync("/admin/providers/new", new() { ["name"] = "Northumbria Community Rehabilitation Company", ["type"] = "CRC" });
        Assert.Equal(["A CRC called \"Northumbria Community Rehabilitation Company\" already exists."], response.ErrorSummary);
    }

    [Fact]
    public async Task Renaming_keeps_the_old_name_and_a_stale_save_is_refused()
    {
        var admin = await web.SignInAsync("demo.admin");
        var created = await web.Store.Providers.CreateAsync(new ProviderInfo("Old Name CRC", ProviderType.CRC), new Data.Actor("test"));
        var path = $"/admin/providers/{created.Id}";
        Assert.Equal("Old Name CRC", (await admin.GetAsync(path)).Document.QuerySelector("#name")!.GetAttribute("value"));

        var saved = await admin.PostFormAsync(path, new() { ["name"] = "New Name CRC", ["type"] = "CRC", ["version"] = $"{created.Version}" });
        var stale = await admin.PostFormAsync(path, new() { ["name"] = "Newer Name CRC", ["type"] = "CRC", ["version"] = $"{created.Version}" });

        Assert.Equal(302, saved.Status);
        var after = await web.Store.Providers.GetAsync(created.Id);
        Assert.Equal("New Name CRC", after.Name);
        Assert.Equal(["Old Name CRC"], after.PreviousNames);
        Assert.Single(stale.ErrorSummary);
        Assert.StartsWith("Not saved", stale.ErrorSummary[0]);
        Assert.Equal(404, (await admin.GetAsync("/admin/providers/999999")).Status);
    }
}
