using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Probity.Web.Reports;
using Probity.Web.Tests.Infrastructure;

namespace Probity.Web.Tests;

/// <summary>Reports, PDFs and downloads are never cached; the content policy pins the base and form targets; prints queue.</summary>
public sealed class SafeOutputsTests(WebFactory web) : IClassFixture<WebFactory>
{
    [Fact]
    public async Task Reports_pdfs_and_downloads_are_not_stored_by_the_browser()
    {
        var id = await web.DemoInspectionAsync();
        var lead = await web.SignInAsync("demo.lead");
        var analyst = await web.SignInAsync("demo.analyst");
        var responses = new[]
        {
            await lead.Client.GetAsync($"/inspections/{id}/report"),
            await lead.Client.GetAsync($"/inspections/{id}/report/html"),
            await lead.Client.GetAsync($"/inspections/{id}/report/pdf"),
            await analyst.Client.GetAsync("/analysis/interviews/csv?table=workload-by-grade"),
        };
        foreach (var response in responses)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.CacheControl!.NoStore, $"{response.RequestMessage!.RequestUri} may be stored");
        }
    }

    [Fact]
    public async Task The_apps_own_styles_may_be_cached_but_are_checked_again()
    {
        var response = await web.Anonymous().Client.GetAsync("/css/probity.css");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.CacheControl!.NoStore);
        Assert.True(response.Headers.CacheControl.NoCache);
    }

    [Fact]
    public async Task The_content_policy_pins_the_base_address_and_where_forms_go()
    {
        var id = await web.DemoInspectionAsync();
        var lead = await web.SignInAsync("demo.lead");
        foreach (var path in new[] { "/sign-in", $"/inspections/{id}/report/html" })
        {
            var response = await lead.Client.GetAsync(path);
            var policy = response.Headers.GetValues("Content-Security-Policy").Single();
            Assert.Contains("base-uri 'none'", policy);
            Assert.Contains(path == "/sign-in" ? "form-action 'self'" : "form-action 'none'", policy);
        }
    }

    [Fact]
    public async Task A_full_print_queue_answers_503()
    {
        using var full = web.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton(new ReportPrinter(new PrintTurns(0)))));
        var id = (await full.Services.GetRequiredService<Probity.Data.Inspections.InspectionStore>().ListAsync()).First().Id;
        var lead = new WebSession(full.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true }));
        Assert.Equal(302, (await lead.PostFormAsync("/sign-in", new() { ["UserName"] = "demo.lead", ["Password"] = Demo.DemoData.Password })).Status);

        var response = await lead.GetAsync($"/inspections/{id}/report/pdf");

        Assert.Equal(503, response.Status);
        Assert.Contains("Too many reports are being printed", response.Html);
    }

    [Fact]
    public async Task Prints_run_one_at_a_time_in_turn()
    {
        using var queue = new PrintTurns(3);
        var running = 0;
        var most = 0;
        async Task<int> Print(int n)
        {
            most = Math.Max(most, Interlocked.Increment(ref running));
            await Task.Delay(30);
            Interlocked.Decrement(ref running);
            return n;
        }
        var results = await Task.WhenAll(Enumerable.Range(1, 3).Select(n => queue.RunAsync(() => Print(n), CancellationToken.None)));
        Assert.Equal([1, 2, 3], results);
        Assert.Equal(1, most);
    }

    [Fact]
    public async Task A_print_beyond_the_queue_limit_is_refused_at_once()
    {
        using var queue = new PrintTurns(2);
        var release = new TaskCompletionSource<int>();
        var first = queue.RunAsync(() => release.Task, CancellationToken.None);
        var second = queue.RunAsync(() => Task.FromResult(2), CancellationToken.None);

        await Assert.ThrowsAsync<PrintQueueFullException>(() => queue.RunAsync(() => Task.FromResult(3), CancellationToken.None));

        release.SetResult(1);
        var done = await Task.WhenAll(first, second);
        Assert.Equal([1, 2], done);
        Assert.Equal(4, await queue.RunAsync(() => Task.FromResult(4), CancellationToken.None));
    }
}
