using System;
using System.Globalization;
using Membrane.Biophysics.Internal;

namespace Membrane.Biophysics.Analysis;

/// <summary>
/// How <see cref="IvCurve"/> locates the zero crossing of a measured I–V curve: by linear interpolation between the two
/// points that bracket it (the default), or by a least-squares polynomial through the points nearest to it.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; <c>default(IvFit)</c> is <see cref="Interpolation"/>. A local fit averages out noise that
/// interpolation passes straight through, and follows the curvature of a rectifying current that interpolation cuts
/// across (the error of linear interpolation is about h² |I''| / (8 |I'|) for points h apart).
/// </remarks>
public readonly record struct IvFit
{
    private IvFit(int degree, int points)
    {
        Degree = degree;
        Points = points;
    }

    /// <summary>Linear interpolation between the two points that bracket the crossing; the slope is that segment's.</summary>
    public static IvFit Interpolation => default;

    /// <summary>The polynomial degree of a local fit (1–3); 0 for <see cref="Interpolation"/>.</summary>
    public int Degree { get; }

    /// <summary>How many points nearest the crossing the fit uses (at least <see cref="Degree"/> + 1); 0 for <see cref="Interpolation"/>.</summary>
    public int Points { get; }

    /// <summary>Whether this is <see cref="Interpolation"/>.</summary>
    public bool IsInterpolation => Points == 0;

    /// <summary>A least-squares polynomial I(V) of <paramref name="degree"/> through the <paramref name="points"/> points nearest the crossing.</summary>
    /// <param name="degree">1 (a line), 2 or 3.</param>
    /// <param name="points">How many points; at least <paramref name="degree"/> + 1.</param>
    /// <returns>The fit.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The degree is not 1–3, or there are too few points for it.</exception>
    public static IvFit Polynomial(int degree, int points)
    {
        Guard.InRange(degree, 1, 3, nameof(degree), what: "polynomial degree");

        Guard.AtLeast(points, degree + 1, nameof(points), "points (degree + 1)");

        return new IvFit(degree, points);
    }

    /// <summary>Describes the fit.</summary>
    /// <returns>"interpolation" or e.g. "degree-3 fit over 7 points".</returns>
    public override string ToString() =>
        IsInterpolation ? "interpolation" : string.Create(CultureInfo.InvariantCulture, $"degree-{Degree} fit over {Points} points");
}
