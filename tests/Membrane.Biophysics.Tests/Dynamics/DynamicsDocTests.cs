using System.Globalization;
using System.Text.RegularExpressions;

namespace Membrane.Biophysics.Tests.Dynamics;

/// <summary>docs/dynamics.md's example is compiled and run, so it cannot rot; it must print what its comment says.</summary>
[Collection(ReadmeTests.ConsoleCollection)]
public class DynamicsDocTests
{
    /// <summary>The promised numbers are the closed form: d = (140·8 − 4·120)/272 moved out, so [Cl⁻]i = 8 − d = 5.6471 mM and E_Cl = E_K.</summary>
    [Fact]
    public void The_article_example_prints_what_its_comment_says()
    {
        var snippet = ReadmeTests.ArticleExample("dynamics.md");
        var promised = Regex.Match(snippet, "// (\\[Cl⁻\\]i .*)").Groups[1].Value.Trim();
        Assert.StartsWith(string.Create(CultureInfo.InvariantCulture, $"[Cl⁻]i {8 - (((140.0 * 8) - (4.0 * 120)) / 272):F4} mM"), promised, StringComparison.Ordinal);

        var output = ReadmeTests.CompileAndRun(snippet);

        Assert.Equal(promised, output.Trim());
    }

    /// <summary>The integrators section's Robertson example prints the literature's y(40) (Hairer &amp; Wanner 1996 §IV.1) to the digits shown.</summary>
    [Fact]
    public void The_integrators_example_prints_Robertson_at_t_40()
    {
        var snippet = ReadmeTests.ArticleExample("dynamics.md", "## Error-controlled integrators");
        Assert.Contains("// y(40) = 0.71582707, 9.185535E-006, 0.28416375", snippet, StringComparison.Ordinal);

        Assert.Equal("y(40) = 0.71582707, 9.185535E-006, 0.28416375", ReadmeTests.CompileAndRun(snippet).Trim());
    }
}
