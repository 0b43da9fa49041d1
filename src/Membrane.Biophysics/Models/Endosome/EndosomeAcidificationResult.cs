using System.Collections.Generic;
using System.Globalization;

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
            series.AddRange([s.LumenPh, s.MembranePotential, s.LumenChloride, s.ChlorideReversal, s.PumpFreeEnergy]);
            outcomes.Add(new($"final lumen pH, {s.Label}", s.FinalPh.ToString("F2", CultureInfo.InvariantCulture)));
            outcomes.Add(new($"final ψ, {s.Label}", s.FinalPotential.ToString("F1", CultureInfo.InvariantCulture)));
            outcomes.Add(new($"final E_Cl, {s.Label}", s.ChlorideReversal.Final.ToString("F1", CultureInfo.InvariantCulture)));
            outcomes.Add(new($"final V-ATPase rate, {s.Label}", string.Create(CultureInfo.InvariantCulture, $"{s.PumpRates[^1]:F1} H⁺/s per pump")));
        }

        return new ModelRun(modelName, series, outcomes);
    }
}
