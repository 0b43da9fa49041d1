using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Internal;
namespace Membrane.Biophysics.Models;

/// <summary>What <see cref="PotassiumBufferingModel.Run"/> returns: the same stimulus with weak and with strong astrocytic buffering. Immutable and thread-safe.</summary>
/// <param name="Weak">The run with <see cref="PotassiumBufferingModel.WeakBufferingFraction"/> of the astrocyte.</param>
/// <param name="Strong">The run with the published astrocyte.</param>
public sealed record PotassiumBufferingResult(PotassiumBufferingScenario Weak, PotassiumBufferingScenario Strong)
{
    /// <summary>The uniform view the registry returns.</summary>
    /// <param name="modelName">The registry name.</param>
    /// <returns>Every series of both scenarios, and each one's impulses, firing rates at the start and end of the stimulus, [K⁺]o peak, E_K peak and depolarised times.</returns>
    public ModelRun ToModelRun(string modelName)
    {
        var series = new System.Collections.Generic.List<ITimeSeries>();
        var outcomes = new System.Collections.Generic.List<ModelOutcome>();
        foreach (var s in new[] { Weak, Strong })
        {
            series.AddRange([s.Voltage, s.AstrocyteVoltage, s.ExtracellularPotassium, s.IntracellularPotassium, s.IntracellularSodium, s.AstrocytePotassium, s.BoundPotassium, s.PotassiumReversalPotential]);
            outcomes.Add(ModelOutcome.Number($"impulses, {s.Label}", s.SpikeTimes.Count, "F0"));
            outcomes.Add(ModelOutcome.Number($"firing rate, first quarter of the stimulus, {s.Label}", s.OnsetRate.PerSecond, "F0", "impulses/s"));
            outcomes.Add(ModelOutcome.Number($"firing rate, last quarter of the stimulus, {s.Label}", s.EndRate.PerSecond, "F0", "impulses/s"));
            outcomes.Add(ModelOutcome.Quantity($"peak [K⁺]o, {s.Label}", s.PeakExtracellularPotassium, "F2"));
            outcomes.Add(ModelOutcome.Quantity($"peak E_K, {s.Label}", s.PeakPotassiumReversalPotential, "F1"));
            outcomes.Add(ModelOutcome.Quantity($"E_K depolarised after the stimulus, {s.Label}", s.PotassiumReversalDepolarisedAfterStimulus, "F3 s", "beyond the end of the run"));
            outcomes.Add(ModelOutcome.Quantity($"V depolarised after the stimulus, {s.Label}", s.VoltageDepolarisedAfterStimulus, "F3 s", "beyond the end of the run"));
        }

        return new ModelRun(modelName, series, outcomes);
    }
}
