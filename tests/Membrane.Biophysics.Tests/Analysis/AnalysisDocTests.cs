using System.Text.RegularExpressions;

namespace Membrane.Biophysics.Tests.Analysis;

/// <summary>docs/analysis.md's example is compiled and run, so it cannot rot; it must print what its comments say.</summary>
[Collection(ReadmeTests.ConsoleCollection)]
public class AnalysisDocTests
{
    [Fact]
    public void The_article_example_prints_what_its_comments_say_and_finds_the_values_the_sweep_was_made_with()
    {
        var snippet = ReadmeTests.ArticleExample("analysis.md");
        var promised = Regex.Matches(snippet, "^// (.*(?:interpolation|fit over).*)$", RegexOptions.Multiline).Select(m => m.Groups[1].Value.Trim()).ToArray();
        Assert.Equal(2, promised.Length);

        var printed = ReadmeTests.CompileAndRun(snippet).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        Assert.Equal(promised, printed);

        // The sweep's true values, from docs/notebooks/data/make_k_sweep.py (the GHK current in plain Python):
        // E_K = −43.8169 mV for 140/25 mM at 22 °C, slope conductance 39.7807 nS.
        var numbers = Regex.Matches(printed[1], @"-?\d+\.\d+").Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(-43.8169, numbers[0], 0.5);
        Assert.Equal(39.7807, numbers[1], 0.05 * 39.7807);
        var interpolated = double.Parse(Regex.Match(printed[0], @"-?\d+\.\d+").Value, CultureInfo.InvariantCulture);
        Assert.Equal(-43.8169, interpolated, 0.5);
    }
}
