using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// An electrical conductance, such as a whole-cell or single-channel conductance.
/// </summary>
/// <remarks>
/// Stored as one <see cref="double"/> in S; the default value is zero. Immutable and thread-safe.
/// NaN and infinities are stored as given (the laws of this library reject them with a clear exception).
/// Prints in its display unit (nS) with the invariant culture; parses what it prints and the common spellings.
/// </remarks>
[Quantity("S")]
public readonly partial struct Conductance
{
    private static readonly QuantityUnit[] Units =
    [
        new("nS", 1e-9),
        new("S", 1),
        new("mS", 1e-3),
        new("µS", 1e-6),
        new("pS", 1e-12),
    ];

    /// <summary>Creates a value from S.</summary>
    /// <param name="siemens">The value in S.</param>
    public static Conductance FromSiemens(double siemens) => new(siemens);

    /// <summary>Creates a value from mS.</summary>
    /// <param name="millisiemens">The value in mS.</param>
    public static Conductance FromMillisiemens(double millisiemens) => new(millisiemens * 1e-3);

    /// <summary>Creates a value from µS.</summary>
    /// <param name="microsiemens">The value in µS.</param>
    public static Conductance FromMicrosiemens(double microsiemens) => new(microsiemens * 1e-6);

    /// <summary>Creates a value from nS.</summary>
    /// <param name="nanosiemens">The value in nS.</param>
    public static Conductance FromNanosiemens(double nanosiemens) => new(nanosiemens * 1e-9);

    /// <summary>Creates a value from pS.</summary>
    /// <param name="picosiemens">The value in pS.</param>
    public static Conductance FromPicosiemens(double picosiemens) => new(picosiemens * 1e-12);

    /// <summary>The value in S.</summary>
    public double Siemens => _si;

    /// <summary>The value in mS.</summary>
    public double Millisiemens => _si / 1e-3;

    /// <summary>The value in µS.</summary>
    public double Microsiemens => _si / 1e-6;

    /// <summary>The value in nS.</summary>
    public double Nanosiemens => _si / 1e-9;

    /// <summary>The value in pS.</summary>
    public double Picosiemens => _si / 1e-12;

    /// <summary>Ohm's law: current through this conductance at a driving force.</summary>
    public static Current operator *(Conductance conductance, ElectricPotential drivingForce) => drivingForce * conductance;

    /// <summary>The conductance per unit of membrane area.</summary>
    public static ConductanceDensity operator /(Conductance conductance, Area area) =>
        ConductanceDensity.FromSiemensPerSquareMeter(conductance._si / area.SquareMeters);
}
