using System;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Models;

/// <summary>
/// The pumping rate of one V-ATPase into an organelle as a function of the free energy of its cycle: n H⁺ from the
/// cytosol into the lumen per ATP hydrolysed,
/// ΔG_cycle = n F (ψ − E_H) + ΔG_ATP with E_H = (RT/F) ln([H⁺]_cyt/[H⁺]_lumen) and ψ = φ_lumen − φ_cyt,
/// and the rate j = j_max tanh(−ΔG_cycle / 2RT) H⁺ per second (<see cref="CycleKinetics"/>).
/// </summary>
/// <remarks>
/// The free energy is the Transport layer's (the V-ATPase of <see cref="Transport.Transporters.VAtpase"/>, written
/// with the identity Δμ̃ = zF(V − E) of <see cref="ElectrochemicalPotential"/>). The rate law is this library's
/// stand-in for the V-ATPase model Grabe and Oster (2001) <i>J. Gen. Physiol.</i> 117, 329–344 used (the pumping rate
/// table of Grabe, M., Wang, H. and Oster, G. (2000) <i>Biophys. J.</i> 78, 2798–2813, which is not reproduced here):
/// it has that model's two essential properties — the rate saturates at j_max far from equilibrium and falls to zero,
/// then reverses, exactly where the cycle's free energy vanishes — but not its shape between.
/// Thread-safe, allocation-free.
/// </remarks>
public static class VAtpaseKinetics
{
    /// <summary>ΔG of one pump cycle: n F (ψ − E_H) + ΔG_ATP.</summary>
    /// <param name="protonsPerAtp">n, H⁺ per ATP; &gt; 0.</param>
    /// <param name="membranePotential">ψ = φ_lumen − φ_cyt.</param>
    /// <param name="lumenPh">The lumen's pH.</param>
    /// <param name="cytosolPh">The cytosol's pH.</param>
    /// <param name="atpHydrolysis">ΔG_ATP in the cytosol (negative).</param>
    /// <param name="temperature">The temperature.</param>
    /// <param name="constants">F and R; SI 2019 when null.</param>
    /// <returns>ΔG_cycle; negative while the pump can pump.</returns>
    public static MolarEnergy CycleFreeEnergy(int protonsPerAtp, ElectricPotential membranePotential, Ph lumenPh, Ph cytosolPh, MolarEnergy atpHydrolysis, Temperature temperature, ConstantSet? constants = null)
    {
        var c = constants ?? ConstantSet.Si2019;
        var eH = Nernst.Potential(1, lumenPh.ProtonConcentration, cytosolPh.ProtonConcentration, temperature, c);
        return MolarEnergy.FromJoulesPerMole(protonsPerAtp * c.FaradayConstant * (membranePotential - eH).Volts + atpHydrolysis.JoulesPerMole);
    }

    /// <summary>The H⁺ pumped into the lumen per second by one pump: j_max tanh(−ΔG_cycle/2RT) (<see cref="CycleKinetics"/>).</summary>
    /// <param name="maximalRate">j_max, H⁺ per second far from equilibrium; ≥ 0.</param>
    /// <param name="cycleFreeEnergy">ΔG_cycle from <see cref="CycleFreeEnergy"/>.</param>
    /// <param name="temperature">The temperature.</param>
    /// <param name="constants">R; SI 2019 when null.</param>
    /// <returns>H⁺ per second into the lumen; negative when the cycle runs backwards.</returns>
    public static double ProtonRate(double maximalRate, MolarEnergy cycleFreeEnergy, Temperature temperature, ConstantSet? constants = null) =>
        CycleKinetics.Rate(maximalRate, cycleFreeEnergy, temperature, constants);
}
