using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// A length: a membrane thickness, a cell radius, a cable segment.
/// </summary>
[Quantity("m")]
[Unit("µm", 1e-6, "Micrometers")]
[Unit("m", 1, "Meters")]
[Unit("cm", 1e-2, "Centimeters")]
[Unit("mm", 1e-3, "Millimeters")]
[Unit("nm", 1e-9, "Nanometers")]
[Unit("Å", 1e-10, "Angstroms")]
public readonly partial struct Length
{
    /// <summary>The area of a rectangle.</summary>
    public static Area operator *(Length left, Length right) => Area.FromSquareMeters(left._si * right._si);
}
