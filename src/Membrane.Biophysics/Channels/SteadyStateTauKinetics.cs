using System;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Channels;

/// <summary>
/// Gate kinetics in the x∞/τ form: a steady-state open fraction x∞(V) and a time constant τ(V) at the reference
/// temperature; dx/dt = φ(T) (x∞ − x)/τ. The form most modern channel models are published in.
/// </summary>
/// <remarks>
/// Equivalent to the α/β form of Hodgkin and Huxley (1952) <i>J. Physiol.</i> 117, 500–544 (their eq. 7 rewritten
/// with x∞ = α/(α+β), τ = 1/(α+β), p. 511). The functions are called from the step kernel: they must be pure,
/// thread-safe, allocation-free, with 0 ≤ x∞ ≤ 1 and τ &gt; 0 finite. Immutable and thread-safe.
/// </remarks>
public sealed class SteadyStateTauKinetics : GateKinetics
{
    private readonly Func<ElectricPotential, double> _steadyState;
    private readonly Func<ElectricPotential, Duration> _timeConstant;

    /// <summary>Creates x∞/τ kinetics.</summary>
    /// <param name="steadyState">x∞(V), dimensionless, 0…1.</param>
    /// <param name="timeConstant">τ(V) at <paramref name="referenceTemperature"/>; &gt; 0.</param>
    /// <param name="q10">The factor per 10 K of warming by which 1/τ grows; 1 for none.</param>
    /// <param name="referenceTemperature">The temperature at which τ holds.</param>
    /// <exception cref="ArgumentNullException">A function is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Q10 ≤ 0 or not finite, or the temperature is not above 0 K.</exception>
    public SteadyStateTauKinetics(Func<ElectricPotential, double> steadyState, Func<ElectricPotential, Duration> timeConstant, double q10, Temperature referenceTemperature)
        : base(q10, referenceTemperature)
    {
        ArgumentNullException.ThrowIfNull(steadyState);
        ArgumentNullException.ThrowIfNull(timeConstant);
        _steadyState = steadyState;
        _timeConstant = timeConstant;
    }

    internal override void Evaluate(double volts, out double steadyState, out double timeConstantSeconds)
    {
        var v = ElectricPotential.FromVolts(volts);
        steadyState = _steadyState(v);
        timeConstantSeconds = _timeConstant(v).Seconds;
    }
}
