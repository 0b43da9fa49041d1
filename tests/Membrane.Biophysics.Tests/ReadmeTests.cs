using System.IO;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Membrane.Biophysics.Tests;

/// <summary>The README's quick start is compiled and run, so it cannot rot; its printed values are checked.</summary>
[Collection(ReadmeTests.ConsoleCollection)]
public partial class ReadmeTests
{
    private static readonly object ConsoleLock = new();

    /// <summary>
    /// The tests that run snippets redirect the process-wide <see cref="Console.Out"/>; in one collection they run one
    /// at a time, so one snippet's output cannot land in another's capture (it did, intermittently, once there were three).
    /// </summary>
    public const string ConsoleCollection = "Console.Out capture";

    [Fact]
    public void Quick_start_compiles_runs_and_prints_what_its_comments_say()
    {
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "README.md"));
        var snippet = CSharpBlock().Match(readme).Groups["code"].Value;
        Assert.False(string.IsNullOrWhiteSpace(snippet), "README has a ```csharp quick start");

        var output = CompileAndRun(snippet);

        Assert.Contains("E_K = -89.0587 mV", output, StringComparison.Ordinal); // NEURON nernst(140, 5, 1) at 37 °C
        Assert.Contains("V − E_K = 19.0587 mV", output, StringComparison.Ordinal);
        Assert.Contains("Δμ̃ = 1.83888 kJ/mol", output, StringComparison.Ordinal); // 96485.332 C/mol × 19.0587 mV = 1838.9 J/mol
    }

    /// <summary>The first ```csharp block of a docs/ article (after <paramref name="heading"/> when given), which must exist.</summary>
    internal static string ArticleExample(string article, string? heading = null)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", article));
        if (heading is not null)
        {
            text = text[text.IndexOf(heading, StringComparison.Ordinal)..];
        }

        var snippet = Regex.Match(text, "```csharp\n(?<code>.*?)```", RegexOptions.Singleline).Groups["code"].Value;
        Assert.False(string.IsNullOrWhiteSpace(snippet), $"docs/{article} has a ```csharp example");
        return snippet;
    }

    internal static string CompileAndRun(string source)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Select(p => MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(global::Membrane.Biophysics.Quantities.ElectricPotential).Assembly.Location))
            .Append(MetadataReference.CreateFromFile(typeof(global::Membrane.Biophysics.Models.ReadyModels).Assembly.Location));
        var compilation = CSharpCompilation.Create(
            "Snippet",
            [CSharpSyntaxTree.ParseText("using System;\n" + source, new CSharpParseOptions(LanguageVersion.Latest))],
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));

        var assembly = Assembly.Load(image.ToArray());
        using var captured = new StringWriter(CultureInfo.InvariantCulture);

        // Console.Out is process-wide and xunit runs test classes in parallel: one snippet at a time, or two
        // snippets' output interleave (seen as a rare failure under load).
        lock (ConsoleLock)
        {
            var saved = Console.Out;
            try
            {
                Console.SetOut(captured);
                var entry = assembly.EntryPoint!;
                entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
            }
            finally
            {
                Console.SetOut(saved);
            }
        }

        return captured.ToString();
    }

    [GeneratedRegex("```csharp\\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
