using System;
using System.Globalization;
using System.Runtime.InteropServices;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Ghk;

/// <summary>
/// The chord-conductance equation: the steady membrane potential of ohmic conductances in parallel,
/// V = Σ gᵢ Eᵢ / Σ gᵢ, where the total current Σ gᵢ (V − Eᵢ) is zero.
/// </summary>
/// <remarks>
/// Each branch is a conductance gᵢ in series with its reversal potential Eᵢ, as in the equivalent circuit of
/// Hodgkin, A. L. and Huxley, A. F. (1952) A quantitative description of membrane current and its application to
/// conduction and excitation in nerve. <i>J. Physiol.</i> 117, 500–544 (the circuit of their Fig. 1, each ionic current
/// gᵢ(V − Eᵢ)); setting the total ionic current to zero gives the conductance-weighted mean of the Eᵢ. Unlike <see cref="GhkVoltage"/> it assumes linear I–V
/// relations. Allocation-free; thread-safe.
/// </remarks>
public static class ChordConductance
{
    /// <summary>The potential at which the currents of parallel ohmic conductance densities sum to zero.</summary>
    /// <param name="conductances">The conductance densities gᵢ; each finite and ≥ 0, at least one &gt; 0.</param>
    /// <param name="reversals">Their reversal potentials Eᵢ, the same length; each finite.</param>
    /// <returns>V = Σ gᵢ Eᵢ / Σ gᵢ.</returns>
    /// <exception cref="ArgumentException">The spans differ in length, are empty, or every conductance is zero.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A conductance is negative, NaN or infinite, or a reversal is not finite (the message names its index).</exception>
    public static ElectricPotential Potential(ReadOnlySpan<ConductanceDensity> conductances, ReadOnlySpan<ElectricPotential> reversals) =>
        ElectricPotential.FromVolts(WeightedMean(MemoryMarshal.Cast<ConductanceDensity, double>(conductances), reversals));

    /// <summary>The potential at which the currents of parallel ohmic conductances sum to zero.</summary>
    /// <param name="conductances">The conductances gᵢ; each finite and ≥ 0, at least one &gt; 0.</param>
    /// <param name="reversals">Their reversal potentials Eᵢ, the same length; each finite.</param>
    /// <returns>V = Σ gᵢ Eᵢ / Σ gᵢ.</returns>
    /// <exception cref="ArgumentException">The spans differ in length, are empty, or every conductance is zero.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A conductance is negative, NaN or infinite, or a reversal is not finite (the message names its index).</exception>
    public static ElectricPotential Potential(ReadOnlySpan<Conductance> conductances, ReadOnlySpan<ElectricPotential> reversals) =>
        ElectricPotential.FromVolts(WeightedMean(MemoryMarshal.Cast<Conductance, double>(conductances), reversals));

    private static double WeightedMean(ReadOnlySpan<double> g, ReadOnlySpan<ElectricPotential> e)
    {
        Guard.SameLength(g.Length, e.Length, "reversals"); // the public parameter names
        Guard.NotEmpty(g.Length, "conductances", "a list of at least one conductance");

        // Normalise by the largest g so that the products cannot overflow for any finite inputs.
        var gMax = 0.0;
        for (var k = 0; k < g.Length; k++)
        {
            if (!(g[k] >= 0 && double.IsFinite(g[k])))
            {
                throw Guard.Fail(Guard.Element("conductances", k), g[k], "a finite conductance ≥ 0 (in SI units)");
            }

            Guard.Finite(e[k], "reversals", k);
            gMax = Math.Max(gMax, g[k]);
        }

        if (gMax == 0)
        {
            throw Guard.Invalid("conductances", "a list in which every conductance was 0", "a list with at least one conductance > 0");
        }

        double weights = 0, sum = 0;
        for (var k = 0; k < g.Length; k++)
        {
            var w = g[k] / gMax;
            weights += w;
            sum += w * e[k].Volts;
        }

        return sum / weights;
    }
}
