using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// How fast a concentration changes: a pump or exchanger's flux per unit area times the membrane area over the
/// volume it fills or empties (mol/(m³·s) = mM/s).
/// </summary>
[Quantity("mol/(m³·s)")]
[Unit("mM/s", 1, "MillimolarPerSecond", Aliases = ["mmol/(L·s)"])]
[Unit("µM/s", 1e-3, "MicromolarPerSecond")]
[Unit("nM/s", 1e-6, "NanomolarPerSecond")]
[Unit("mol/(m³·s)", 1, "MolesPerCubicMeterSecond")]
public readonly partial struct ConcentrationRate
{
    /// <summary>The change over a duration: Δc = (dc/dt)·Δt.</summary>
    /// <param name="rate">dc/dt.</param>
    /// <param name="duration">Δt.</param>
    public static Concentration operator *(ConcentrationRate rate, Duration duration) =>
        Concentration.FromMolesPerCubicMeter(rate._si * duration.Seconds);
}
