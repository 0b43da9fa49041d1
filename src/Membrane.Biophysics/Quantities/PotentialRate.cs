using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// How fast a potential changes, dV/dt: an action potential's upstroke (a few hundred V/s), the slope criterion of a
/// spike threshold (10–20 V/s). 1 V/s is exactly 1 mV/ms, the unit electrophysiologists also write it in.
/// </summary>
[Quantity("V/s")]
[Unit("V/s", 1, "VoltsPerSecond")]
[Unit("mV/ms", 1, "MillivoltsPerMillisecond")]
[Unit("mV/s", 1e-3, "MillivoltsPerSecond")]
public readonly partial struct PotentialRate
{
    /// <summary>The change over a duration: ΔV = (dV/dt)·Δt.</summary>
    /// <param name="rate">dV/dt.</param>
    /// <param name="duration">Δt.</param>
    public static ElectricPotential operator *(PotentialRate rate, Duration duration) => ElectricPotential.FromVolts(rate._si * duration.Seconds);
}
