using System;
using System.Collections.Generic;
using System.IO;
using Membrane.Biophysics.Internal;
using ScottPlot;

namespace Membrane.Biophysics.Plotting;

/// <summary>
/// A figure made by <see cref="Figures"/>: one ScottPlot 5 <see cref="ScottPlot.Plot"/>, or several stacked panels
/// sharing their time axis, with axes labelled in units, saved as PNG or SVG, or rendered in memory for a notebook
/// (<see cref="ToPng"/>, <see cref="ToSvg"/>).
/// </summary>
/// <remarks>Not thread-safe (a ScottPlot plot is mutable); restyle it through <see cref="Plot"/> before saving.</remarks>
public sealed class Figure
{
    private readonly Multiplot? _panels;

    internal Figure(Plot plot)
    {
        Plot = plot;
        Panels = [plot];
    }

    internal Figure(Multiplot panels)
    {
        _panels = panels;
        Panels = panels.GetPlots();
        Plot = Panels[0];
    }

    /// <summary>The underlying ScottPlot plot (the top panel of a figure of several), for further styling.</summary>
    public Plot Plot { get; }

    /// <summary>Every panel, top to bottom; one for most figures.</summary>
    public IReadOnlyList<Plot> Panels { get; }

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
                throw Guard.Invalid(nameof(path), $"'{path}'", "a path that ends in .png or .svg");
        }
    }

    /// <summary>Renders to PNG bytes.</summary>
    /// <param name="width">The width in pixels; &gt; 0.</param>
    /// <param name="height">The height in pixels; &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A size ≤ 0.</exception>
    public byte[] ToPng(int width, int height)
    {
        CheckSize(width, height);
        if (_panels is null)
        {
            return Plot.GetImageBytes(width, height, ImageFormat.Png);
        }

        using var image = _panels.Render(width, height);
        return image.GetImageBytes(ImageFormat.Png);
    }

    /// <summary>Renders to an SVG document.</summary>
    /// <param name="width">The width in pixels; &gt; 0.</param>
    /// <param name="height">The height in pixels; &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A size ≤ 0.</exception>
    public string ToSvg(int width, int height)
    {
        CheckSize(width, height);
        if (_panels is null)
        {
            return Plot.GetSvgXml(width, height);
        }

        using var stream = new MemoryStream();
        using (var canvas = SkiaSharp.SKSvgCanvas.Create(new SkiaSharp.SKRect(0, 0, width, height), stream))
        {
            _panels.Render(canvas, new PixelRect(0, width, height, 0));
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>An HTML &lt;img&gt; with the PNG inline, for a notebook's HTML formatter.</summary>
    /// <param name="width">The width in pixels; &gt; 0.</param>
    /// <param name="height">The height in pixels; &gt; 0.</param>
    public string ToHtml(int width, int height) =>
        $"<img src=\"data:image/png;base64,{Convert.ToBase64String(ToPng(width, height))}\" width=\"{width}\" height=\"{height}\"/>";

    private static void CheckSize(int width, int height)
    {
        Guard.GreaterThan(width, 0, nameof(width), "width", " pixels");

        Guard.GreaterThan(height, 0, nameof(height), "height", " pixels");
    }
}
