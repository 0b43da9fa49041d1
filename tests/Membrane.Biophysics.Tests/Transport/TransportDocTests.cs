
namespace Membrane.Biophysics.Tests.Transport;

/// <summary>docs/transport.md's example is compiled and run, so it cannot rot; its printed values are checked.</summary>
[Collection(ReadmeTests.ConsoleCollection)]
public class TransportDocTests
{
    [Fact]
    public void The_article_example_prints_what_its_comments_say()
    {
        var snippet = ReadmeTests.ArticleExample("transport.md");

        var output = ReadmeTests.CompileAndRun(snippet);

        Assert.Contains("NCX (3 Na⁺ in, 1 Ca²⁺ out) at V = -80.0 mV: ΔG = -2.60 kJ/mol, E_rev = -53.1 mV, z_net = +1: turns forward (as written)", output, StringComparison.Ordinal);
        Assert.Contains("E_pump = -180.3 mV", output, StringComparison.Ordinal);
    }
}
