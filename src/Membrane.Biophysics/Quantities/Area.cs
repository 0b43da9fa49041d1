using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// An area, such as a membrane area.
/// </summary>
[Quantity("m²")]
[Unit("µm²", 1e-12, "SquareMicrometers")]
[Unit("m²", 1, "SquareMeters")]
[Unit("cm²", 1e-4, "SquareCentimeters")]
[Unit("mm²", 1e-6, "SquareMillimeters")]
[Unit("nm²", 1e-18, "SquareNanometers")]
public readonly partial struct Area
{
    /// <summary>The volume of a prism.</summary>
    public static Volume operator *(Area area, Length length) => Volume.FromCubicMeters(area._si * length.Meters);

    /// <summary>The other side of a rectangle.</summary>
    public static Length operator /(Area area, Length length) => Length.FromMeters(area._si / length.Meters);
}
