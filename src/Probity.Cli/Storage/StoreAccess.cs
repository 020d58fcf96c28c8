using System.Globalization;
using Probity.Data;

namespace Probity.Cli.Storage;

/// <summary>Opens the store the environment names (migrating it first) and turns store failures into user errors.</summary>
public static class StoreAccess
{
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
            throw new UserError("cancelled; nothing was changed", CommandLine.Failure);
        }
        catch (ChangeRefusedException e)
        {
            throw new UserError(e.Message, CommandLine.InvalidInput);
        }
        catch (RecordNotFoundException e)
        {
            throw new UserError(e.Message, CommandLine.InvalidInput);
        }
        catch (StoreException e)
        {
            throw new UserError(e.Message, CommandLine.Failure);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    public static async Task<ProbityStore> OpenAsync(CancellationToken ct)
    {
        var location = DatabaseLocation.FromEnvironment();
        var store = await ProbityStore.OpenAsync(location, ct);
        foreach (var m in store.AppliedAtOpen) Console.Error.WriteLine($"probity: {location}: applied migration {m.Name}");
        return store;
    }

    /// <summary>An id, or a reference naming exactly one inspection.</summary>
    public static async Task<long> ResolveInspectionAsync(ProbityStore store, string text, CancellationToken ct)
    {
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return (await store.Inspections.GetAsync(id, ct)).Id;
        var found = await store.Inspections.FindByReferenceAsync(text, ct);
        return found.Count switch
        {
            1 => found[0].Id,
            0 => throw new UserError($"no inspection has id or reference \"{text}\"; ./probity inspections lists them"),
            _ => throw new UserError($"{found.Count} inspections have reference \"{text}\" (ids {string.Join(", ", found.Select(f => f.Id))}); give the id"),
        };
    }
}
