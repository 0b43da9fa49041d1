using System;
using System.IO;
using ScottPlot;

namespace Membrane.Biophysics.Plotting;

/// <summary>
/// A figure made by <see cref="Figures"/>: a ScottPlot 5 <see cref="ScottPlot.Plot"/> with axes labelled in units,
/// saved as PNG or SVG, or rendered in memory for a notebook (<see cref="ToPng"/>, <see cref="ToSvg"/>).
/// </summary>
/// <remarks>Not thread-safe (a ScottPlot plot is mutable); restyle it through <see cref="Plot"/> before saving.</remarks>
public sealed class Figure
{
    internal Figure(Plot plot) => Plot = plot;

    /// <summary>The underlying ScottPlot plot, for further styling.</summary>
    public Plot Plot { get; }

    /// <summary>Saves as PNG or SVG, chosen by the extension of <paramref name="path"/> (.png or .svg).</summary>
    /// <param name="path">The file to write; its extension must be .png or .svg.</param>
    /// <param name="width">The width in pixels; &gt; 0.</param>
    /// <param name="height">The height in pixels; &gt; 0.</param>
    /// <exception cref="ArgumentException">The extension is neither .png nor .svg.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A size ≤ 0.</exception>
    public void Save(string path, int width, int height)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        switch (Path.GetExtension(path).ToUpperInvariant())
        {
            case ".PNG":
                File.WriteAllBytes(path, ToPng(width, height));
                break;
            case ".SVG":
                File.WriteAllText(path, ToSvg(width, height));
                break;
            default:
                throw new ArgumentException($"{nameof(path)} must end in .png or .svg; was '{path}'.", nameof(path));
        }
    }

    /// <summary>Renders to PNG bytes.</summary>
    /// <param name="width">The width in pixels; &gt; 0.</param>
    /// <param name="height">The height in pixels; &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A size ≤ 0.</exception>
    public byte[] ToPng(int width, int height)
    {
        CheckSize(width, height);
        return Plot.GetImageBytes(width, height, ImageFormat.Png);
    }

    /// <summary>Renders to an SVG document.</summary>
    /// <param name="width">The width in pixels; &gt; 0.</param>
    /// <param name="height">The height in pixels; &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A size ≤ 0.</exception>
    public string ToSvg(int width, int height)
    {
        CheckSize(width, height);
        return Plot.GetSvgXml(width, height);
    }

    /// <summary>An HTML &lt;img&gt; with the PNG inline, for a notebook's HTML formatter.</summary>
    /// <param name="width">The width in pixels; &gt; 0.</param>
    /// <param name="height">The height in pixels; &gt; 0.</param>
    public string ToHtml(int width, int height) =>
        $"<img src=\"data:image/png;base64,{Convert.ToBase64String(ToPng(width, height))}\" width=\"{width}\" height=\"{height}\"/>";

    private static void CheckSize(int width, int height)
    {
        if (width <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(width), width, $"{nameof(width)} must be > 0 pixels; was {width}.");
        }

        if (height <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(height), height, $"{nameof(height)} must be > 0 pixels; was {height}.");
        }
    }
}
