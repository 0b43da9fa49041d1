using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// An amount of substance, such as the ions in a compartment.
/// </summary>
/// <remarks>
/// Stored as one <see cref="double"/> in mol; the default value is zero. Immutable and thread-safe.
/// NaN and infinities are stored as given (the laws of this library reject them with a clear exception).
/// Prints in its display unit (mol) with the invariant culture; parses what it prints and the common spellings.
/// </remarks>
[Quantity("mol")]
public readonly partial struct AmountOfSubstance
{
    private static readonly QuantityUnit[] Units =
    [
        new("mol", 1),
        new("mmol", 1e-3),
        new("µmol", 1e-6),
        new("nmol", 1e-9),
        new("pmol", 1e-12),
        new("fmol", 1e-15),
        new("amol", 1e-18),
    ];

    /// <summary>Creates a value from mol.</summary>
    /// <param name="moles">The value in mol.</param>
    public static AmountOfSubstance FromMoles(double moles) => new(moles);

    /// <summary>Creates a value from mmol.</summary>
    /// <param name="millimoles">The value in mmol.</param>
    public static AmountOfSubstance FromMillimoles(double millimoles) => new(millimoles * 1e-3);

    /// <summary>Creates a value from pmol.</summary>
    /// <param name="picomoles">The value in pmol.</param>
    public static AmountOfSubstance FromPicomoles(double picomoles) => new(picomoles * 1e-12);

    /// <summary>Creates a value from amol.</summary>
    /// <param name="attomoles">The value in amol.</param>
    public static AmountOfSubstance FromAttomoles(double attomoles) => new(attomoles * 1e-18);

    /// <summary>The value in mol.</summary>
    public double Moles => _si;

    /// <summary>The value in mmol.</summary>
    public double Millimoles => _si / 1e-3;

    /// <summary>The value in pmol.</summary>
    public double Picomoles => _si / 1e-12;

    /// <summary>The value in amol.</summary>
    public double Attomoles => _si / 1e-18;

    /// <summary>The concentration of this amount dissolved in a volume, c = n/V.</summary>
    public static Concentration operator /(AmountOfSubstance amount, Volume volume) => Concentration.FromMolesPerCubicMeter(amount._si / volume.CubicMeters);
}
