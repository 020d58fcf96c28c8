using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;

namespace Probity.Cli.Commands;

/// <summary>
/// Starts the web app for <c>serve</c> and <c>web</c>, and turns a failure to listen into the user's message (exit 1):
/// an address already in use, or any other reason the server could not listen.
/// </summary>
internal static class Listening
{
    /// <param name="inUse">The message when an address is in use, given the server's own message.</param>
    /// <param name="failed">The message for any other failure to listen, given the server's own message.</param>
    public static async Task StartAsync(WebApplication app, Func<string, string> inUse, Func<string, string> failed, CancellationToken ct)
    {
        try
        {
            await app.StartAsync(ct);
        }
        catch (IOException e) when (e.InnerException is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse }
            || e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            throw new UserErrorException(inUse(e.Message), CommandLine.Failure);
        }
        catch (IOException e)
        {
            throw new UserErrorException(failed(e.Message), CommandLine.Failure);
        }
    }
}
