using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Probity.Data;
using Probity.Data.Migrations;

namespace Probity.Cli.Storage;

/// <summary>
/// Opens the store the environment names, by the one migration rule (the embedded SQLite database migrates itself; a
/// PostgreSQL database must be at this build's schema), and turns store failures into user errors.
/// </summary>
public static class StoreAccess
{
    private static ServiceProvider? _services;

    /// <summary>
    /// The command's services, from the same <see cref="ProbityDataServices.AddProbityData(IServiceCollection, DatabaseLocation)"/>
    /// registration as the web app's; building them opens no database. Disposed when <see cref="Run{T}"/> ends.
    /// </summary>
    public static IServiceProvider Services => _services ??= new ServiceCollection()
        .AddProbityData(DatabaseLocation.FromEnvironment())
        .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

    public static int Run(Func<CancellationToken, Task<int>> work) => Run<int>(work);

    public static T Run<T>(Func<CancellationToken, Task<T>> work)
    {
        using var cancel = new CancellationTokenSource();
        // Ctrl+C cancels: the open transaction rolls back, so the database is left as it was.
        ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; cancel.Cancel(); };
        Console.CancelKeyPress += onCancel;
        try
        {
            return work(cancel.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            throw new UserErrorException("cancelled; nothing was changed", CommandLine.Failure);
        }
        catch (ChangeRefusedException e)
        {
            throw new UserErrorException(e.Message, CommandLine.InvalidInput);
        }
        catch (RecordNotFoundException e)
        {
            throw new UserErrorException(e.Message, CommandLine.InvalidInput);
        }
        catch (StoreException e)
        {
            throw new UserErrorException(e.Message, CommandLine.Failure);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
            _services?.Dispose();
            _services = null;
        }
    }

    public static async Task<ProbityStore> OpenAsync(CancellationToken ct)
    {
        var schema = Services.GetRequiredService<DatabaseSchema>();
        foreach (var migration in await schema.PrepareAsync(ct)) Console.Error.WriteLine($"probity: {schema.Location}: applied migration {migration.Name}");
        return Services.GetRequiredService<ProbityStore>();
    }

    /// <summary>
    /// An inspection (its id, or a reference naming exactly one) or a regional review ("review:N", or a reference naming
    /// exactly one). A reference that names both is refused: the id says which.
    /// </summary>
    /// <param name="orFolder">The command also takes a folder, so a miss says it is not one either.</param>
    public static async Task<StoredRecord> ResolveAsync(ProbityStore store, string text, CancellationToken ct, bool orFolder = false)
    {
        if (text.StartsWith(ReviewPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return long.TryParse(text.AsSpan(ReviewPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var reviewId)
                ? new StoredRecord(true, (await store.Reviews.GetAsync(reviewId, ct)).Id)
                : throw new UserErrorException($"\"{text}\" is not a review id: a stored review is review:N (./probity reviews lists them)");
        }
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _)) return new StoredRecord(false, await ResolveInspectionAsync(store, text, ct));
        var reviews = await store.Reviews.FindByReferenceAsync(text, ct);
        var inspections = await store.Inspections.FindByReferenceAsync(text, ct);
        if (reviews.Count > 0 && inspections.Count > 0)
            throw new UserErrorException($"\"{text}\" is the reference of both inspection {inspections[0].Id} and review {Id(reviews[0].Id)}; give the id ({inspections[0].Id} or {Id(reviews[0].Id)})");
        return reviews.Count switch
        {
            0 when inspections.Count == 0 => throw new UserErrorException(
                $"\"{text}\" is {(orFolder ? "neither a dataset folder nor" : "not")} the id or reference of a stored inspection or review ({store.Location}); ./probity inspections and ./probity reviews list them"),
            0 => new StoredRecord(false, await ResolveInspectionAsync(store, text, ct)),
            1 => new StoredRecord(true, reviews[0].Id),
            _ => throw new UserErrorException($"{reviews.Count} reviews have reference \"{text}\" ({string.Join(", ", reviews.Select(r => Id(r.Id)))}); give the id"),
        };
    }

    public const string ReviewPrefix = "review:";

    /// <summary>"review:3": how a stored review is named on the command line (an inspection is its bare number).</summary>
    public static string Id(long reviewId) => ReviewPrefix + reviewId.ToString(CultureInfo.InvariantCulture);

    /// <summary>An id, or a reference naming exactly one inspection.</summary>
    public static async Task<long> ResolveInspectionAsync(ProbityStore store, string text, CancellationToken ct)
    {
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return (await store.Inspections.GetAsync(id, ct)).Id;
        var found = await store.Inspections.FindByReferenceAsync(text, ct);
        return found.Count switch
        {
            1 => found[0].Id,
            0 => throw new UserErrorException($"no inspection has id or reference \"{text}\"; ./probity inspections lists them"),
            _ => throw new UserErrorException($"{found.Count} inspections have reference \"{text}\" (ids {string.Join(", ", found.Select(f => f.Id))}); give the id"),
        };
    }
}

/// <summary>A record the command line named: a regional review or an inspection, by its id.</summary>
public sealed record StoredRecord(bool IsReview, long Id);
