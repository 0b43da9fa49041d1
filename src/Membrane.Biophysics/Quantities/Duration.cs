using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// A span of time, such as a time step or a pulse length.
/// </summary>
/// <remarks>
/// Stored as one <see cref="double"/> in s; the default value is zero. Immutable and thread-safe.
/// NaN and infinities are stored as given (the laws of this library reject them with a clear exception).
/// Prints in its display unit (ms) with the invariant culture; parses what it prints and the common spellings.
/// </remarks>
[Quantity("s")]
public readonly partial struct Duration
{
    private static readonly QuantityUnit[] Units =
    [
        new("ms", 1e-3),
        new("s", 1),
        new("µs", 1e-6),
        new("ns", 1e-9),
        new("min", 60),
        new("h", 3600),
    ];

    /// <summary>Creates a value from s.</summary>
    /// <param name="seconds">The value in s.</param>
    public static Duration FromSeconds(double seconds) => new(seconds);

    /// <summary>Creates a value from ms.</summary>
    /// <param name="milliseconds">The value in ms.</param>
    public static Duration FromMilliseconds(double milliseconds) => new(milliseconds * 1e-3);

    /// <summary>Creates a value from µs.</summary>
    /// <param name="microseconds">The value in µs.</param>
    public static Duration FromMicroseconds(double microseconds) => new(microseconds * 1e-6);

    /// <summary>Creates a value from min.</summary>
    /// <param name="minutes">The value in min.</param>
    public static Duration FromMinutes(double minutes) => new(minutes * 60);

    /// <summary>The value in s.</summary>
    public double Seconds => _si;

    /// <summary>The value in ms.</summary>
    public double Milliseconds => _si / 1e-3;

    /// <summary>The value in µs.</summary>
    public double Microseconds => _si / 1e-6;

    /// <summary>The value in min.</summary>
    public double Minutes => _si / 60;
}
