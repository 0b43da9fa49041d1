using System.Collections.Generic;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Membrane.Biophysics.Tests;

/// <summary>
/// Every argument error in src/ comes from the guard (docs/conventions.md, "Errors"): no file but Internal/Guard.cs
/// and Quantities/QuantityGuard.cs writes <c>new ArgumentException(…)</c> or <c>new ArgumentOutOfRangeException(…)</c>,
/// and none throws <c>NotSupportedException</c> for an argument a type does not simulate. Read from the sources with
/// Roslyn's parser (as LayeringTests reads them), so a comment or a string does not count and a qualified name does.
/// </summary>
public class ArgumentErrorSourceTests
{
    private static readonly string[] Allowed =
    [
        Path.Combine("Membrane.Biophysics", "Internal", "Guard.cs"),
        Path.Combine("Membrane.Biophysics", "Quantities", "QuantityGuard.cs"),
    ];

    private static readonly string[] Forbidden = ["ArgumentException", "ArgumentOutOfRangeException", "NotSupportedException"];

    [Fact]
    public void No_argument_exception_is_built_outside_the_guard()
    {
        var src = Path.Combine(Repository.Root, "src");
        var files = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .ToList();
        Assert.True(files.Count > 100, $"found only {files.Count} source files under {src}");
        var found = new List<string>();
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(src, file);
            if (Allowed.Contains(relative))
            {
                continue;
            }

            var root = CSharpSyntaxTree.ParseText(File.ReadAllText(file), path: file).GetRoot();
            foreach (var creation in root.DescendantNodes().OfType<ObjectCreationExpressionSyntax>())
            {
                var name = creation.Type switch
                {
                    QualifiedNameSyntax q => q.Right.Identifier.Text,
                    AliasQualifiedNameSyntax a => a.Name.Identifier.Text,
                    SimpleNameSyntax s => s.Identifier.Text,
                    _ => creation.Type.ToString(),
                };
                if (Forbidden.Contains(name))
                {
                    var line = creation.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                    found.Add($"{relative}:{line}: new {name}(…); use the Guard helpers (Internal/Guard.cs)");
                }
            }
        }

        Assert.True(found.Count == 0, string.Join("\n", found));
    }
}
