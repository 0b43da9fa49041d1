using System.Collections.Generic;
using System.IO;
using System.Text;
using Membrane.Biophysics.Generators;
using Membrane.Biophysics.Quantities;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Membrane.Biophysics.Tests;

/// <summary>How the layering is read: the compilation, the walk over its syntax, and the rules applied to what it finds.</summary>
public partial class LayeringTests
{
    /// <summary>What the compiler reports when a name cannot be bound: an error, or a doc <c>cref</c> it could not read.</summary>
    private static bool HidesAReference(Diagnostic d) =>
        d.Severity == DiagnosticSeverity.Error || d.Id is "CS1574" or "CS1580" or "CS1581" or "CS1584" or "CS1658" or "CS0419";

    /// <summary>
    /// src/Membrane.Biophysics compiled as its build compiles it: every source file, the framework reference assemblies
    /// and the package assemblies the built core references (written by the test project's build, see its
    /// WriteLayeringReferences target), its preprocessor symbols, nullable on, and its quantity generator run through a
    /// <see cref="CSharpGeneratorDriver"/> so that the generated members bind. Documentation comments are parsed and
    /// their <c>cref</c>s bound and reported (<see cref="DocumentationMode.Diagnose"/>, as the build's documentation
    /// file does), so a <c>cref</c> that names nothing shows as a warning rather than going unseen.
    /// </summary>
    private static CSharpCompilation CompileCore()
    {
        var build = TestBuild.Value;
        var parse = ParseOptions(build.Defines);
        var trees = Directory.EnumerateFiles(CoreSource, "*.cs", SearchOption.AllDirectories)
            .Where(f => Path.GetRelativePath(CoreSource, f).Split(Path.DirectorySeparatorChar)[0] is not ("bin" or "obj"))
            .Order(StringComparer.Ordinal)
            .Select(f => CSharpSyntaxTree.ParseText(SourceText.From(File.ReadAllText(f), Encoding.UTF8), parse, f));
        var compilation = CSharpCompilation.Create("Membrane.Biophysics", trees, build.References, CompilationOptions);
        CSharpGeneratorDriver.Create([new QuantityGenerator().AsSourceGenerator()], parseOptions: parse)
            .RunGeneratorsAndUpdateCompilation(compilation, out var generated, out var generatorDiagnostics);
        Assert.Empty(generatorDiagnostics);
        return (CSharpCompilation)generated;
    }

    /// <summary>Files given by their path under a made-up source folder, compiled against the framework; no error allowed.</summary>
    private static CSharpCompilation CompileSynthetic(params (string Path, string Text)[] files)
    {
        var parse = ParseOptions([]);
        var compilation = CSharpCompilation.Create(
            "Synthetic",
            files.Select(f => CSharpSyntaxTree.ParseText(f.Text, parse, "/synthetic/" + f.Path)),
            TestBuild.Value.References,
            CompilationOptions);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        return compilation;
    }

    private static CSharpParseOptions ParseOptions(IEnumerable<string> defines) =>
        new(LanguageVersion.Latest, DocumentationMode.Diagnose, SourceCodeKind.Regular, defines);

    private static readonly CSharpCompilationOptions CompilationOptions =
        new(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: false);

    private sealed record Build(IReadOnlyList<MetadataReference> References, IReadOnlyList<string> Defines);

    private static readonly Lazy<Build> TestBuild = new(ReadBuild);

    /// <summary>
    /// The framework's reference assemblies (the ones the core compiles against too: same SDK, same target framework),
    /// and, for each other assembly the built core references, the test build's reference of that name.
    /// </summary>
    private static Build ReadBuild()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "layering-references.txt"))
            .Select(l => l.Split('|'))
            .ToList();
        var framework = lines.Where(l => l is ["reference", "Microsoft.NETCore.App", _]).Select(l => l[2]).ToList();
        Assert.NotEmpty(framework);
        var frameworkNames = framework.Select(Path.GetFileNameWithoutExtension).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var packages = typeof(ElectricPotential).Assembly.GetReferencedAssemblies()
            .Where(a => !frameworkNames.Contains(a.Name!))
            .Select(a => lines.FirstOrDefault(l => l is ["reference", _, _] && Path.GetFileNameWithoutExtension(l[2]).Equals(a.Name, StringComparison.OrdinalIgnoreCase))?[2]
                         ?? throw new InvalidOperationException($"The core references {a.Name}, which the test build does not reference."));
        var defines = lines.Where(l => l is ["defines", _]).SelectMany(l => l[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return new([.. framework.Concat(packages).Select(p => MetadataReference.CreateFromFile(p))], [.. defines]);
    }

    /// <summary>The namespaces of the satellite projects, src/Membrane.Biophysics.*: the core names none of them.</summary>
    private static string[] SatelliteNamespaces() =>
        [.. Directory.EnumerateDirectories(Path.Combine(Repository.Root, "src"), "Membrane.Biophysics.*")
            .Select(d => Path.GetFileName(d)!)
            .Where(d => d.StartsWith(Root + ".", StringComparison.Ordinal)) // the pattern matches the core's folder too
            .Order(StringComparer.Ordinal)];

    private static string LayerName(string layer) => layer.Length == 0 ? "root (Membrane.Biophysics)" : layer;

    /// <summary>One broken rule, where it is broken: <see cref="ToString"/> is the line a failing test prints.</summary>
    private sealed record Finding(string File, int Line, string FromLayer, string ToLayer, string Symbol, string Message)
    {
        public override string ToString() => $"{File}:{Line}: {Message}";
    }

    private sealed record Findings(
        IReadOnlyList<Finding> Upward,
        IReadOnlyList<Finding> Cycles,
        IReadOnlyList<Finding> Misplaced,
        IReadOnlyList<Finding> Satellite,
        IReadOnlyList<(string KnownFile, Finding Finding)> Tolerated);

    /// <summary>A name in a file that binds to a symbol of the library: from which namespace to which, and where.</summary>
    private sealed record Reference(string File, int Line, string FileLayer, string FromNamespace, string ToNamespace, string Target, string Symbol);

    private const string Root = "Membrane.Biophysics";

    /// <summary>The layer a namespace of the library belongs to (its first name below the root), or null outside it.</summary>
    private static string? LayerOf(string ns) =>
        ns == Root ? "" : ns.StartsWith(Root + ".", StringComparison.Ordinal) ? ns[(Root.Length + 1)..].Split('.')[0] : null;

    /// <summary>
    /// Walks every syntax node of <paramref name="compilation"/>, structured trivia (documentation comments) included,
    /// binds each name and each <c>cref</c> with the semantic model, and applies the rules to what they name.
    /// </summary>
    private static Findings Check(CSharpCompilation compilation, string sourceRoot, IReadOnlyList<string> satellites)
    {
        var references = new List<Reference>();
        var misplaced = new List<Finding>();
        var satellite = new List<Finding>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var root = tree.GetRoot();
            var isSource = tree.FilePath.StartsWith(sourceRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal);
            var file = (isSource ? Path.GetRelativePath(sourceRoot, tree.FilePath) : tree.FilePath).Replace(Path.DirectorySeparatorChar, '/');
            var declared = root.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().Select(FullName).ToList();
            var fileNamespace = declared.FirstOrDefault() ?? "";

            // A source file's layer is its folder; generated code's is the namespace it declares.
            var fileLayer = isSource ? (file.Contains('/', StringComparison.Ordinal) ? file[..file.IndexOf('/', StringComparison.Ordinal)] : "") : LayerOf(fileNamespace) ?? "";
            if (isSource)
            {
                foreach (var ns in root.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().Where(ns => LayerOf(FullName(ns)) != fileLayer))
                {
                    misplaced.Add(new(file, LineOf(ns.Name), fileLayer, LayerOf(FullName(ns)) ?? FullName(ns), FullName(ns),
                        $"declares the namespace {FullName(ns)} in the folder of the layer {LayerName(fileLayer)}"));
                }

                if (declared.Count == 0)
                {
                    misplaced.Add(new(file, 1, fileLayer, "", "", $"declares no namespace, in the folder of the layer {LayerName(fileLayer)}"));
                }
            }

            var model = compilation.GetSemanticModel(tree);
            foreach (var node in root.DescendantNodes(descendIntoTrivia: true))
            {
                if (node is QualifiedNameSyntax or AliasQualifiedNameSyntax or MemberAccessExpressionSyntax or CrefSyntax
                    && SatelliteNamed(node, satellites) is { } named)
                {
                    satellite.Add(new(file, LineOf(node), fileLayer, named, Normalised(node), $"names {Normalised(node)}, of the satellite {named}: the core references no satellite"));
                }

                if (node is not (SimpleNameSyntax or CrefSyntax) || IsDeclaredNamespaceName(node))
                {
                    continue;
                }

                var info = model.GetSymbolInfo(node);
                foreach (var symbol in info.Symbol is { } s ? [s] : info.CandidateSymbols)
                {
                    if (Target(symbol, node) is not ({ } toNamespace, { } target))
                    {
                        continue;
                    }

                    var fromNamespace = node.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().Select(FullName).FirstOrDefault() ?? fileNamespace;
                    references.Add(new(file, LineOf(node), fileLayer, fromNamespace, toNamespace, target, symbol.ToDisplayString()));
                }
            }
        }

        var upward = new List<Finding>();
        foreach (var r in references.DistinctBy(r => (r.File, r.Line, r.Target)))
        {
            var toLayer = LayerOf(r.ToNamespace)!;
            var from = Array.IndexOf(Layers, r.FileLayer);
            var to = Array.IndexOf(Layers, toLayer);
            if (satellites.FirstOrDefault(sat => r.ToNamespace == sat || r.ToNamespace.StartsWith(sat + ".", StringComparison.Ordinal)) is { } named)
            {
                satellite.Add(new(r.File, r.Line, r.FileLayer, named, r.Symbol, $"names {r.Symbol}, of the satellite {named}: the core references no satellite"));
            }
            else if (to < 0)
            {
                upward.Add(new(r.File, r.Line, r.FileLayer, toLayer, r.Symbol,
                    $"{LayerName(r.FileLayer)} names {r.Symbol}, of the namespace {r.ToNamespace}, which is in no layer (LayeringTests.Layers)"));
            }
            else if (from >= 0 && to > from)
            {
                upward.Add(new(r.File, r.Line, r.FileLayer, toLayer, r.Symbol,
                    $"{LayerName(r.FileLayer)} names {r.Symbol}, of the higher layer {LayerName(toLayer)}"));
            }
        }

        // A known exception's file is left out of every rule; what it would have broken is kept apart, to show that the
        // exception is still needed: the findings in the file, and the cycles that go when its references go.
        bool Known(Finding f) => KnownExceptions.Any(k => k.File == f.File);
        var satelliteNames = satellite.DistinctBy(f => (f.File, f.Line, f.ToLayer)).ToList();
        var allCycles = Cycles(references);
        var tolerated = KnownExceptions.SelectMany(k =>
            upward.Concat(misplaced).Concat(satelliteNames).Where(f => f.File == k.File)
                .Concat(allCycles.Where(c => Cycles([.. references.Where(r => r.File != k.File)]).All(d => d.Symbol != c.Symbol)))
                .Select(f => (k.File, f)));
        var cycles = Cycles([.. references.Where(r => KnownExceptions.All(k => k.File != r.File))]);
        return new(Sorted(upward), cycles, Sorted(misplaced), Sorted(satelliteNames), [.. tolerated]);

        List<Finding> Sorted(IEnumerable<Finding> findings) =>
            [.. findings.Where(f => !Known(f)).OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Line)];
    }

    /// <summary>
    /// The namespaces that use each other, directly or round a longer loop (the strongly connected parts of the graph
    /// "namespace A's code names a symbol of namespace B"), each reported with the first place each of its uses occurs.
    /// </summary>
    private static List<Finding> Cycles(List<Reference> references)
    {
        var edges = references.Where(r => r.FromNamespace != r.ToNamespace)
            .GroupBy(r => (r.FromNamespace, r.ToNamespace))
            .ToDictionary(g => g.Key, g => g.First());
        var nodes = edges.Keys.SelectMany(e => new[] { e.FromNamespace, e.ToNamespace }).Distinct().ToList();
        var reach = nodes.ToDictionary(n => n, n => Reachable(n, edges.Keys));
        var cycles = new List<Finding>();
        var parts = nodes.Where(n => reach[n].Contains(n))
            .Select(n => string.Join(" ⇄ ", nodes.Where(m => reach[n].Contains(m) && reach[m].Contains(n)).Order(StringComparer.Ordinal)))
            .Distinct();
        foreach (var part in parts)
        {
            var members = part.Split(" ⇄ ");
            var inside = edges.Where(e => members.Contains(e.Key.FromNamespace) && members.Contains(e.Key.ToNamespace))
                .Select(e => e.Value)
                .OrderBy(r => r.FromNamespace, StringComparer.Ordinal).ThenBy(r => r.ToNamespace, StringComparer.Ordinal)
                .ToList();
            cycles.Add(new(inside[0].File, inside[0].Line, LayerOf(inside[0].FromNamespace)!, LayerOf(inside[0].ToNamespace)!, part,
                $"the namespaces {part} use each other: " + string.Join("; ", inside.Select(r => $"{r.FromNamespace} → {r.ToNamespace} at {r.File}:{r.Line} ({r.Symbol})"))));
        }

        return cycles;
    }

    private static HashSet<string> Reachable(string from, ICollection<(string From, string To)> edges)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var todo = new Stack<string>([from]);
        while (todo.TryPop(out var n))
        {
            foreach (var (_, to) in edges.Where(e => e.From == n))
            {
                if (seen.Add(to))
                {
                    todo.Push(to);
                }
            }
        }

        return seen;
    }

    /// <summary>
    /// The namespace of what a name binds to and the type (or namespace) it counts against, for a symbol of the library;
    /// null for locals, parameters, type parameters, the framework, and a namespace that only qualifies a longer name.
    /// </summary>
    private static (string? Namespace, string? Target) Target(ISymbol symbol, SyntaxNode node)
    {
        while (true)
        {
            switch (symbol)
            {
                case IAliasSymbol alias:
                    symbol = alias.Target;
                    continue;
                case IArrayTypeSymbol array:
                    symbol = array.ElementType;
                    continue;
                case IPointerTypeSymbol pointer:
                    symbol = pointer.PointedAtType;
                    continue;
                case IMethodSymbol { ReducedFrom: { } extension }:
                    symbol = extension;
                    continue;
            }

            break;
        }

        if (symbol is ITypeParameterSymbol or ILocalSymbol or IParameterSymbol or IRangeVariableSymbol or ILabelSymbol
            or IDiscardSymbol or IDynamicTypeSymbol or IErrorTypeSymbol or IMethodSymbol { MethodKind: MethodKind.LocalFunction })
        {
            return (null, null);
        }

        if (symbol is INamespaceSymbol ns)
        {
            var name = ns.ToDisplayString();
            return ns.IsGlobalNamespace || IsQualifier(node) || LayerOf(name) is null ? (null, null) : (name, name);
        }

        var type = symbol as INamedTypeSymbol ?? symbol.ContainingType;
        while (type?.ContainingType is { } outer)
        {
            type = outer;
        }

        var containing = symbol.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() : null;
        return containing is not null && LayerOf(containing) is not null
            ? (containing, type?.OriginalDefinition.ToDisplayString() ?? symbol.ToDisplayString())
            : (null, null);
    }

    /// <summary>Whether a name is the left part of a longer name (<c>Dynamics</c> in <c>Dynamics.Simulation</c>).</summary>
    private static bool IsQualifier(SyntaxNode node)
    {
        var n = node;
        while (n.Parent is QualifiedNameSyntax q && q.Right == n || n.Parent is AliasQualifiedNameSyntax a && a.Name == n
               || n.Parent is MemberAccessExpressionSyntax m && m.Name == n)
        {
            n = n.Parent;
        }

        return n.Parent switch
        {
            QualifiedNameSyntax q => q.Left == n,
            AliasQualifiedNameSyntax a => a.Alias == n,
            MemberAccessExpressionSyntax m => m.Expression == n,
            QualifiedCrefSyntax c => c.Container == n,
            _ => false,
        };
    }

    /// <summary>Whether a name is (part of) the name a namespace declaration declares: a declaration, not a use.</summary>
    private static bool IsDeclaredNamespaceName(SyntaxNode node) =>
        node.Ancestors().SkipWhile(a => a is NameSyntax).FirstOrDefault() is BaseNamespaceDeclarationSyntax;

    /// <summary>The satellite a name spells out in full (bound or not: the core cannot bind one), if any.</summary>
    private static string? SatelliteNamed(SyntaxNode node, IReadOnlyList<string> satellites)
    {
        var text = Normalised(node);
        return satellites.FirstOrDefault(s => text == s || text.StartsWith(s + ".", StringComparison.Ordinal));
    }

    private static string Normalised(SyntaxNode node) =>
        string.Concat(node.ToString().Where(c => !char.IsWhiteSpace(c))).Replace("global::", "", StringComparison.Ordinal);

    private static string FullName(BaseNamespaceDeclarationSyntax ns) =>
        string.Join('.', ns.AncestorsAndSelf().OfType<BaseNamespaceDeclarationSyntax>().Reverse().Select(d => d.Name.ToString()));

    private static int LineOf(SyntaxNode node) => node.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
}
