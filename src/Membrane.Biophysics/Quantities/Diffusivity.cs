using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// A diffusion coefficient D.
/// </summary>
[Quantity("m²/s")]
[Unit("µm²/ms", 1e-9, "SquareMicrometersPerMillisecond")]
[Unit("m²/s", 1, "SquareMetersPerSecond")]
[Unit("cm²/s", 1e-4, "SquareCentimetersPerSecond")]
[Unit("µm²/s", 1e-12, "SquareMicrometersPerSecond")]
[Unit("mm²/s", 1e-6, "SquareMillimetersPerSecond")]
public readonly partial struct Diffusivity
{
    /// <summary>The velocity D/L, the permeability of a layer of thickness L with partition coefficient 1.</summary>
    public static Permeability operator /(Diffusivity diffusivity, Length thickness) => Permeability.FromMetersPerSecond(diffusivity._si / thickness.Meters);
}
