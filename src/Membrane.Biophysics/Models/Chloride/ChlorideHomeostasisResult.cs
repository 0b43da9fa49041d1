using System.Collections.Generic;
using System.Globalization;

namespace Membrane.Biophysics.Models;

/// <summary>What <see cref="ChlorideHomeostasisModel.Run"/> returns. Immutable and thread-safe.</summary>
/// <param name="Immature">High NKCC1, low KCC2.</param>
/// <param name="Mature">KCC2 up, NKCC1 down.</param>
/// <param name="Dendrite">KCC2 rising from the soma to the tip.</param>
public sealed record ChlorideHomeostasisResult(ChlorideScenario Immature, ChlorideScenario Mature, DendriteChlorideProfile Dendrite)
{
    /// <summary>The uniform view the registry returns.</summary>
    /// <param name="modelName">The registry name.</param>
    /// <returns>The time courses and the steady [Cl⁻]ᵢ, E_Cl and GABA polarity of each run, and E_Cl along the dendrite.</returns>
    public ModelRun ToModelRun(string modelName)
    {
        var ic = CultureInfo.InvariantCulture;
        var series = new List<ITimeSeries>();
        var outcomes = new List<ModelOutcome>();
        foreach (var s in new[] { Immature, Mature, Dendrite.AtSoma })
        {
            series.AddRange([s.Chloride, s.ChlorideReversal]);
            outcomes.Add(ModelOutcome.Quantity($"steady [Cl⁻]i, {s.Label}", s.Chloride.Final, "F1"));
            outcomes.Add(ModelOutcome.Quantity($"steady E_Cl, {s.Label}", s.ChlorideReversal.Final, "F1"));
            outcomes.Add(ModelOutcome.Statement($"GABA_A at rest, {s.Label}", s.GabaDepolarises ? "depolarising" : "hyperpolarising"));
        }

        int n = Dendrite.Positions.Count;
        foreach (var i in new[] { 0, n / 2, n - 1 })
        {
            outcomes.Add(ModelOutcome.Quantity($"E_Cl at {Dendrite.Positions[i].ToString("F0", ic)} from the soma", Dendrite.ChlorideReversal[i], "F1"));
        }

        outcomes.Add(ModelOutcome.Quantity("GABA hyperpolarises beyond", Dendrite.PolarityReversalDistance, "F0", "nowhere"));
        return new ModelRun(modelName, series, outcomes);
    }
}
