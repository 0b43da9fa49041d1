using System;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Transport;

namespace Membrane.Biophysics.Dynamics;

/// <summary>
/// A transporter whose cycle rate is proportional to the free energy that drives it: J = −U · ΔG/(RT), with ΔG the
/// free energy of one cycle in its written direction (<see cref="Transporter.FreeEnergy"/>). For the cation–chloride
/// cotransporters: KCC2, J = U ln([K]ᵢ[Cl]ᵢ/([K]ₒ[Cl]ₒ)) outward; NKCC1, J = U ln([Na]ₒ[K]ₒ[Cl]ₒ²/([Na]ᵢ[K]ᵢ[Cl]ᵢ²)) inward.
/// </summary>
/// <remarks>
/// <para>
/// The KCC2 form is that of Doyon, N., Prescott, S. A., Castonguay, A., Godin, A. G., Kröger, H. and De Koninck, Y.
/// (2011) Efficacy of synaptic inhibition depends on multiple, dynamically interacting mechanisms implicated in
/// chloride homeostasis. <i>PLoS Comput. Biol.</i> 7, e1002149, and (as g(E_K − E_Cl), the same law in potential
/// units) of Düsterwald, K. M. et al. (2018) Biophysical models reveal the relative importance of transporter proteins
/// and impermeant anions in chloride homeostasis. <i>eLife</i> 7, e39575; here applied to any transporter without a
/// coupled reaction (NKCC1 the same way). It is the linear law of non-equilibrium thermodynamics: the flux stops
/// exactly where ΔG = 0 (KCC2: E_Cl = E_K) and does not saturate, so it suits cycles that run near equilibrium
/// (|ΔG| of a few RT at most). For a cycle driven far from equilibrium (ATP hydrolysis, respiration) the ready models
/// use the saturating single-barrier law j_max tanh(−ΔG/2RT) of Hill (1989), of which this law
/// is the near-equilibrium limit with U = j_max/2 (docs/models.md sets the two side by side).
/// </para>
/// <para>Immutable and thread-safe; every call is allocation-free.</para>
/// </remarks>
public sealed class FreeEnergyKinetics : TransportKinetics
{
    private readonly int _netCharge;
    private readonly double _rate;

    /// <summary>A free-energy-driven law for <paramref name="transporter"/>.</summary>
    /// <param name="transporter">A transporter with no coupled chemical reaction.</param>
    /// <param name="rateConstant">U, the cycle rate per unit of −ΔG/RT; finite and ≥ 0.</param>
    /// <exception cref="ArgumentException">The transporter couples a chemical reaction (its ΔG would need that reaction's ΔG).</exception>
    /// <exception cref="ArgumentOutOfRangeException">U is out of range.</exception>
    public FreeEnergyKinetics(Transporter transporter, MolarFlux rateConstant)
        : base(transporter)
    {
        Guard.NonNegativeFinite(rateConstant, nameof(rateConstant));
        if (transporter.Stoichiometry.Reactions.Count > 0)
        {
            throw Guard.Invalid(nameof(transporter), transporter, "a transporter that couples no chemical reaction");
        }

        RateConstant = rateConstant;
        _netCharge = transporter.NetChargeInward;
        _rate = rateConstant.MolesPerSquareMeterSecond;
    }

    /// <summary>U, the cycle rate per unit of −ΔG/RT.</summary>
    public MolarFlux RateConstant { get; }

    private protected override string LawName => "J = −U ΔG/RT";

    /// <summary>KCC2 (<see cref="Transporters.Kcc2"/>) driven by its free energy (Doyon et al. 2011).</summary>
    /// <param name="rateConstant">U; finite and ≥ 0.</param>
    /// <returns>The law.</returns>
    public static FreeEnergyKinetics Kcc2(MolarFlux rateConstant) => new(Transporters.Kcc2, rateConstant);

    /// <summary>NKCC1 (<see cref="Transporters.Nkcc1"/>) driven by its free energy.</summary>
    /// <param name="rateConstant">U; finite and ≥ 0.</param>
    /// <returns>The law.</returns>
    public static FreeEnergyKinetics Nkcc1(MolarFlux rateConstant) => new(Transporters.Nkcc1, rateConstant);

    internal override double Rate(double volts, ReadOnlySpan<double> inside, ReadOnlySpan<double> outside, double thermalVoltage, double faraday)
    {
        var freeEnergyOverRt = _netCharge * volts / thermalVoltage;
        var counts = Counts;
        for (var i = 0; i < counts.Length; i++)
        {
            freeEnergyOverRt += counts[i] * AccurateMath.LogRatio(inside[i], outside[i]);
        }

        return -_rate * freeEnergyOverRt;
    }
}
