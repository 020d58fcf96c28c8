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
    // The interface is synchronous, and so is the store's answer (not an async call waited on): the key manager calls it
    // when the key ring is loaded or refreshed, about once a day, and reads afresh so that another instance's new key is seen.
    public IReadOnlyCollection<XElement> GetAllElements() => keys.List().Select(x => XElement.Parse(x)).ToList();

    public void StoreElement(XElement element, string friendlyName) => keys.Add(friendlyName, element.ToString(SaveOptions.DisableFormatting));
}
