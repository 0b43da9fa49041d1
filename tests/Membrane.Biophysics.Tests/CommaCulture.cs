using System.Runtime.CompilerServices;

namespace Membrane.Biophysics.Tests;

/// <summary>
/// Runs the whole suite under a comma-decimal culture (de-DE), so that any formatting or parsing that leaks the
/// current culture fails somewhere. Tests that need another culture set it for their own thread.
/// </summary>
internal static class CommaCulture
{
    [ModuleInitializer]
    internal static void Initialize()
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
    }
}
