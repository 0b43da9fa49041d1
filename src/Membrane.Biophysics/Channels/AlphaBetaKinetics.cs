using System;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Channels;

/// <summary>
/// Gate kinetics in the α/β form of Hodgkin and Huxley (1952): an opening rate α(V) and a closing rate β(V), each a
/// <see cref="Rate"/> at the reference temperature (write them as published, e.g. <c>Rate.FromPerMillisecond(…)</c>);
/// x∞ = α/(α + β), τ = 1/(α + β).
/// </summary>
/// <remarks>
/// Hodgkin, A. L. and Huxley, A. F. (1952) <i>J. Physiol.</i> 117, 500–544, eq. 7. The rate functions are called
/// from the simulation's step kernel: they must be pure, thread-safe, allocation-free, and return finite values ≥ 0
/// (with α + β &gt; 0) for every finite V the simulation may visit. Immutable and thread-safe.
/// </remarks>
public sealed class AlphaBetaKinetics : GateKinetics
{
    private readonly Func<ElectricPotential, Rate> _alpha;
    private readonly Func<ElectricPotential, Rate> _beta;

    /// <summary>Creates α/β kinetics.</summary>
    /// <param name="alpha">The opening rate α(V) at <paramref name="referenceTemperature"/>.</param>
    /// <param name="beta">The closing rate β(V) at <paramref name="referenceTemperature"/>.</param>
    /// <param name="q10">The factor per 10 K of warming; 1 for none.</param>
    /// <param name="referenceTemperature">The temperature at which α and β hold.</param>
    /// <exception cref="ArgumentNullException">A rate function is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Q10 ≤ 0 or not finite, or the temperature is not above 0 K.</exception>
    public AlphaBetaKinetics(Func<ElectricPotential, Rate> alpha, Func<ElectricPotential, Rate> beta, double q10, Temperature referenceTemperature)
        : base(q10, referenceTemperature)
    {
        ArgumentNullException.ThrowIfNull(alpha);
        ArgumentNullException.ThrowIfNull(beta);
        _alpha = alpha;
        _beta = beta;
    }

    /// <summary>The opening rate α(V) at the reference temperature (<c>.PerMillisecond</c> for HH's unit).</summary>
    /// <param name="voltage">V = φ_in − φ_out.</param>
    public Rate Alpha(ElectricPotential voltage) => _alpha(voltage);

    /// <summary>The closing rate β(V) at the reference temperature (<c>.PerMillisecond</c> for HH's unit).</summary>
    /// <param name="voltage">V = φ_in − φ_out.</param>
    public Rate Beta(ElectricPotential voltage) => _beta(voltage);

    internal override void Evaluate(double volts, out double steadyState, out double timeConstantSeconds)
    {
        var v = ElectricPotential.FromVolts(volts);
        // A Rate is one double: unwrapping it here costs nothing and allocates nothing.
        var a = _alpha(v).PerSecond;
        var sum = a + _beta(v).PerSecond;
        steadyState = a / sum;
        timeConstantSeconds = 1.0 / sum;
    }
}
