using System;
using System.Diagnostics;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;

namespace Membrane.Biophysics.Benchmarks;

/// <summary>
/// The C reference loops of <c>benchmarks/native</c>: <c>mb_nernst_batch</c> (<c>nernst.c</c>) and
/// <c>mb_ghk_reversal</c>, <c>mb_ghk_current</c> (<c>ghk.c</c>), <c>mb_hh_population</c> (<c>hh_population.c</c>), each in two builds (<c>lib*_fast.so</c>:
/// -O3 -march=native -ffast-math; <c>lib*_strict.so</c>: without -ffast-math), found in <c>$MEMBRANE_NATIVE_DIR</c> or else <c>benchmarks/native/bin</c>, and built there with
/// <c>benchmarks/native/build.sh</c> when missing or older than the C source.
/// </summary>
internal static unsafe partial class NativeBaseline
{
    public const string DirectoryVariable = "MEMBRANE_NATIVE_DIR";
    private const string RootVariable = "MEMBRANE_REPO_ROOT";
    private const string FastName = "nernst_fast";
    private const string StrictName = "nernst_strict";
    private const string GhkFastName = "ghk_fast";
    private const string GhkStrictName = "ghk_strict";
    private const string HhFastName = "hh_population_fast";
    private const string HhStrictName = "hh_population_strict";

    // Each library with the C source it is built from (a library older than its source is rebuilt).
    private static readonly (string Name, string Source)[] Libraries =
        [(FastName, "nernst.c"), (StrictName, "nernst.c"), (GhkFastName, "ghk.c"), (GhkStrictName, "ghk.c"),
         (HhFastName, "hh_population.c"), (HhStrictName, "hh_population.c")];

    private static readonly Lock Gate = new();
    private static bool _resolverSet;

    /// <summary>out[i] = k · log(co[i] / ci[i]), gcc -O3 -march=native -ffast-math (libmvec).</summary>
    [LibraryImport(FastName, EntryPoint = "mb_nernst_batch")]
    public static partial void Fast(double* ci, double* co, double* output, CLong n, double k);

    /// <summary>The same loop, gcc -O3 -march=native (scalar glibc log).</summary>
    [LibraryImport(StrictName, EntryPoint = "mb_nernst_batch")]
    public static partial void Strict(double* ci, double* co, double* output, CLong n, double k);

    /// <summary>GHK monovalent reversal over n ion-major samples of m ions, gcc -O3 -march=native -ffast-math.</summary>
    [LibraryImport(GhkFastName, EntryPoint = "mb_ghk_reversal")]
    public static partial void GhkReversalFast(double* ci, double* co, CLong m, CLong n, double* weights, int* valences, double thermal, double* output);

    /// <summary>The same loop, gcc -O3 -march=native.</summary>
    [LibraryImport(GhkStrictName, EntryPoint = "mb_ghk_reversal")]
    public static partial void GhkReversalStrict(double* ci, double* co, CLong m, CLong n, double* weights, int* valences, double thermal, double* output);

    /// <summary>GHK current density over n voltages, gcc -O3 -march=native -ffast-math.</summary>
    [LibraryImport(GhkFastName, EntryPoint = "mb_ghk_current")]
    public static partial void GhkCurrentFast(double* voltages, CLong n, int valence, double thermal, double k, double ci, double co, double* output);

    /// <summary>The same loop, gcc -O3 -march=native.</summary>
    [LibraryImport(GhkStrictName, EntryPoint = "mb_ghk_current")]
    public static partial void GhkCurrentStrict(double* voltages, CLong n, int valence, double thermal, double k, double ci, double co, double* output);

    /// <summary>
    /// <c>steps</c> steps of <c>cells</c> HH 1952 cells (SoA: v, m, h, n, bias, spike counts), Rush–Larsen gates and
    /// backward-Euler V as <see cref="Dynamics.Population"/>, gcc -O3 -march=native -ffast-math (libmvec exp, expm1).
    /// </summary>
    [LibraryImport(HhFastName, EntryPoint = "mb_hh_population")]
    public static partial void HhPopulationFast(double* v, double* m, double* h, double* n, double* bias, int* spikes, CLong cells, CLong steps, double dt, double phi);

    /// <summary>The same loop, gcc -O3 -march=native (scalar glibc exp and expm1).</summary>
    [LibraryImport(HhStrictName, EntryPoint = "mb_hh_population")]
    public static partial void HhPopulationStrict(double* v, double* m, double* h, double* n, double* bias, int* spikes, CLong cells, CLong steps, double dt, double phi);

    /// <summary>Sets the variables the benchmark child processes inherit, unless the user already set them.</summary>
    public static void PublishLocationToChildProcesses()
    {
        var root = FindRepositoryRoot();
        if (root is not null && Environment.GetEnvironmentVariable(RootVariable) is null)
        {
            Environment.SetEnvironmentVariable(RootVariable, root);
        }

        if (root is not null && Environment.GetEnvironmentVariable(DirectoryVariable) is null)
        {
            Environment.SetEnvironmentVariable(DirectoryVariable, Path.Combine(root, "benchmarks", "native", "bin"));
        }
    }

    /// <summary>Builds the libraries if needed, routes the imports above to them and loads both. Idempotent.</summary>
    public static void EnsureLoaded()
    {
        lock (Gate)
        {
            if (!_resolverSet)
            {
                var directory = EnsureBuilt();
                NativeLibrary.SetDllImportResolver(typeof(NativeBaseline).Assembly, (name, _, _) => Resolve(directory, name));
                _resolverSet = true;
            }
        }

        // Bind both entry points now (the first P/Invoke call resolves the library), outside any measurement.
        double one = 1;
        double result;
        Fast(&one, &one, &result, new CLong(1), 1);
        Strict(&one, &one, &result, new CLong(1), 1);
        var valence = 1;
        GhkReversalFast(&one, &one, new CLong(1), new CLong(1), &one, &valence, 1, &result);
        GhkReversalStrict(&one, &one, new CLong(1), new CLong(1), &one, &valence, 1, &result);
        GhkCurrentFast(&one, new CLong(1), 1, 1, 1, 1, 1, &result);
        GhkCurrentStrict(&one, new CLong(1), 1, 1, 1, 1, 1, &result);
        double v = -0.065, m = 0.05, h = 0.6, n = 0.3, bias = 0;
        var spikes = 0;
        HhPopulationFast(&v, &m, &h, &n, &bias, &spikes, new CLong(1), new CLong(1), 1e-5, 1);
        HhPopulationStrict(&v, &m, &h, &n, &bias, &spikes, new CLong(1), new CLong(1), 1e-5, 1);
    }

    private static IntPtr Resolve(string directory, string name) => name switch
    {
        FastName or StrictName or GhkFastName or GhkStrictName or HhFastName or HhStrictName => NativeLibrary.Load(Path.Combine(directory, FileName(name))),
        _ => IntPtr.Zero,
    };

    private static string FileName(string name) => $"lib{name}.so";

    private static string EnsureBuilt()
    {
        var root = Environment.GetEnvironmentVariable(RootVariable) is { Length: > 0 } r ? r : FindRepositoryRoot();
        var directory = Environment.GetEnvironmentVariable(DirectoryVariable) is { Length: > 0 } d ? d
            : root is not null ? Path.Combine(root, "benchmarks", "native", "bin")
            : throw new InvalidOperationException(
                $"Cannot find Membrane.Biophysics.sln above {AppContext.BaseDirectory}; set {DirectoryVariable} to a folder holding the libnernst_*, libghk_* and libhh_population_* libraries of benchmarks/native/build.sh.");

        var sources = root is null ? null : Path.Combine(root, "benchmarks", "native");
        if (!NeedsBuild(directory, sources))
        {
            return directory;
        }

        if (root is null)
        {
            throw new InvalidOperationException($"{directory} lacks the native libraries and the repository (with benchmarks/native/build.sh) was not found to build them.");
        }

        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("The C baseline is built by benchmarks/native/build.sh (gcc, Linux .so files) only on Linux.");
        }

        // Build into a private folder, then move the files in: another process never sees half-written libraries.
        var staging = Path.Combine(Path.GetTempPath(), $"membrane-native-{Environment.ProcessId}-{Guid.NewGuid():N}");
        var script = Path.Combine(root, "benchmarks", "native", "build.sh");
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(script);
        info.ArgumentList.Add(staging);
        try
        {
            using (var build = Process.Start(info) ?? throw new InvalidOperationException($"Could not start bash {script}."))
            {
                var stdout = build.StandardOutput.ReadToEndAsync();
                var stderr = build.StandardError.ReadToEnd();
                build.WaitForExit();
                Console.WriteLine($"// {script} {staging}: exit {build.ExitCode}{Environment.NewLine}{stdout.Result}{stderr}");
                if (build.ExitCode != 0)
                {
                    throw new InvalidOperationException($"{script} failed with exit code {build.ExitCode}: {stderr}");
                }
            }

            Directory.CreateDirectory(directory);
            foreach (var file in Directory.GetFiles(staging))
            {
                File.Move(file, Path.Combine(directory, Path.GetFileName(file)), overwrite: true);
            }
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }

        return directory;
    }

    private static bool NeedsBuild(string directory, string? sources)
    {
        foreach (var (name, file) in Libraries)
        {
            var source = sources is null ? null : Path.Combine(sources, file);
            var library = new FileInfo(Path.Combine(directory, FileName(name)));
            if (!library.Exists || (source is not null && File.Exists(source) && File.GetLastWriteTimeUtc(source) > library.LastWriteTimeUtc))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The folder holding Membrane.Biophysics.sln, searched upwards from the app and the working directory.</summary>
    private static string? FindRepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Membrane.Biophysics.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }
}
