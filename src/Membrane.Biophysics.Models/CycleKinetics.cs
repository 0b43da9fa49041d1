using System;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Models;

/// <summary>
/// The rate law the ready models use for pumps and exchangers whose detailed kinetics they do not model: a cycle
/// turns at j = j_max tanh(−ΔG_cycle / 2RT), saturating at ±j_max far from equilibrium and vanishing, then reversing,
/// exactly where the free energy of its cycle does.
/// </summary>
/// <remarks>
/// The single-barrier flux–force relation of Hill, T. L. (1989) <i>Free Energy Transduction and Biochemical Cycle
/// Kinetics</i>, Springer, ch. 1 (a cycle with one rate-limiting transition whose forward/backward rate ratio is
/// e^(−ΔG/RT), split symmetrically): j ∝ e^(−ΔG/2RT) − e^(ΔG/2RT). It keeps every model thermodynamically
/// consistent (no cycle runs against its ΔG), but the shape between saturation and equilibrium is not any particular
/// transporter's. Thread-safe, allocation-free.
/// <para>
/// The Dynamics layer's <see cref="Dynamics.FreeEnergyKinetics"/>, J = −U ΔG/RT (Doyon et al. 2011), is the other
/// free-energy law, and this one's limit near equilibrium: tanh x ≈ x, so for |ΔG| ≪ 2RT the two agree with
/// U = j_max/2. Use that linear law where a published model uses it and the cycle runs close to equilibrium (the
/// cation–chloride cotransporters, |ΔG| of a few kJ/mol); use this one where the driving free energy is many RT
/// (ATP-driven pumps, respiratory chains: ΔG ≈ −50 kJ/mol ≈ −19 RT, where the linear law would run ten times faster
/// than any j_max). docs/models.md sets them side by side.
/// </para>
/// </remarks>
public static class CycleKinetics
{
    /// <summary>j = j_max tanh(−ΔG_cycle/2RT), in the units of <paramref name="maximalRate"/>.</summary>
    /// <param name="maximalRate">j_max, the rate far from equilibrium (per pump, per area, per cell: the caller's unit).</param>
    /// <param name="cycleFreeEnergy">ΔG of one cycle in its written direction.</param>
    /// <param name="temperature">The temperature.</param>
    /// <param name="constants">R; SI 2019 when null.</param>
    /// <returns>The rate in the written direction; negative when the cycle runs backwards.</returns>
    public static double Rate(double maximalRate, MolarEnergy cycleFreeEnergy, Temperature temperature, ConstantSet? constants = null)
    {
        var rt = (constants ?? ConstantSet.Si2019).MolarGasConstant * temperature.Kelvins;
        return maximalRate * Math.Tanh(-cycleFreeEnergy.JoulesPerMole / (2 * rt));
    }
}
