using Probity.Data;

namespace Probity.Cli.Storage;

/// <summary>Opens the store the environment names (migrating it first) and turns store failures into user errors.</summary>
public static class StoreAccess
{
    public static int Run(Func<CancellationToken, Task<int>> work)
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
}
