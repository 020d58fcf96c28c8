using System.Net;
using Probity.Web.Tests.Infrastructure;

namespace Probity.Web.Tests;

/// <summary>The report through Probity.Reports: HTML in the browser, a PDF download, a draft until published, and only for those allowed.</summary>
public sealed class ReportTests(WebFactory web) : IClassFixture<WebFactory>
{
    [Fact]
    public async Task The_team_reads_the_draft_report_as_html_from_the_same_ratings()
    {
        var id = await web.DemoInspectionAsync();
        var lead = await web.SignInAsync("demo.lead");

        var response = await lead.Client.GetAsync($"/inspections/{id}/report/html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Northumbria", html);
        Assert.Contains("Draft", html);
        Assert.Contains("style-src 'unsafe-inline'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task The_pdf_is_a_download_printed_by_chromium()
    {
        var id = await web.DemoInspectionAsync();
        var lead = await web.SignInAsync("demo.lead");

        var response = await lead.Client.GetAsync($"/inspections/{id}/report/pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("NB-2019-draft.pdf", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
    }

    [Fact]
    public async Task A_provider_contact_gets_403_on_the_draft_report_in_every_form()
    {
        var id = await web.DemoInspectionAsync();
        var contact = await web.SignInAsync("demo.provider");
        foreach (var path in new[] { "report", "report/html", "report/pdf" })
            Assert.Equal(403, (await contact.GetAsync($"/inspections/{id}/{path}")).Status);
    }
}
