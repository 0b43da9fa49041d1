using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// An electric current per unit membrane area; outward current (cations leaving) is positive.
/// </summary>
[Quantity("A/m²")]
[Unit("µA/cm²", 1e-2, "MicroamperesPerSquareCentimeter")]
[Unit("A/m²", 1, "AmperesPerSquareMeter")]
[Unit("mA/cm²", 10, "MilliamperesPerSquareCentimeter")]
[Unit("nA/cm²", 1e-5, "NanoamperesPerSquareCentimeter")]
[Unit("pA/µm²", 1, "PicoamperesPerSquareMicrometer")]
[Unit("A/cm²", 1e4, "AmperesPerSquareCentimeter")]
public readonly partial struct CurrentDensity
{
    /// <summary>The total current through a membrane area.</summary>
    public static ElectricCurrent operator *(CurrentDensity density, Area area) => ElectricCurrent.FromAmperes(density._si * area.SquareMeters);

    /// <summary>The total current through a membrane area.</summary>
    public static ElectricCurrent operator *(Area area, CurrentDensity density) => density * area;
}
