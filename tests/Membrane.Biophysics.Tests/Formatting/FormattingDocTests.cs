using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Membrane.Biophysics.Tests.Formatting;

/// <summary>docs/formatting.md's example is compiled and run, so it cannot rot; the table it prints is checked.</summary>
[Collection(ReadmeTests.ConsoleCollection)]
public class FormattingDocTests
{
    [Fact]
    public void The_article_example_prints_the_table_its_comment_begins()
    {
        var snippet = ReadmeTests.ArticleExample("formatting.md");
        var promised = Regex.Match(snippet, "// (<table.*)…").Groups[1].Value;

        var output = ReadmeTests.CompileAndRun(snippet).Trim();

        Assert.StartsWith(promised, output, StringComparison.Ordinal);
        var rows = XElement.Parse(output).Element("tbody")!.Elements("tr").ToArray();
        Assert.Equal(2, rows.Length);
        Assert.All(rows, r => Assert.StartsWith("KCC2", r.Elements("td").First().Value, StringComparison.Ordinal));
        Assert.Equal(["-70", "-30"], rows.Select(r => r.Elements("td").ElementAt(1).Value));
        Assert.All(rows, r => Assert.Equal("0", r.Elements("td").ElementAt(5).Value)); // KCC2 (1 K⁺ : 1 Cl⁻) is electroneutral
    }
}
