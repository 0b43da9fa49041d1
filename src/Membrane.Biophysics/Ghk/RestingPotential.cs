using System;
using System.Globalization;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Ghk;

/// <summary>
/// The steady (zero-current) membrane potential of a mix of ohmic conductances, GHK permeabilities and pump or
/// transporter currents: the V = φ_in − φ_out at which the total current of a <see cref="MembraneCurrents"/> is zero.
/// </summary>
/// <remarks>
/// <para>
/// For ohmic branches alone this is the chord-conductance equation V = Σ gᵢEᵢ / Σ gᵢ (<see cref="ChordConductance"/>);
/// for GHK ions alone it is the GHK voltage equation (<see cref="GhkVoltage"/>); with both and a pump it is the
/// "pump-leak" steady state of e.g. Mullins, L. J. and Noda, K. (1963) <i>J. Gen. Physiol.</i> 47, 117–132, and of
/// Hille, B. (2001) <i>Ion Channels of Excitable Membranes</i>, 3rd ed., Sinauer, ch. 14: a constant outward pump
/// current I_p on an ohmic membrane shifts V by −I_p / Σ gᵢ.
/// </para>
/// <para>
/// Method: the ohmic and GHK parts of the current increase strictly with V, so with constant pumps the root is unique.
/// The search starts from the smallest and largest reversal potentials present (ohmic Eᵢ, and the Nernst potentials of
/// GHK ions present on both sides), which bracket the root of the ohmic and GHK parts; it expands outward (10 mV,
/// doubling) until the total current changes sign, capped at ±1 V; then Brent's method (Brent, R. P. (1973)
/// <i>Algorithms for Minimization without Derivatives</i>, ch. 4) narrows the bracket to 10⁻¹² V. With voltage-dependent
/// pumps the total current need not be monotonic: the root returned is then the one inside the first bracket found,
/// and other roots may exist. Temperature is always passed; constants are <see cref="ConstantSet.Si2019"/> unless given.
/// Thread-safe if the pump delegates are.
/// </para>
/// </remarks>
public static class RestingPotential
{
    /// <summary>The bracket never extends beyond ±1 V: no membrane potential is larger.</summary>
    private const double Cap = 1.0;

    /// <summary>The absolute tolerance on V, in volts.</summary>
    private const double Tolerance = 1e-12;

    /// <summary>The membrane potential at which the total current of <paramref name="currents"/> is zero.</summary>
    /// <param name="currents">The description of the membrane's parallel currents; not empty.</param>
    /// <param name="temperature">The absolute temperature; &gt; 0 K.</param>
    /// <param name="constants">F and R; <see cref="ConstantSet.Si2019"/> when null.</param>
    /// <returns>The zero-current potential, to about 10⁻¹² V.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="currents"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">T ≤ 0 K.</exception>
    /// <exception cref="ArgumentException">The description is empty, a voltage-dependent current returned NaN or ∞, or
    /// the total current has one sign everywhere in −1 V … +1 V (the message says which).</exception>
    /// <exception cref="ConvergenceException">The root finder did not converge (not expected for continuous currents).</exception>
    public static ElectricPotential Of(MembraneCurrents currents, Temperature temperature, ConstantSet? constants = null)
    {
        ArgumentNullException.ThrowIfNull(currents);
        var set = constants ?? ConstantSet.Si2019;
        var thermal = set.ThermalVoltage(temperature).Volts;
        if (currents.IsEmpty)
        {
            throw Guard.Invalid(nameof(currents), "empty", "a description of at least one current");
        }

        if (!currents.Conducts && currents.VoltageDependentCurrents.Count == 0)
        {
            throw Guard.Invalid(
                nameof(currents),
                "currents whose every conductance and permeability is 0 (or its ion is absent), so the current does not depend on V and fixes no potential",
                "currents that conduct, for the membrane must conduct to fix a potential");
        }

        var f = new TotalCurrentFunction(currents, thermal, set.FaradayConstant);
        if (!currents.ReversalRange(thermal, out var lo, out var hi))
        {
            lo = hi = 0;
        }

        lo = Math.Clamp(lo, -Cap, Cap);
        hi = Math.Clamp(hi, -Cap, Cap);
        if (!Bracket.TryExpand(ref f, ref lo, ref hi, out var fLo, out var fHi, 0.01, -Cap, Cap, int.MaxValue))
        {
            throw fLo > 0
                ? NoRoot(nameof(currents), "outward (positive)", -Cap, fLo)
                : NoRoot(nameof(currents), "inward (negative)", Cap, fHi);
        }

        return ElectricPotential.FromVolts(BrentRoot.Find(ref f, lo, fLo, hi, fHi, Tolerance, "Resting potential (residual in A/m²)"));
    }

    private static ArgumentException NoRoot(string parameterName, string direction, double at, double current) =>
        new(
            string.Create(
                CultureInfo.InvariantCulture,
                $"{parameterName} has no zero-current potential within ±1 V: the total current is {direction} from the reversal potentials out to {at * 1e3:+0;-0} mV, where it is {current} A/m²."),
            parameterName);

    private readonly struct TotalCurrentFunction(MembraneCurrents currents, double thermal, double faraday) : IRealFunction
    {
        public double Evaluate(double x) => currents.Total(x, thermal, faraday);
    }
}
