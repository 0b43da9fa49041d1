using System.Collections.Generic;
using Membrane.Biophysics.Dynamics;

namespace Membrane.Biophysics.Models;

/// <summary>What <see cref="EndosomeAcidificationModel.Run"/> returns: the organelle without and with a Cl⁻ shunt. Immutable and thread-safe.</summary>
/// <param name="WithoutCounterion">Cl⁻ permeability 0: the lumen charges positive and pumping stalls.</param>
/// <param name="WithChlorideShunt">The Cl⁻ shunt of <see cref="EndosomeAcidificationModel.ChloridePermeability"/>.</param>
public sealed record EndosomeAcidificationResult(EndosomeScenario WithoutCounterion, EndosomeScenario WithChlorideShunt)
{
    /// <summary>The uniform view the registry returns.</summary>
    /// <param name="modelName">The registry name.</param>
    /// <returns>Every series of both runs and their final pH, ψ, E_Cl and pump rate.</returns>
    public ModelRun ToModelRun(string modelName)
    {
        var series = new List<ITimeSeries>();
        var outcomes = new List<ModelOutcome>();
        foreach (var s in new[] { WithoutCounterion, WithChlorideShunt })
        {
            series.AddRange([s.LumenPh, s.MembranePotential, s.LumenChloride, s.ChlorideReversalPotential, s.PumpFreeEnergy]);
            outcomes.Add(ModelOutcome.Quantity($"final lumen pH, {s.Label}", s.FinalPh, "F2"));
            outcomes.Add(ModelOutcome.Quantity($"final ψ, {s.Label}", s.FinalPotential, "F1"));
            outcomes.Add(ModelOutcome.Quantity($"final E_Cl, {s.Label}", s.ChlorideReversalPotential.Final, "F1"));
            outcomes.Add(ModelOutcome.Number($"final V-ATPase rate per pump, {s.Label}", s.PumpRates[^1], "F1", "H⁺/s"));
        }

        return new ModelRun(modelName, series, outcomes);
    }
}
