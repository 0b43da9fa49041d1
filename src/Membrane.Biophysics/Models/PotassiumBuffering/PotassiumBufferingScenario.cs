using System.Collections.Generic;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Models;

/// <summary>One run of <see cref="PotassiumBufferingModel"/>: the recordings and the numbers read off them. Immutable and thread-safe.</summary>
/// <param name="Label">The scenario ("weak buffering").</param>
/// <param name="Uptake">The glial uptake it ran with; null for none.</param>
/// <param name="Voltage">V = φ_in − φ_out.</param>
/// <param name="ExtracellularPotassium">[K⁺] in the extracellular space.</param>
/// <param name="IntracellularPotassium">[K⁺] in the axoplasm.</param>
/// <param name="IntracellularSodium">[Na⁺] in the axoplasm.</param>
/// <param name="ExtracellularSodium">[Na⁺] in the extracellular space.</param>
/// <param name="PotassiumReversal">E_K from the live concentrations.</param>
/// <param name="SpikeTimes">The impulses (upward crossings of 0 mV).</param>
/// <param name="DepolarisedAfterStimulus">How long after the stimulus ended E_K stayed more than the model's margin above its
/// starting value; null when it had not come back by the end of the run.</param>
public sealed record PotassiumBufferingScenario(
    string Label,
    OutsideUptake? Uptake,
    TimeSeries<ElectricPotential> Voltage,
    TimeSeries<Concentration> ExtracellularPotassium,
    TimeSeries<Concentration> IntracellularPotassium,
    TimeSeries<Concentration> IntracellularSodium,
    TimeSeries<Concentration> ExtracellularSodium,
    TimeSeries<ElectricPotential> PotassiumReversal,
    IReadOnlyList<Duration> SpikeTimes,
    Duration? DepolarisedAfterStimulus)
{
    /// <summary>The peak [K⁺]o.</summary>
    public Concentration PeakExtracellularPotassium => ExtracellularPotassium.Maximum;

    /// <summary>The most depolarised E_K.</summary>
    public ElectricPotential PeakPotassiumReversal => PotassiumReversal.Maximum;
}
