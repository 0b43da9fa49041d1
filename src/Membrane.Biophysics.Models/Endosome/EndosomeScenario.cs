using System.Collections.Generic;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Models;

/// <summary>One run of <see cref="EndosomeAcidificationModel"/>. Immutable and thread-safe.</summary>
/// <param name="Label">The run ("chloride shunt").</param>
/// <param name="ChloridePermeability">The Cl⁻ permeability it ran with.</param>
/// <param name="LumenPh">The lumen's pH.</param>
/// <param name="MembranePotential">ψ = φ_lumen − φ_cyt.</param>
/// <param name="LumenChloride">The lumen's [Cl⁻].</param>
/// <param name="ChlorideReversalPotential">E_Cl across the membrane between its two surfaces, lumen as inside: the Nernst potential of the
/// bulk concentrations minus the cytosolic and plus the luminal surface potential (the ψ at which the Cl⁻ channel carries nothing).</param>
/// <param name="PumpFreeEnergy">ΔG of one V-ATPase cycle; it rises to 0 as the pump stalls.</param>
/// <param name="PumpRates">H⁺ per second pumped by one V-ATPase at each sample.</param>
public sealed record EndosomeScenario(
    string Label,
    Permeability ChloridePermeability,
    TimeSeries<Ph> LumenPh,
    TimeSeries<ElectricPotential> MembranePotential,
    TimeSeries<Concentration> LumenChloride,
    TimeSeries<ElectricPotential> ChlorideReversalPotential,
    TimeSeries<MolarEnergy> PumpFreeEnergy,
    IReadOnlyList<double> PumpRates)
{
    /// <summary>The lumen's pH at the end of the run.</summary>
    public Ph FinalPh => LumenPh.Final;

    /// <summary>ψ at the end of the run.</summary>
    public ElectricPotential FinalPotential => MembranePotential.Final;
}
