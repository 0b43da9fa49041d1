using System.Collections.Generic;
using System.IO;
using Membrane.Biophysics.Quantities;
using Microsoft.CodeAnalysis.CSharp;

namespace Membrane.Biophysics.Tests;

/// <summary>
/// The core's layers (docs/conventions.md, "Layers"): a file names only symbols of its own layer and the layers below
/// it, no two namespaces use each other (directly or round a longer loop), and the core names none of its satellites.
/// Read from the core's sources, compiled with Roslyn as the build compiles them and walked node by node with the
/// semantic model (LayeringTests.Check.cs), so fully qualified names, <c>using</c> directives, attributes and XML doc
/// <c>cref</c>s count as well as the names in code.
/// </summary>
public partial class LayeringTests
{
    /// <summary>
    /// The core's layers, bottom first, each a folder of src/Membrane.Biophysics and the namespace of that name; the
    /// empty name is the root namespace <c>Membrane.Biophysics</c> (its exceptions, in files at the top of the folder).
    /// </summary>
    /// <remarks>
    /// Quantities is the bottom; the root sits above it because <c>NonFiniteStateException</c> carries a
    /// <c>Duration</c>, and Internal (the guard and the numerics) above the root because its root finder throws
    /// <c>ConvergenceException</c>. The rest is the design's order (../shared/DESIGN.md, §1).
    /// </remarks>
    private static readonly string[] Layers =
    [
        "Quantities", "", "Internal", "Constants", "Species", "Equilibrium", "Ghk", "Transport", "Electrodiffusion",
        "Channels", "Dynamics", "Analysis", "Formatting",
    ];

    /// <summary>
    /// The files allowed to break the rules for now, each with the reason and what removes it: every finding in such a
    /// file is tolerated, and the test fails once the file no longer breaks a rule, so the entry is deleted with the cause.
    /// </summary>
    private static readonly KnownException[] KnownExceptions =
    [
    ];

    private sealed record KnownException(string File, string Reason);

    private static readonly Lazy<CSharpCompilation> CoreCompilation = new(CompileCore);

    /// <summary>What the walk finds in the core, read only from a compilation without an error (else a name that did not
    /// bind could hide a reference): every fact below fails if the core does not compile here.</summary>
    private static readonly Lazy<Findings> Core = new(() =>
    {
        var compilation = CoreCompilation.Value;
        var problems = compilation.GetDiagnostics().Where(HidesAReference).ToList();
        Assert.True(problems.Count == 0, "The core does not compile here as the build compiles it:\n" + string.Join("\n", problems));
        return Check(compilation, CoreSource, SatelliteNamespaces());
    });

    private static string CoreSource => Path.Combine(Repository.Root, "src", "Membrane.Biophysics");

    [Fact]
    public void The_core_compiles_here_as_the_build_compiles_it_with_its_generator_and_without_an_error()
    {
        Assert.Contains(CoreCompilation.Value.SyntaxTrees, t => t.FilePath.EndsWith("Ph.g.cs", StringComparison.Ordinal));
        Assert.NotNull(Core.Value);
    }

    [Fact]
    public void Every_folder_of_the_core_is_a_layer_and_every_layer_a_folder()
    {
        var folders = Directory.EnumerateDirectories(CoreSource)
            .Select(Path.GetFileName)
            .Where(f => f is not ("bin" or "obj"))
            .Append("")
            .Order(StringComparer.Ordinal);
        Assert.Equal(Layers.Order(StringComparer.Ordinal), folders);
    }

    [Fact]
    public void Every_file_declares_the_namespace_of_its_folder() =>
        AssertNone(Core.Value.Misplaced);

    [Fact]
    public void No_file_names_a_symbol_of_a_higher_layer() =>
        AssertNone(Core.Value.Upward);

    [Fact]
    public void No_namespaces_use_each_other_round_a_cycle() =>
        AssertNone(Core.Value.Cycles);

    [Fact]
    public void The_core_names_none_of_its_satellites_and_references_none()
    {
        Assert.Contains("Membrane.Biophysics.Plotting", SatelliteNamespaces());
        Assert.Contains("Membrane.Biophysics.Cli", SatelliteNamespaces());
        AssertNone(Core.Value.Satellite);
        Assert.DoesNotContain(
            typeof(ElectricPotential).Assembly.GetReferencedAssemblies(),
            a => a.Name!.StartsWith("Membrane.Biophysics", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_known_exception_still_breaks_a_rule_else_its_entry_is_deleted()
    {
        var all = Core.Value;
        Assert.All(KnownExceptions, known => Assert.True(
            all.Tolerated.Any(t => t.KnownFile == known.File),
            $"{known.File} breaks no layering rule any more: delete its entry from LayeringTests.KnownExceptions ({known.Reason})."));
    }

    [Fact]
    public void The_layer_order_is_the_one_docs_conventions_states()
    {
        var docs = File.ReadAllText(Path.Combine(Repository.Root, "docs", "conventions.md"));
        Assert.Contains(string.Join(" → ", Layers.Select(l => l.Length == 0 ? "root" : l)), docs, StringComparison.Ordinal);
    }

    /// <summary>
    /// The check fails where it should: Quantities files that name Dynamics in a <c>using</c>, an attribute, a fully
    /// qualified name, a simple name, and (the second file) only in a <c>cref</c>; the legal use the other way round
    /// is no finding, but the pair is a cycle.
    /// </summary>
    [Fact]
    public void The_check_finds_exactly_the_upward_references_of_a_synthetic_source()
    {
        var findings = Check(
            CompileSynthetic(
                ("Dynamics/Engine.cs", """
                    namespace Membrane.Biophysics.Dynamics;

                    /// <summary>Uses the layer below it, as it may: <see cref="Quantities.Probe"/>.</summary>
                    public sealed class Engine
                    {
                        /// <summary>Runs.</summary>
                        public static int Run() => Quantities.Probe.Zero;
                    }

                    /// <summary>A mark.</summary>
                    [System.AttributeUsage(System.AttributeTargets.Class)]
                    public sealed class MarkerAttribute : System.Attribute
                    {
                    }
                    """),
                ("Quantities/Probe.cs", """
                    using Membrane.Biophysics.Dynamics;

                    namespace Membrane.Biophysics.Quantities;

                    /// <summary>Names the layer above it in code.</summary>
                    [Marker]
                    public static class Probe
                    {
                        /// <summary>Zero, used from above.</summary>
                        public const int Zero = 0;

                        /// <summary>By its full name.</summary>
                        public static object Make() => new global::Membrane.Biophysics.Dynamics.Engine();

                        /// <summary>By its simple name, through the using.</summary>
                        public static int Run() => Engine.Run() + Zero;
                    }
                    """),
                ("Quantities/Documented.cs", """
                    namespace Membrane.Biophysics.Quantities;

                    /// <summary>Only its documentation names the layer above: <see cref="Dynamics.Engine.Run"/>.</summary>
                    /// <remarks>And a satellite: <see cref="Membrane.Biophysics.Plotting.Figure"/>.</remarks>
                    public static class Documented
                    {
                    }
                    """)),
            "/synthetic",
            ["Membrane.Biophysics.Plotting"]);

        Assert.Equal(
            [
                ("Quantities/Documented.cs", 3, "Quantities", "Dynamics", "Membrane.Biophysics.Dynamics.Engine.Run()"),
                ("Quantities/Probe.cs", 1, "Quantities", "Dynamics", "Membrane.Biophysics.Dynamics"),
                ("Quantities/Probe.cs", 6, "Quantities", "Dynamics", "Membrane.Biophysics.Dynamics.MarkerAttribute.MarkerAttribute()"),
                ("Quantities/Probe.cs", 13, "Quantities", "Dynamics", "Membrane.Biophysics.Dynamics.Engine"),
                ("Quantities/Probe.cs", 16, "Quantities", "Dynamics", "Membrane.Biophysics.Dynamics.Engine"),
            ],
            findings.Upward.Select(f => (f.File, f.Line, f.FromLayer, f.ToLayer, f.Symbol)));
        Assert.Equal(
            "Quantities/Probe.cs:13: Quantities names Membrane.Biophysics.Dynamics.Engine, of the higher layer Dynamics",
            findings.Upward[3].ToString());

        var cycle = Assert.Single(findings.Cycles);
        Assert.Contains("Membrane.Biophysics.Dynamics ⇄ Membrane.Biophysics.Quantities", cycle.ToString(), StringComparison.Ordinal);
        Assert.Contains("Dynamics/Engine.cs:3", cycle.ToString(), StringComparison.Ordinal);
        Assert.Contains("Quantities/Probe.cs:1", cycle.ToString(), StringComparison.Ordinal);

        var satellite = Assert.Single(findings.Satellite);
        Assert.Equal(("Quantities/Documented.cs", 4, "Membrane.Biophysics.Plotting"), (satellite.File, satellite.Line, satellite.ToLayer));
        Assert.Empty(findings.Misplaced);
    }

    /// <summary>A file whose namespace is not its folder's is found, and so is a name of a namespace in no layer.</summary>
    [Fact]
    public void The_check_finds_a_misplaced_namespace_and_a_namespace_in_no_layer()
    {
        var findings = Check(
            CompileSynthetic(
                ("Quantities/Stray.cs", """
                    namespace Membrane.Biophysics.Channels;

                    /// <summary>In the Quantities folder.</summary>
                    public static class Stray
                    {
                    }
                    """),
                ("Quantities/Uses.cs", """
                    namespace Membrane.Biophysics.Quantities;

                    /// <summary>Names a namespace the layer list does not hold: <see cref="Elsewhere.Thing"/>.</summary>
                    public static class Uses
                    {
                    }
                    """),
                ("Quantities/Thing.cs", """
                    namespace Membrane.Biophysics.Elsewhere;

                    /// <summary>A thing.</summary>
                    public static class Thing
                    {
                    }
                    """)),
            "/synthetic",
            []);

        Assert.Equal(
            [("Quantities/Stray.cs", 1, "Channels"), ("Quantities/Thing.cs", 1, "Elsewhere")],
            findings.Misplaced.Select(f => (f.File, f.Line, f.ToLayer)));
        Assert.Equal(
            [("Quantities/Uses.cs", 3, "Elsewhere")],
            findings.Upward.Select(f => (f.File, f.Line, f.ToLayer)));
        Assert.Contains("in no layer", findings.Upward[0].ToString(), StringComparison.Ordinal);
    }

    /// <summary>
    /// A name that binds to nothing is reported, not skipped: the walk cannot see what it would have named, so the core's
    /// compilation must hold none (an error in code; in a doc comment, a warning that this check counts).
    /// </summary>
    [Fact]
    public void A_cref_that_binds_to_nothing_is_counted_against_the_compilation()
    {
        var compilation = CompileSynthetic(("Quantities/Unbound.cs", """
            namespace Membrane.Biophysics.Quantities;

            /// <summary>Names what is not there: <see cref="Dynamics.Engine"/>.</summary>
            public static class Unbound
            {
            }
            """));

        var problem = Assert.Single(compilation.GetDiagnostics(), HidesAReference);
        Assert.Equal(("CS1574", 3), (problem.Id, problem.Location.GetLineSpan().StartLinePosition.Line + 1));
        Assert.Empty(Check(compilation, "/synthetic", []).Upward);
    }

    private static void AssertNone(IReadOnlyList<Finding> findings) =>
        Assert.True(findings.Count == 0, $"{findings.Count} finding(s); the layers, bottom first, are {string.Join(" → ", Layers.Select(LayerName))}:\n" + string.Join("\n", findings));
}
