using System.Linq;
using System.Text.Json;
using Xunit;

namespace Membrane.Biophysics.Cli.Tests;

/// <summary>Reading the tool's JSON output in tests.</summary>
internal static class Json
{
    /// <summary>The output as a JSON object, after checking the run succeeded and wrote nothing on standard error.</summary>
    public static JsonElement Object(ToolResult result)
    {
        Assert.True(result.ExitCode == 0 && result.Error.Length == 0, result.ToString());
        return JsonDocument.Parse(result.Output).RootElement.Clone();
    }

    /// <summary>The object's keys, in order.</summary>
    public static string[] Keys(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToArray();
}
