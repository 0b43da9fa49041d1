using System.Collections.Generic;
using Membrane.Biophysics.Transport;

namespace Membrane.Biophysics.Models;

/// <summary>What <see cref="SaltStressModel.Run"/> returns. Immutable and thread-safe.</summary>
/// <param name="Activated">The decoder working: SOS1 switched on by the Ca²⁺ signature.</param>
/// <param name="KnockedOut">The decoder knocked out: SOS1 never activated.</param>
/// <param name="ProtonMotiveForce">The plasma membrane's Δp, which powers SOS1.</param>
public sealed record SaltStressResult(SaltStressScenario Activated, SaltStressScenario KnockedOut, MotiveForce ProtonMotiveForce)
{
    /// <summary>The uniform view the registry returns.</summary>
    /// <param name="modelName">The registry name.</param>
    /// <returns>Every series of both runs and the final [Na⁺], K⁺/Na⁺ ratio and decoder activity, and Δp.</returns>
    public ModelRun ToModelRun(string modelName)
    {
        var series = new List<ITimeSeries>();
        var outcomes = new List<ModelOutcome> { ModelOutcome.Quantity("plasma-membrane Δp", ProtonMotiveForce.Total, "F1") };
        foreach (var s in new[] { Activated, KnockedOut })
        {
            series.AddRange([s.CytosolSodium, s.CytosolCalcium, s.Sos1Export, s.Sos1FreeEnergy]);
            outcomes.Add(ModelOutcome.Quantity($"final cytosolic [Na⁺], {s.Label}", s.CytosolSodium.Final, "F1"));
            outcomes.Add(ModelOutcome.Number($"final K⁺/Na⁺, {s.Label}", s.PotassiumToSodium[^1], "F2"));
            outcomes.Add(ModelOutcome.Number($"final decoder activity, {s.Label}", s.DecoderActivity[^1], "F2"));
        }

        return new ModelRun(modelName, series, outcomes);
    }
}
