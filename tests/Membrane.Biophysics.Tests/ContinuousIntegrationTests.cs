using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text.RegularExpressions;

namespace Membrane.Biophysics.Tests;

/// <summary>
/// Holds <c>.ci/run</c> to what it runs: every Python module any script of the repository imports is either in
/// Python's standard library, a sibling script, or a Debian package that <c>.ci/run</c> installs (its
/// <c>debian_packages</c> list, checked at its top). Main was red on a fresh machine because a reference script needed
/// SciPy, which only a machine set up by hand had; this fails instead, naming the module and the package.
/// </summary>
public partial class ContinuousIntegrationTests
{
    /// <summary>The Debian package that provides each third-party module a script may import (Debian 12).</summary>
    private static readonly Dictionary<string, string> DebianPackageOf = new(StringComparer.Ordinal)
    {
        ["numpy"] = "python3-numpy",
        ["scipy"] = "python3-scipy",
        ["neuron"] = "python3-neuron",
        ["brian2"] = "python3-brian",
        ["nbformat"] = "python3-nbformat",
        ["nbclient"] = "python3-nbclient",
        ["jupyter_client"] = "python3-jupyter-client",
        ["ipykernel"] = "python3-ipykernel",
    };

    /// <summary>Commands the CI scripts run that a fresh machine may lack, and the Debian package of each.</summary>
    private static readonly Dictionary<string, string> DebianPackageOfCommand = new(StringComparer.Ordinal)
    {
        ["gcc"] = "gcc",
        ["jupyter nbconvert"] = "jupyter-nbconvert",
        ["jupyter --data-dir"] = "jupyter-core",
    };

    [Fact]
    public void Every_module_a_script_imports_is_installed_by_ci_run()
    {
        var installed = DebianPackages();
        var standard = StandardLibraryModules();
        var missing = new List<string>();
        foreach (var (source, imports) in PythonSources())
        {
            var siblings = source.File is { } file
                ? Directory.GetFiles(Path.GetDirectoryName(file)!, "*.py").Select(Path.GetFileNameWithoutExtension).ToHashSet(StringComparer.Ordinal)
                : [];
            foreach (var module in imports.Where(m => !standard.Contains(m) && !siblings.Contains(m)))
            {
                if (!DebianPackageOf.TryGetValue(module, out var package))
                {
                    missing.Add($"{source.Name} imports {module}: which Debian package provides it? Add it here and to .ci/run's debian_packages");
                }
                else if (!installed.Contains(package))
                {
                    missing.Add($"{source.Name} imports {module}, but .ci/run does not install {package}");
                }
            }
        }

        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Fact]
    public void Every_command_the_ci_scripts_need_is_installed_by_ci_run()
    {
        var installed = DebianPackages();
        var scripts = string.Join("\n", CiScripts().Select(File.ReadAllText));
        var missing = DebianPackageOfCommand
            .Where(c => Regex.IsMatch(scripts, $@"(^|[\s(|&;]){Regex.Escape(c.Key)}\b", RegexOptions.Multiline) && !installed.Contains(c.Value))
            .Select(c => $"the CI scripts run `{c.Key}`, but .ci/run does not install {c.Value}")
            .ToList();
        Assert.True(missing.Count == 0, string.Join("\n", missing));
        Assert.Contains("jupyter-nbconvert", installed); // the notebooks are executed in the kernel, and must stay so
    }

    [Fact]
    public void The_check_reads_the_imports_it_should()
    {
        // The scripts CI runs to regenerate its references, and the notebooks' own checker, are among those read.
        var names = PythonSources().Select(s => s.Source.Name).ToList();
        Assert.Contains(Path.Combine("tests", "reference", "ischaemia_scipy.py"), names);
        Assert.Contains(Path.Combine(".ci", "check-walkthrough"), names);
        Assert.Contains(names, n => n.StartsWith(Path.Combine(".ci", "run"), StringComparison.Ordinal)); // its inline Python
        var scipy = PythonSources().Single(s => s.Source.Name == Path.Combine("tests", "reference", "ischaemia_scipy.py"));
        Assert.Contains("scipy", scipy.Imports);
        Assert.Contains("numpy", scipy.Imports);
        Assert.Equal(["json", "math", "sys"], Imports("import json, math, sys\nfrom os import path as p\n").Where(m => m != "os").Order(StringComparer.Ordinal));
        Assert.Equal(["os"], Imports("    from os.path import join\n"));
    }

    private sealed record Source(string Name, string? File);

    /// <summary>
    /// Every Python program in the repository: the .py files, the executable scripts whose first line names python,
    /// and the inline Python of the CI shell scripts (here-documents fed to python).
    /// </summary>
    private static IEnumerable<(Source Source, IReadOnlyList<string> Imports)> PythonSources()
    {
        var root = Repository.Root;
        var skip = new[] { "bin", "obj", "artifacts", "TestResults", ".git", "BenchmarkDotNet.Artifacts" };
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(skip.Contains))
            {
                continue;
            }

            var isPython = file.EndsWith(".py", StringComparison.Ordinal) ||
                (Path.GetExtension(file).Length == 0 && FirstLine(file).StartsWith("#!", StringComparison.Ordinal) && FirstLine(file).Contains("python", StringComparison.Ordinal));
            if (isPython)
            {
                yield return (new Source(relative, file), Imports(File.ReadAllText(file)));
            }
        }

        foreach (var script in CiScripts())
        {
            var text = File.ReadAllText(script);
            var n = 0;
            foreach (Match doc in HereDocument().Matches(text))
            {
                if (doc.Groups["command"].Value.Contains("python", StringComparison.Ordinal))
                {
                    yield return (new Source($"{Path.GetRelativePath(root, script)} (inline Python {++n})", null), Imports(doc.Groups["body"].Value));
                }
            }
        }
    }

    /// <summary>The top-level modules a Python text imports (import a, b.c / from a.b import c).</summary>
    private static List<string> Imports(string python) =>
        ImportLine().Matches(python)
            .SelectMany(m => m.Groups["from"].Success
                ? [m.Groups["from"].Value]
                : m.Groups["names"].Value.Split(',').Select(n => n.Trim().Split(' ')[0]))
            .Select(m => m.Split('.')[0])
            .Where(m => m.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>The packages listed in .ci/run's <c>debian_packages=( … )</c>.</summary>
    private static HashSet<string> DebianPackages()
    {
        var run = File.ReadAllText(Path.Combine(Repository.Root, ".ci", "run"));
        var list = Regex.Match(run, @"^debian_packages=\((?<list>[^)]*)\)", RegexOptions.Multiline);
        Assert.True(list.Success, ".ci/run declares debian_packages=( … )");
        return Regex.Replace(list.Groups["list"].Value, "#.*", string.Empty)
            .Split((char[])[' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries)
            .ToHashSet(StringComparer.Ordinal);
    }

    private static IEnumerable<string> CiScripts() =>
        Directory.GetFiles(Path.Combine(Repository.Root, ".ci")).Where(f => !FirstLine(f).Contains("python", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    /// <summary>Python's own list of its standard library (3.10+), from the interpreter CI runs the scripts with.</summary>
    private static HashSet<string> StandardLibraryModules()
    {
        const string Python = "/usr/bin/python3";
        Assert.True(File.Exists(Python), $"{Python} is not on this machine: the check of .ci/run's packages cannot run without it");
        using var process = Process.Start(new ProcessStartInfo(Python, ["-c", "import sys; print('\\n'.join(sorted(sys.stdlib_module_names)))"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        var names = process.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        process.WaitForExit();
        Assert.True(process.ExitCode == 0 && names.Contains("json"), $"{Python} did not list its standard library (exit {process.ExitCode})");
        return names;
    }

    private static string FirstLine(string file)
    {
        using var reader = new StreamReader(file);
        return reader.ReadLine() ?? string.Empty;
    }

    [GeneratedRegex(@"^[ \t]*(?:from[ \t]+(?<from>[A-Za-z_][\w.]*)[ \t]+import\b|import[ \t]+(?<names>[A-Za-z_][\w.]*(?:[ \t]+as[ \t]+\w+)?(?:[ \t]*,[ \t]*[A-Za-z_][\w.]*(?:[ \t]+as[ \t]+\w+)?)*))", RegexOptions.Multiline)]
    private static partial Regex ImportLine();

    /// <summary>A here-document: the command line that feeds it, and its body up to the delimiter.</summary>
    [GeneratedRegex(@"^(?<command>[^\n]*)<<-?'?(?<tag>[A-Z]+)'?[^\n]*\n(?<body>.*?)\n\k<tag>$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex HereDocument();
}
