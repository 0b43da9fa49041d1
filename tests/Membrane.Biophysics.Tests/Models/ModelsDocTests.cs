using System.Text.RegularExpressions;

namespace Membrane.Biophysics.Tests.Models;

/// <summary>docs/models.md's example is compiled and run, so it cannot rot; it must print what its comment says.</summary>
[Collection(ReadmeTests.ConsoleCollection)]
public class ModelsDocTests
{
    [Fact]
    public void The_article_example_prints_what_its_comment_says()
    {
        var snippet = ReadmeTests.ArticleExample("models.md");
        var promised = Regex.Match(snippet, "// (lumen pH .*)").Groups[1].Value.Trim();

        var output = ReadmeTests.CompileAndRun(snippet);

        Assert.Equal(promised, output.Trim());
    }
}
