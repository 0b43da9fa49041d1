using System.IO;

namespace Membrane.Biophysics.Tests;

/// <summary>The repository the tests run from, for the tests that read its sources and scripts.</summary>
internal static class Repository
{
    /// <summary>The folder holding Membrane.Biophysics.sln, above the test assembly.</summary>
    public static string Root { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Membrane.Biophysics.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException($"No Membrane.Biophysics.sln above {AppContext.BaseDirectory}.");
    }
}
