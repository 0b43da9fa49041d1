using System.Collections.Generic;
using System.Globalization;
using System.Linq;

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
        var ic = CultureInfo.InvariantCulture;
        var series = new List<ITimeSeries>();
        var outcomes = new List<ModelOutcome>();
        foreach (var s in new[] { Control, Ischaemia })
        {
            series.AddRange([s.Voltage, s.SodiumInside, s.PotassiumOutside, s.CalciumInside, s.ChlorideInside, s.CellVolume, s.ExchangerReversal]);
            outcomes.Add(new($"final V, {s.Label}", s.Voltage.Final.ToString("F1", ic)));
            outcomes.Add(new($"final [Na⁺]i, {s.Label}", s.SodiumInside.Final.ToString("F1", ic)));
            outcomes.Add(new($"final [K⁺]o, {s.Label}", s.PotassiumOutside.Final.ToString("F1", ic)));
            outcomes.Add(new($"final [Ca²⁺]i, {s.Label}", s.CalciumInside.Final.ToString("G3", ic)));
            outcomes.Add(new($"swelling, {s.Label}", (100 * s.Swelling).ToString("F1", ic) + " %"));
            outcomes.Add(new($"NCX reverses, {s.Label}", (s.ExchangerReversalTime is { } r ? r.Seconds.ToString("F4", ic) + " s" : "never")));
            outcomes.Add(new($"NCX reversed (intervals, total), {s.Label}", $"{s.ExchangerReversals.Count}, {s.ExchangerReversals.Sum(r => r.Length.Seconds).ToString("F3", ic)} s"));
            outcomes.Add(new($"spontaneous spikes, {s.Label}", s.SpontaneousSpikes.Count.ToString(ic)));
            outcomes.Add(new($"excitability lost at, {s.Label}", (s.ExcitabilityLostAt is { } lost ? lost.Seconds.ToString("F0", ic) + " s" : "never")));
            outcomes.Add(new($"Na⁺ channel availability h, {s.Label}", s.FinalSodiumChannelAvailability.ToString("F3", ic)));
        }

        return new ModelRun(modelName, series, outcomes);
    }
}
