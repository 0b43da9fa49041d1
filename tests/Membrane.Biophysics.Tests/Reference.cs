using System.IO;
using System.Text.Json;

namespace Membrane.Biophysics.Tests;

/// <summary>Reads the recorded outside reference values in tests/reference (see LITERATURE.md there for sources).</summary>
internal static class Reference
{
    public static JsonElement Load(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "reference", fileName);
        using var stream = File.OpenRead(path);
        return JsonDocument.Parse(stream).RootElement.Clone();
    }
}
