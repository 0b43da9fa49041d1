using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// A volume, such as a cell, compartment or extracellular-space volume.
/// </summary>
/// <remarks>
/// Stored as one <see cref="double"/> in m³; the default value is zero. Immutable and thread-safe.
/// NaN and infinities are stored as given (the laws of this library reject them with a clear exception).
/// Prints in its display unit (pL) with the invariant culture; parses what it prints and the common spellings.
/// </remarks>
[Quantity("m³")]
public readonly partial struct Volume
{
    private static readonly QuantityUnit[] Units =
    [
        new("pL", 1e-15, 0, "pl"),
        new("m³", 1),
        new("L", 1e-3, 0, "l", "dm³"),
        new("mL", 1e-6, 0, "ml", "cm³"),
        new("µL", 1e-9, 0, "µl"),
        new("nL", 1e-12, 0, "nl"),
        new("fL", 1e-18, 0, "fl", "µm³"),
    ];

    /// <summary>Creates a value from m³.</summary>
    /// <param name="cubicMeters">The value in m³.</param>
    public static Volume FromCubicMeters(double cubicMeters) => new(cubicMeters);

    /// <summary>Creates a value from L.</summary>
    /// <param name="liters">The value in L.</param>
    public static Volume FromLiters(double liters) => new(liters * 1e-3);

    /// <summary>Creates a value from µL.</summary>
    /// <param name="microliters">The value in µL.</param>
    public static Volume FromMicroliters(double microliters) => new(microliters * 1e-9);

    /// <summary>Creates a value from pL.</summary>
    /// <param name="picoliters">The value in pL.</param>
    public static Volume FromPicoliters(double picoliters) => new(picoliters * 1e-15);

    /// <summary>Creates a value from fL (= µm³).</summary>
    /// <param name="femtoliters">The value in fL (= µm³).</param>
    public static Volume FromFemtoliters(double femtoliters) => new(femtoliters * 1e-18);

    /// <summary>Creates a value from µm³.</summary>
    /// <param name="cubicMicrometers">The value in µm³.</param>
    public static Volume FromCubicMicrometers(double cubicMicrometers) => new(cubicMicrometers * 1e-18);

    /// <summary>The value in m³.</summary>
    public double CubicMeters => _si;

    /// <summary>The value in L.</summary>
    public double Liters => _si / 1e-3;

    /// <summary>The value in µL.</summary>
    public double Microliters => _si / 1e-9;

    /// <summary>The value in pL.</summary>
    public double Picoliters => _si / 1e-15;

    /// <summary>The value in fL (= µm³).</summary>
    public double Femtoliters => _si / 1e-18;

    /// <summary>The value in µm³.</summary>
    public double CubicMicrometers => _si / 1e-18;

    /// <summary>The thickness of a layer of this volume over an area.</summary>
    public static Length operator /(Volume volume, Area area) => Length.FromMeters(volume._si / area.SquareMeters);
}
