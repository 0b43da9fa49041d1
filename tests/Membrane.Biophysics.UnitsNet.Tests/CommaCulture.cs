using System.Runtime.CompilerServices;

namespace Membrane.Biophysics.UnitsNet.Tests;

/// <summary>
/// Runs the suite under a comma-decimal culture (de-DE), as the core's tests do, so that a message or a conversion that
/// leaks the current culture fails somewhere.
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
