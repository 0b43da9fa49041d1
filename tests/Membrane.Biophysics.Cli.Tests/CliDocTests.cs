using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Xunit;

namespace Membrane.Biophysics.Cli.Tests;

/// <summary>
/// docs/cli.md cannot rot: every <c>```console</c> block there is "$ membrane …" and the output the installed tool
/// prints for it (standard output, or standard error for a command that fails), run from a folder holding
/// docs/examples, as the page says.
/// </summary>
[Collection(ToolCollection.Name)]
public sealed partial class CliDocTests(InstalledTool tool)
{
    public static TheoryData<string> Commands()
    {
        var data = new TheoryData<string>();
        foreach (var (command, _) in Examples(ReadDoc()))
        {
            data.Add(command);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void The_documented_output_is_what_the_tool_prints(string command)
    {
        var expected = Examples(ReadDoc()).First(e => e.Command == command).Output;
        var root = Path.Combine(tool.Scratch, "doc-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "docs", "figures"));
        var examples = Path.Combine(root, "docs", "examples");
        Directory.CreateDirectory(examples);
        foreach (var file in Directory.GetFiles(Path.Combine(tool.Repository, "docs", "examples")))
        {
            File.Copy(file, Path.Combine(examples, Path.GetFileName(file)));
        }

        var result = tool.RunIn(root, Split(command).Skip(1).ToArray());
        var printed = (result.ExitCode == 0 ? result.Output : result.Error).ReplaceLineEndings("\n").TrimEnd('\n');
        Assert.Equal(expected, printed);
    }

    [Fact]
    public void The_page_shows_every_subcommand()
    {
        var commands = Examples(ReadDoc()).Select(e => Split(e.Command)[1]).ToHashSet();
        Assert.Superset(new HashSet<string> { "nernst", "ghk", "transporter", "ljp", "iv", "run", "plot" }, commands);
    }

    private static string ReadDoc() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "cli.md")).ReplaceLineEndings("\n");

    private static IEnumerable<(string Command, string Output)> Examples(string doc) =>
        ConsoleBlock().Matches(doc).Select(m => (m.Groups[1].Value, m.Groups[2].Value.TrimEnd('\n')));

    // "$ membrane …" then the output, up to the closing fence.
    [GeneratedRegex(@"```console\n\$ (membrane[^\n]*)\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ConsoleBlock();

    // Splits a command line as a POSIX shell would for these examples: spaces separate words, double quotes group.
    private static string[] Split(string line)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var quoted = false;
        var any = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
                any = true;
            }
            else if (c == ' ' && !quoted)
            {
                if (any)
                {
                    words.Add(word.ToString());
                }

                word.Clear();
                any = false;
            }
            else
            {
                word.Append(c);
                any = true;
            }
        }

        if (any)
        {
            words.Add(word.ToString());
        }

        return words.ToArray();
    }
}
