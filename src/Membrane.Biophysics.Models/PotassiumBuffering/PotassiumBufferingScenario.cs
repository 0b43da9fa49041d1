using System.Collections.Generic;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Models;

/// <summary>One run of <see cref="PotassiumBufferingModel"/>: the recordings and the numbers read off them. Immutable and thread-safe.</summary>
/// <param name="Label">The scenario ("weak buffering").</param>
/// <param name="BufferingFraction">The fraction of the astrocyte's membrane and buffer it ran with (1: the published astrocyte).</param>
/// <param name="Voltage">The neuron's V = φ_in − φ_out.</param>
/// <param name="AstrocyteVoltage">The astrocyte's membrane potential.</param>
/// <param name="ExtracellularPotassium">[K⁺] in the extracellular space.</param>
/// <param name="IntracellularPotassium">[K⁺] in the neuron.</param>
/// <param name="IntracellularSodium">[Na⁺] in the neuron.</param>
/// <param name="AstrocytePotassium">[K⁺] in the astrocyte.</param>
/// <param name="BoundPotassium">The K⁺ the glial buffer holds, per extracellular volume.</param>
/// <param name="PotassiumReversalPotential">The neuron's E_K from the live concentrations.</param>
/// <param name="SpikeTimes">The impulses (upward crossings of 0 mV).</param>
/// <param name="PotassiumReversalDepolarisedAfterStimulus">How long after the stimulus ended E_K stayed more than the model's
/// margin above its starting value (zero if it was not above at the end of the stimulus); null when it had not come back by the end of the run.</param>
/// <param name="VoltageDepolarisedAfterStimulus">The same for V.</param>
/// <param name="OnsetRate">The firing rate (impulses per second) in the first quarter of the stimulus.</param>
/// <param name="EndRate">Impulses per second in its last quarter: above <paramref name="OnsetRate"/> when the K⁺ the neuron
/// loses stays near it and drives it harder (the positive feedback).</param>
public sealed record PotassiumBufferingScenario(
    string Label,
    double BufferingFraction,
    TimeSeries<ElectricPotential> Voltage,
    TimeSeries<ElectricPotential> AstrocyteVoltage,
    TimeSeries<Concentration> ExtracellularPotassium,
    TimeSeries<Concentration> IntracellularPotassium,
    TimeSeries<Concentration> IntracellularSodium,
    TimeSeries<Concentration> AstrocytePotassium,
    TimeSeries<Concentration> BoundPotassium,
    TimeSeries<ElectricPotential> PotassiumReversalPotential,
    IReadOnlyList<Duration> SpikeTimes,
    Duration? PotassiumReversalDepolarisedAfterStimulus,
    Duration? VoltageDepolarisedAfterStimulus,
    Rate OnsetRate,
    Rate EndRate)
{
    /// <summary>The peak [K⁺]o.</summary>
    public Concentration PeakExtracellularPotassium => ExtracellularPotassium.Maximum;

    /// <summary>The most depolarised E_K.</summary>
    public ElectricPotential PeakPotassiumReversalPotential => PotassiumReversalPotential.Maximum;
}
