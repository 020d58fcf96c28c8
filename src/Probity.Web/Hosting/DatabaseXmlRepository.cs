using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Probity.Data.Keys;

namespace Probity.Web.Hosting;

/// <summary>
/// Data-protection keys in the database instead of the user's profile: every instance of the web app reads the same
/// keys, so a session cookie or form token made by one is accepted by another, and a restart signs no one out.
/// </summary>
internal sealed class DatabaseXmlRepository(DataProtectionKeyStore keys) : IXmlRepository
{
    // The interface is synchronous; it is called when the key ring is (re)loaded, about once a day, not per request.
    public IReadOnlyCollection<XElement> GetAllElements() =>
        keys.ListAsync(CancellationToken.None).GetAwaiter().GetResult().Select(x => XElement.Parse(x)).ToList();

    public void StoreElement(XElement element, string friendlyName) =>
        keys.AddAsync(friendlyName, element.ToString(SaveOptions.DisableFormatting), CancellationToken.None).GetAwaiter().GetResult();
}
