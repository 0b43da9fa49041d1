using System;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Models;

/// <summary>
/// A cytosolic Ca²⁺ signature: a train of transients at a fixed frequency, each jumping by <see cref="Amplitude"/> and
/// decaying with <see cref="DecayTime"/>, on a resting level; transients superpose. Immutable and thread-safe.
/// </summary>
/// <param name="Baseline">The resting [Ca²⁺]; finite and ≥ 0.</param>
/// <param name="Amplitude">The rise of one transient; finite and ≥ 0.</param>
/// <param name="Frequency">Transients per second; finite and ≥ 0 (0: no transients).</param>
/// <param name="DecayTime">The decay time constant of a transient; finite and &gt; 0.</param>
/// <param name="Start">The time of the first transient; finite and ≥ 0.</param>
public sealed record CalciumSignature(Concentration Baseline, Concentration Amplitude, double Frequency, Duration DecayTime, Duration Start)
{
    /// <summary>[Ca²⁺] at <paramref name="time"/>: baseline + amplitude Σₖ e^(−(t − tₖ)/τ) over the transients tₖ ≤ t.</summary>
    /// <param name="time">The time from the start of the run.</param>
    /// <returns>The concentration.</returns>
    public Concentration At(Duration time) => Concentration.FromMolesPerCubicMeter(At(time.Seconds));

    internal double At(double t)
    {
        double c = Baseline.MolesPerCubicMeter;
        double t0 = Start.Seconds;
        if (Frequency == 0 || t < t0)
        {
            return c;
        }

        double period = 1 / Frequency, tau = DecayTime.Seconds;
        double since = (t - t0) % period;           // time since the latest transient
        long count = (long)Math.Floor((t - t0) / period) + 1;
        double ratio = Math.Exp(-period / tau);
        double sum = Math.Exp(-since / tau) * (1 - Math.Pow(ratio, count)) / (1 - ratio); // the geometric sum of all transients so far
        return c + (Amplitude.MolesPerCubicMeter * sum);
    }

    internal void Validate(string name)
    {
        Guard.NonNegativeFinite(Baseline, $"{name}.{nameof(Baseline)}");
        Guard.NonNegativeFinite(Amplitude, $"{name}.{nameof(Amplitude)}");
        Guard.NonNegativeFinite(Frequency, $"{name}.{nameof(Frequency)}", "number of transients per second");

        Guard.PositiveFinite(DecayTime, $"{name}.{nameof(DecayTime)}");
        Guard.NonNegativeFinite(Start, $"{name}.{nameof(Start)}");
    }
}
