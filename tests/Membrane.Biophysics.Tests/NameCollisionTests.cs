using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Text;
using Membrane.Biophysics.Plotting;
using Membrane.Biophysics.Quantities;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Membrane.Biophysics.Tests;

/// <summary>
/// Every public type of the library's packages, used by its simple name in one file that imports, beside every library
/// namespace, what a notebook or a lab script has in scope: compiled with Roslyn, it must be unambiguous. Three names
/// of 0.1.0 broke every notebook in the real .NET Interactive kernel this way (<c>Html</c>, <c>Current</c> against the
/// kernel's <c>Kernel.Current</c>, and <c>Activity</c> against <c>System.Diagnostics.Activity</c>).
/// </summary>
/// <remarks>
/// The kernel's imports are those of the C# kernel of Microsoft.dotnet-interactive 1.0.712001 (its default namespaces,
/// as listed in Microsoft.DotNet.Interactive.CSharp.dll, and the <c>using static</c> of <c>Kernel</c> and
/// <c>PocketViewTags</c> it submits at start-up), compiled against the same build of its assemblies
/// (1.0.0-beta.26120.1). The Jupyter front end's own top-level methods are not in a served package: CI's run of every
/// notebook in the real kernel covers them.
/// </remarks>
public class NameCollisionTests
{
    /// <summary>What the C# kernel imports before the first cell.</summary>
    private static readonly string[] KernelImports =
    [
        "System", "System.Text", "System.Collections", "System.Collections.Generic", "System.Threading.Tasks", "System.Linq",
        "Microsoft.DotNet.Interactive", "Microsoft.DotNet.Interactive.Formatting",
        "static Microsoft.DotNet.Interactive.Kernel", "static Microsoft.DotNet.Interactive.Formatting.PocketViewTags",
    ];

    /// <summary>What a lab script or an app commonly imports beside the library.</summary>
    private static readonly string[] ScriptImports =
    [
        "System.Diagnostics", "System.IO", "System.Globalization", "System.Numerics", "System.Threading",
        "System.Text.RegularExpressions", "System.Collections.Concurrent", "System.Buffers",
    ];

    /// <summary>
    /// The quantities the library shares, by name, with UnitsNet: the same concept under the same name (and, for
    /// <c>Permeability</c>, UnitsNet's magnetic permeability), kept on purpose (docs/quantities.md): a file that uses
    /// both imports UnitsNet through an alias, <c>using UN = UnitsNet;</c>. Any other collision with UnitsNet fails.
    /// </summary>
    private static readonly string[] SharedWithUnitsNet =
    [
        "AmountOfSubstance", "Area", "Capacitance", "Duration", "ElectricCharge", "ElectricCurrent", "ElectricPotential",
        "IQuantity<>", "Length", "MolarEnergy", "Permeability", "Temperature", "Volume",
    ];

    private static readonly Assembly[] Packages = [typeof(ElectricPotential).Assembly, typeof(Figure).Assembly, typeof(Membrane.Biophysics.Models.ReadyModels).Assembly];

    [Fact]
    public void No_library_name_is_ambiguous_beside_the_notebook_kernel_and_the_script_imports()
    {
        var errors = Compile(Source([.. KernelImports, .. ScriptImports], Packages.SelectMany(PublicTypes)));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Beside_UnitsNet_only_the_shared_quantity_names_collide()
    {
        var errors = Compile(Source([.. KernelImports, .. ScriptImports, "UnitsNet"], Packages.SelectMany(PublicTypes)));

        Assert.All(errors, e => Assert.True(e.IsAmbiguity, e.ToString()));
        Assert.Equal(SharedWithUnitsNet, errors.Select(e => e.Name).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void With_the_alias_the_docs_recommend_UnitsNet_and_the_library_are_used_side_by_side()
    {
        var errors = Compile(
            Source([.. KernelImports, .. ScriptImports, "UN = UnitsNet"], Packages.SelectMany(PublicTypes)) +
            "static class SideBySide { static void Both() { UN.Temperature theirs = UN.Temperature.FromDegreesCelsius(37); Temperature mine = Temperature.Body; System.Console.WriteLine((theirs, mine)); } }");
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    /// <summary>The check fails where it should: the three 0.1.0 names that collided, declared again, are found.</summary>
    [Fact]
    public void The_check_finds_the_collisions_that_broke_the_notebooks()
    {
        const string probe = "namespace Membrane.Biophysics.Probe { public static class Html { } public readonly struct Current { } public static class Activity { } }";
        var probeAssembly = Emit("Probe", probe, References());

        var errors = Compile(
            Source([.. KernelImports, .. ScriptImports], PublicTypes(Assembly.Load(probeAssembly))),
            MetadataReference.CreateFromImage(probeAssembly));

        Assert.All(errors, e => Assert.True(e.IsAmbiguity, e.ToString()));
        Assert.Equal(["Activity", "Current", "Html"], errors.Select(e => e.Name).Distinct().Order(StringComparer.Ordinal));
    }

    private static IEnumerable<Type> PublicTypes(Assembly assembly) => assembly.GetExportedTypes().Where(t => !t.IsNested);

    /// <summary>One file: the imports, every namespace of <paramref name="types"/>, and each type named by itself.</summary>
    private static string Source(IEnumerable<string> imports, IEnumerable<Type> types)
    {
        var all = types.OrderBy(t => t.FullName, StringComparer.Ordinal).ToList();
        var text = new StringBuilder();
        foreach (var import in imports.Concat(all.Select(t => t.Namespace!).Distinct()))
        {
            text.Append("using ").Append(import).Append(";\n");
        }

        // Locals rather than discards: the kernel's `using static PocketViewTags` makes `_` a read-only property.
        text.Append("static class Uses\n{\n    static void EachByItsSimpleName()\n    {\n");
        var n = 0;
        foreach (var type in all)
        {
            n++;
            var name = type.Name.Split('`')[0];
            if (type.IsGenericTypeDefinition)
            {
                // As a type; an open generic has no expression form.
                text.Append($"        System.Type t{n} = typeof(").Append(name).Append('<').Append(',', type.GetGenericArguments().Length - 1).Append(">);\n");
            }
            else
            {
                // As a type, and as an expression (where the kernel's `using static Kernel` brings members such as Current).
                text.Append($"        System.Type t{n} = typeof(").Append(name).Append(");\n");
                text.Append($"        string n{n} = nameof(").Append(name).Append(");\n");
            }
        }

        return text.Append("    }\n}\n").ToString();
    }

    private sealed record Error(string Id, string Name, string Message, string Line)
    {
        /// <summary>CS0104: ambiguous between types; CS0229: between a type and a member; CS0121: between calls.</summary>
        public bool IsAmbiguity => Id is "CS0104" or "CS0229" or "CS0121";

        public override string ToString() => $"{Id} {Message}    in: {Line.Trim()}";
    }

    private static List<Error> Compile(string source, params MetadataReference[] extra)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest));
        var compilation = CSharpCompilation.Create("Uses", [tree], References().Concat(extra), Options);
        var text = tree.GetText();
        return compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => new Error(d.Id, text.ToString(d.Location.SourceSpan), d.GetMessage(CultureInfo.InvariantCulture), text.Lines.GetLineFromPosition(d.Location.SourceSpan.Start).ToString()))
            .ToList();
    }

    private static byte[] Emit(string name, string source, IEnumerable<MetadataReference> references)
    {
        var compilation = CSharpCompilation.Create(name, [CSharpSyntaxTree.ParseText(source)], references, Options);
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return image.ToArray();
    }

    private static readonly CSharpCompilationOptions Options = new(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);

    /// <summary>The framework, the library's packages and the notebook kernel's and UnitsNet's assemblies.</summary>
    private static IEnumerable<MetadataReference> References() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Concat(Packages.Select(a => a.Location))
            .Concat(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "collision-references"), "*.dll"))
            .Select(p => MetadataReference.CreateFromFile(p));
}
