using System.Collections.Generic;
using System.Linq;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Models;

/// <summary>What <see cref="IschaemiaModel.Run"/> returns. Immutable and thread-safe.</summary>
/// <param name="Control">With the pump working.</param>
/// <param name="Ischaemia">With the pump failed.</param>
public sealed record IschaemiaResult(IschaemiaScenario Control, IschaemiaScenario Ischaemia)
{
    /// <summary>The uniform view the registry returns.</summary>
    /// <param name="modelName">The registry name.</param>
    /// <returns>Every series of both runs, their final values, the swelling, NCX reversal, spontaneous spikes, the loss of excitability and the Na⁺ channels' availability.</returns>
    public ModelRun ToModelRun(string modelName)
    {
        var series = new List<ITimeSeries>();
        var outcomes = new List<ModelOutcome>();
        foreach (var s in new[] { Control, Ischaemia })
        {
            series.AddRange([s.Voltage, s.SodiumInside, s.PotassiumOutside, s.CalciumInside, s.ChlorideInside, s.CellVolume, s.ExchangerReversalPotential]);
            outcomes.Add(ModelOutcome.Quantity($"final V, {s.Label}", s.Voltage.Final, "F1"));
            outcomes.Add(ModelOutcome.Quantity($"final [Na⁺]i, {s.Label}", s.SodiumInside.Final, "F1"));
            outcomes.Add(ModelOutcome.Quantity($"final [K⁺]o, {s.Label}", s.PotassiumOutside.Final, "F1"));
            outcomes.Add(ModelOutcome.Quantity($"final [Ca²⁺]i, {s.Label}", s.CalciumInside.Final, "G3"));
            outcomes.Add(ModelOutcome.Number($"swelling, {s.Label}", s.Swelling, "P1"));
            outcomes.Add(ModelOutcome.Quantity($"NCX reverses, {s.Label}", s.ExchangerReversalTime, "F4 s", "never"));
            outcomes.Add(ModelOutcome.Number($"NCX reversal intervals, {s.Label}", s.ExchangerReversals.Count, "F0"));
            outcomes.Add(ModelOutcome.Quantity($"NCX reversed in total, {s.Label}", Duration.FromSeconds(s.ExchangerReversals.Sum(r => r.Length.Seconds)), "F3 s"));
            outcomes.Add(ModelOutcome.Number($"spontaneous spikes, {s.Label}", s.SpontaneousSpikes.Count, "F0"));
            outcomes.Add(ModelOutcome.Quantity($"excitability lost at, {s.Label}", s.ExcitabilityLostAt, "F0 s", "never"));
            outcomes.Add(ModelOutcome.Number($"Na⁺ channel availability h, {s.Label}", s.FinalSodiumChannelAvailability, "F3"));
        }

        return new ModelRun(modelName, series, outcomes);
    }
}
