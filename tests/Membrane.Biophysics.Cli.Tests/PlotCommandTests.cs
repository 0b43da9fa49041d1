using System;
using System.Buffers.Binary;
using System.IO;
using Xunit;

namespace Membrane.Biophysics.Cli.Tests;

/// <summary><c>membrane plot</c>: the files exist, are PNG or SVG, and have the size asked for.</summary>
[Collection(ToolCollection.Name)]
public sealed class PlotCommandTests(InstalledTool tool)
{
    [Theory]
    [InlineData("nernst", "K", "-i", "140mM", "--from", "1mM", "--to", "100mM", "-t", "37C")]
    [InlineData("run", "hh-spike", "--duration", "30ms")]
    [InlineData("run", "k-accumulation", "--duration", "100ms", "--traces", "concentrations")]
    [InlineData("pnp", "-i", "K=140mM/5mM,Na=10mM/25mM,Cl=150mM/30mM", "--length", "10nm", "-V", "-70mV", "--diffusion-scale", "0.1", "-t", "37C")]
    public void Plot_writes_a_png_of_the_asked_size(params string[] args)
    {
        var path = Path.Combine(tool.Scratch, $"{args[0]}-{Guid.NewGuid():N}.png");
        var result = tool.Run([ "plot", .. args, "-o", path, "--width", "640", "--height", "400" ]);
        Assert.True(result.ExitCode == 0, result.ToString());
        var (width, height) = PngSize(File.ReadAllBytes(path));
        Assert.Equal((640, 400), (width, height));
    }

    [Fact]
    public void Plot_iv_marks_the_reversal_and_writes_svg()
    {
        var data = Path.Combine(tool.Scratch, "sweep.csv");
        File.WriteAllText(data, "-100,-180\n-80,-100\n-60,-20\n-40,60\n-20,140\n0,220\n");
        var svg = Path.Combine(tool.Scratch, "iv.svg");
        var json = Json.Object(tool.Run("plot", "iv", data, "-o", svg, "--width", "700", "--height", "450", "-f", "json"));
        Assert.Equal(-55, json.GetProperty("reversal_mV").GetDouble(), 9);
        var text = File.ReadAllText(svg);
        Assert.StartsWith("<?xml", text, StringComparison.Ordinal);
        Assert.Contains("<svg", text, StringComparison.Ordinal);
        Assert.Contains("width=\"700\" height=\"450\"", text, StringComparison.Ordinal);
        Assert.Contains("E_rev = -55.0 mV", text, StringComparison.Ordinal);
    }

    // PNG: the 8-byte signature, then the IHDR chunk whose first fields are the width and height (big-endian).
    private static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.True(png.Length > 1000, $"a PNG of {png.Length} bytes is too small to hold a figure");
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }
}
