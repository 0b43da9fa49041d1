using System.Collections.Generic;
using System.Globalization;
using Membrane.Biophysics.Dynamics;

namespace Membrane.Biophysics.Models;

/// <summary>What <see cref="ChlorideHomeostasisModel.Run"/> returns. Immutable and thread-safe.</summary>
/// <param name="Immature">High NKCC1, low KCC2.</param>
/// <param name="Mature">KCC2 up, NKCC1 down.</param>
/// <param name="Dendrite">KCC2 rising from the soma to the tip.</param>
public sealed record ChlorideHomeostasisResult(ChlorideScenario Immature, ChlorideScenario Mature, DendriteChlorideProfile Dendrite)
{
    /// <summary>The immature expression in the whole cell (V, [Na⁺]ᵢ, [K⁺]ᵢ free); null when not run.</summary>
    public WholeCellChlorideScenario? WholeCellImmature { get; init; }

    /// <summary>The mature expression in the whole cell; null when not run.</summary>
    public WholeCellChlorideScenario? WholeCellMature { get; init; }

    /// <summary>The uniform view the registry returns.</summary>
    /// <param name="modelName">The registry name.</param>
    /// <returns>The time courses and the steady [Cl⁻]ᵢ, E_Cl and GABA polarity of each run, E_Cl along the dendrite, and the whole cell's steady V, Na⁺, K⁺, Cl⁻, E_GABA and Na⁺ budget.</returns>
    public ModelRun ToModelRun(string modelName)
    {
        var ic = CultureInfo.InvariantCulture;
        var series = new List<ITimeSeries>();
        var outcomes = new List<ModelOutcome>();
        foreach (var s in new[] { Immature, Mature, Dendrite.AtSoma })
        {
            series.AddRange([s.Chloride, s.ChlorideReversalPotential]);
            outcomes.Add(ModelOutcome.Quantity($"steady [Cl⁻]i, {s.Label}", s.Chloride.Final, "F1"));
            outcomes.Add(ModelOutcome.Quantity($"steady E_Cl, {s.Label}", s.ChlorideReversalPotential.Final, "F1"));
            outcomes.Add(ModelOutcome.Statement($"GABA_A at rest, {s.Label}", s.GabaDepolarises ? "depolarising" : "hyperpolarising"));
        }

        int n = Dendrite.Positions.Count;
        foreach (var i in new[] { 0, n / 2, n - 1 })
        {
            outcomes.Add(ModelOutcome.Quantity($"E_Cl at {Dendrite.Positions[i].ToString("F0", ic)} from the soma", Dendrite.ChlorideReversalPotential[i], "F1"));
        }

        outcomes.Add(ModelOutcome.Quantity("GABA hyperpolarises beyond", Dendrite.PolarityReversalDistance, "F0", "nowhere"));
        foreach (var w in new[] { WholeCellImmature, WholeCellMature })
        {
            if (w is not null)
            {
                series.AddRange([w.Voltage, w.SodiumInside, w.PotassiumInside, w.ChlorideInside, w.CellVolume, w.ChlorideReversalPotential, w.GabaReversalPotential]);
                outcomes.Add(ModelOutcome.Quantity($"whole cell, {w.Label}: steady V", w.Voltage.Final, "F1"));
                outcomes.Add(ModelOutcome.Quantity($"whole cell, {w.Label}: steady [Na⁺]i", w.SodiumInside.Final, "F1"));
                outcomes.Add(ModelOutcome.Quantity($"whole cell, {w.Label}: steady [K⁺]i", w.PotassiumInside.Final, "F1"));
                outcomes.Add(ModelOutcome.Quantity($"whole cell, {w.Label}: steady [Cl⁻]i", w.ChlorideInside.Final, "F1"));
                outcomes.Add(ModelOutcome.Quantity($"whole cell, {w.Label}: steady E_Cl", w.ChlorideReversalPotential.Final, "F1"));
                outcomes.Add(ModelOutcome.Quantity($"whole cell, {w.Label}: steady E_GABA (Cl⁻ + HCO₃⁻)", w.GabaReversalPotential.Final, "F1"));
                outcomes.Add(ModelOutcome.Statement($"whole cell, {w.Label}: GABA_A at rest", w.GabaDepolarises ? "depolarising" : "hyperpolarising"));
                outcomes.Add(ModelOutcome.Quantity($"whole cell, {w.Label}: Na⁺ in by NKCC1", w.Nkcc1SodiumInflux, "G3"));
                outcomes.Add(ModelOutcome.Quantity($"whole cell, {w.Label}: Na⁺ out by the pump", w.PumpSodiumEfflux, "G3"));
                outcomes.Add(ModelOutcome.Number($"whole cell, {w.Label}: volume change", (w.CellVolume.Final.CubicMeters / w.CellVolume.Initial.CubicMeters) - 1, "+0.0 %;-0.0 %"));
            }
        }

        return new ModelRun(modelName, series, outcomes);
    }
}
