using System;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Channels;

/// <summary>
/// The voltage-dependent kinetics of one Hodgkin–Huxley gate x: dx/dt = φ(T) · (x∞(V) − x) / τ(V), equivalently
/// φ(T) · [α(V) (1 − x) − β(V) x] with x∞ = α/(α + β) and τ = 1/(α + β).
/// </summary>
/// <remarks>
/// <para>
/// Hodgkin, A. L. and Huxley, A. F. (1952) A quantitative description of membrane current and its application to
/// conduction and excitation in nerve. <i>J. Physiol.</i> 117, 500–544, eqs. 7 and 15.
/// </para>
/// <para>
/// Temperature enters only through the Q10 factor φ = Q10^((T − T_ref)/10 K), which multiplies both rates (divides τ)
/// and leaves x∞ unchanged: the convention of Hodgkin and Huxley (1952, p. 519, with Q10 = 3) and of NEURON's
/// <c>hh.mod</c> (<c>q10 = 3^((celsius − 6.3)/10)</c>). The rates and τ a subclass supplies are those at
/// <see cref="ReferenceTemperature"/>.
/// </para>
/// <para>Instances are immutable and thread-safe if the functions they wrap are.</para>
/// </remarks>
public abstract class GateKinetics
{
    private protected GateKinetics(double q10, Temperature referenceTemperature)
    {
        Guard.PositiveFinite(q10, nameof(q10), "Q10", " (1 for no temperature dependence)");

        Guard.AboveAbsoluteZero(referenceTemperature, nameof(referenceTemperature));
        Q10 = q10;
        ReferenceTemperature = referenceTemperature;
    }

    /// <summary>The factor by which the rates grow per 10 K of warming (dimensionless, &gt; 0).</summary>
    public double Q10 { get; }

    /// <summary>The temperature at which the supplied rates (or τ) hold.</summary>
    public Temperature ReferenceTemperature { get; }

    /// <summary>The temperature factor φ = Q10^((T − T_ref)/10 K) that multiplies the rates.</summary>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <exception cref="ArgumentOutOfRangeException">T is not above 0 K or not finite.</exception>
    public double TemperatureFactor(Temperature temperature)
    {
        Guard.AboveAbsoluteZero(temperature, nameof(temperature));
        return Math.Pow(Q10, (temperature.Kelvins - ReferenceTemperature.Kelvins) / 10.0);
    }

    /// <summary>The steady-state open fraction x∞(V) (dimensionless, 0…1), independent of temperature.</summary>
    /// <param name="voltage">V = φ_in − φ_out; finite.</param>
    /// <exception cref="ArgumentOutOfRangeException">V is not finite.</exception>
    public double SteadyState(ElectricPotential voltage)
    {
        Guard.Finite(voltage, nameof(voltage));
        Evaluate(voltage.Volts, out var inf, out _);
        return inf;
    }

    /// <summary>The time constant τ(V, T) = τ_ref(V) / φ(T).</summary>
    /// <param name="voltage">V = φ_in − φ_out; finite.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <exception cref="ArgumentOutOfRangeException">V is not finite or T is not above 0 K.</exception>
    public Duration TimeConstant(ElectricPotential voltage, Temperature temperature)
    {
        Guard.Finite(voltage, nameof(voltage));
        var phi = TemperatureFactor(temperature);
        Evaluate(voltage.Volts, out _, out var tau);
        return Duration.FromSeconds(tau / phi);
    }

    /// <summary>x∞ and τ (in seconds, at the reference temperature) at <paramref name="volts"/>; the kernel's entry point.</summary>
    internal abstract void Evaluate(double volts, out double steadyState, out double timeConstantSeconds);
}
