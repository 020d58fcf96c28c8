namespace Probity.Reports.Pdf;

/// <summary>No Chromium to print with: the message says how to install one.</summary>
public sealed class ChromiumNotFoundException(string message) : Exception(message);
