using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace Membrane.Biophysics.Cli.Tests;

/// <summary>
/// Packs src/Membrane.Biophysics.Cli into a temporary folder (without building again: the solution build has built
/// it), installs it from there with <c>dotnet tool install --tool-path … --add-source …</c>, and runs the installed
/// <c>membrane</c> as a process. Once per test run; the folder, with its own NuGet package cache, is deleted after.
/// </summary>
public sealed class InstalledTool : IDisposable
{
    // A version of its own, so that no tool package cached by an earlier run can be installed instead of this one.
    private static readonly string Version = "0.0.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);

    private readonly string _work = Path.Combine(Path.GetTempPath(), "membrane-tool-tests-" + Guid.NewGuid().ToString("N"));

    public InstalledTool()
    {
        Repository = FindRepository();
        Directory.CreateDirectory(_work);
        var source = Path.Combine(_work, "source");
        var tools = Path.Combine(_work, "tools");
#if DEBUG
        const string configuration = "Debug";
#else
        const string configuration = "Release";
#endif
        Dotnet(
            $"pack \"{Path.Combine(Repository, "src", "Membrane.Biophysics.Cli")}\" -c {configuration} --no-build -o \"{source}\" " +
            $"-p:Version={Version} -p:EnableSourceLink=false -p:EnableSourceControlManagerQueries=false -nologo");
        // Installed from outside the repository, as a user would: the repository's nuget.config maps every package to
        // one source, which `--add-source` cannot be combined with. The folder's own config has no source but the added one.
        File.WriteAllText(Path.Combine(_work, "nuget.config"), "<configuration><packageSources><clear /></packageSources></configuration>");
        Dotnet($"tool install Membrane.Biophysics.Tool --version {Version} --tool-path \"{tools}\" --add-source \"{source}\" --configfile \"{Path.Combine(_work, "nuget.config")}\"");
        Executable = Path.Combine(tools, OperatingSystem.IsWindows() ? "membrane.exe" : "membrane");
        Directory.CreateDirectory(Scratch);
    }

    /// <summary>The repository root (the folder holding Membrane.Biophysics.sln).</summary>
    public string Repository { get; }

    /// <summary>The installed command.</summary>
    public string Executable { get; }

    /// <summary>A folder for the tests' input and output files.</summary>
    public string Scratch => Path.Combine(_work, "scratch");

    /// <summary>Runs <c>membrane</c> with the arguments, feeding standard input, and returns what it did.</summary>
    public ToolResult RunWithInput(string? standardInput, params string[] args) => Start(standardInput, Scratch, args);

    /// <summary>Runs <c>membrane</c> in a working folder.</summary>
    public ToolResult RunIn(string workingDirectory, params string[] args) => Start(null, workingDirectory, args);

    /// <summary>Runs <c>membrane</c> with the arguments.</summary>
    public ToolResult Run(params string[] args) => Start(null, Scratch, args);

    /// <summary>Runs <c>membrane</c> with one environment variable set, e.g. a locale.</summary>
    public ToolResult RunWithEnvironment(string variable, string value, params string[] args) => Start(null, Scratch, args, (variable, value));

    private ToolResult Start(string? standardInput, string workingDirectory, string[] args, (string Name, string Value)? environment = null)
    {
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        SetDotnetRoot(start);
        if (environment is { } e)
        {
            start.Environment[e.Name] = e.Value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            process.StandardInput.Write(standardInput);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"membrane {string.Join(' ', args)} did not finish in 2 minutes.");
        }

        Task.WaitAll(stdout, stderr);
        return new ToolResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }

    private void Dotnet(string arguments)
    {
        var start = new ProcessStartInfo("dotnet", arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _work,
        };
        start.Environment["NUGET_PACKAGES"] = Path.Combine(_work, "packages"); // keep the test's tool package out of the user's cache
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {arguments} did not finish in 5 minutes.");
        }

        Task.WaitAll(stdout, stderr);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {arguments} failed ({process.ExitCode}):\n{stdout.Result}\n{stderr.Result}");
        }
    }

    // A tool installed with --tool-path starts through an apphost, which finds the runtime through DOTNET_ROOT when
    // dotnet is not in its default place.
    private static void SetDotnetRoot(ProcessStartInfo start)
    {
        if (Environment.GetEnvironmentVariable("DOTNET_ROOT") is { Length: > 0 })
        {
            return;
        }

        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? Environment.ProcessPath;
        if (host is not null && Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            var real = new FileInfo(host).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? host;
            start.Environment["DOTNET_ROOT"] = Path.GetDirectoryName(real);
        }
    }

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Membrane.Biophysics.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Membrane.Biophysics.sln above {AppContext.BaseDirectory}.");
    }
}

/// <summary>What one run of the tool did.</summary>
public sealed record ToolResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Output}\nstderr:\n{Error}";
}

[CollectionDefinition(Name)]
public sealed class ToolCollection : ICollectionFixture<InstalledTool>
{
    public const string Name = "installed membrane tool";
}
