using System;
using Xunit;

namespace Membrane.Biophysics.Cli.Tests;

/// <summary>Bad input: a non-zero exit code, nothing on standard output, one line on standard error saying what was wrong.</summary>
[Collection(ToolCollection.Name)]
public sealed class BadInputTests(InstalledTool tool)
{
    [Theory]
    [InlineData(1, "unknown ion 'X'", "nernst", "X", "-i", "1mM", "-o", "2mM", "-t", "37C")]
    [InlineData(1, "inside must be a finite concentration > 0; was -1 mM", "nernst", "K", "-i", "-1mM", "-o", "2mM", "-t", "37C")] // the library's own ArgumentException message
    [InlineData(1, "'140 mV' is not a valid concentration", "nernst", "K", "-i", "140 mV", "-o", "2mM", "-t", "37C")]
    [InlineData(1, "'hot' is not a valid temperature", "nernst", "K", "-i", "140mM", "-o", "2mM", "-t", "hot")]
    [InlineData(1, "temperature must be", "nernst", "K", "-i", "140mM", "-o", "2mM", "-t", "-300C")]
    [InlineData(2, "--temperature", "nernst", "K", "-i", "140mM", "-o", "5mM")]
    [InlineData(2, "unrecognized", "nernst", "K", "-i", "140mM", "-o", "5mM", "-t", "37C", "--bogus")]
    [InlineData(2, "'xml' not recognized. Must be one of: 'text' 'json' 'csv'", "nernst", "K", "-i", "140mM", "-o", "5mM", "-t", "37C", "--format", "xml")]
    [InlineData(1, "must be electroneutral", "ljp", "--pipette", "K=140mM", "--bath", "Na=145mM,Cl=145mM", "-t", "22C")]
    [InlineData(1, "Henderson's mixing path only", "ljp", "--pipette", "Na=100mM,Cl=100mM", "--bath", "Na=10mM,Cl=10mM", "-t", "25C", "--activities", "davies")]
    [InlineData(1, "not a mix", "ghk", "--ion", "K=140mM/5mM,Na=15mM/145mM", "-p", "K=1,Na=1e-6cm/s", "-t", "37C")]
    [InlineData(1, "unknown transporter 'foo'", "transporter", "foo", "-V", "0mV", "-t", "37C")]
    [InlineData(1, "missing Ca²⁺", "transporter", "ncx", "--ion", "Na=10mM/140mM", "-V", "-80mV", "-t", "37C")]
    [InlineData(1, "unknown scenario 'nope'", "run", "nope")]
    [InlineData(1, "runs with its cited defaults", "run", "ischaemia", "--duration", "1s")]
    [InlineData(1, "--traces: applies to simulation scenarios", "plot", "run", "cardiac-ncx", "--traces", "concentrations", "-o", "figure.png")]
    [InlineData(1, "must be a path that ends in .png or .svg", "plot", "nernst", "K", "-i", "140mM", "--from", "1mM", "--to", "10mM", "-t", "37C", "-o", "figure.jpg")]
    public void Bad_input_fails_with_one_line_on_standard_error(int exitCode, string message, params string[] args)
    {
        var result = tool.Run(args);
        Assert.True(result.ExitCode == exitCode, result.ToString());
        Assert.Empty(result.Output);
        var line = Assert.Single(result.Error.TrimEnd().Split('\n'));
        Assert.StartsWith("membrane: ", line, StringComparison.Ordinal);
        Assert.Contains(message, line, StringComparison.OrdinalIgnoreCase);
    }
}
