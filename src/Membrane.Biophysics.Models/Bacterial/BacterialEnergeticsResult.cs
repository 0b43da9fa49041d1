using System.Collections.Generic;
using Membrane.Biophysics.Dynamics;

namespace Membrane.Biophysics.Models;

/// <summary>What <see cref="BacterialEnergeticsModel.Run"/> returns. Immutable and thread-safe.</summary>
/// <param name="Respiring">Every pathway working.</param>
/// <param name="ProtonPumpInhibited">The H⁺ pump's j_max set to 0: the PMF comes from the SMF through the antiporter.</param>
public sealed record BacterialEnergeticsResult(BacterialScenario Respiring, BacterialScenario ProtonPumpInhibited)
{
    /// <summary>The uniform view the registry returns.</summary>
    /// <param name="modelName">The registry name.</param>
    /// <returns>Every series of both runs and their steady Δψ, pH, [Na⁺]i, Δp, SMF and pathway rates.</returns>
    public ModelRun ToModelRun(string modelName)
    {
        var series = new List<ITimeSeries>();
        var outcomes = new List<ModelOutcome>();
        foreach (var s in new[] { Respiring, ProtonPumpInhibited })
        {
            series.AddRange([s.MembranePotential, s.CytoplasmicPh, s.CytoplasmicSodium, s.ProtonMotiveForce, s.SodiumMotiveForce, s.AtpSynthaseRate]);
            outcomes.Add(ModelOutcome.Quantity($"steady Δψ, {s.Label}", s.MembranePotential.Final, "F1"));
            outcomes.Add(ModelOutcome.Quantity($"steady cytoplasmic pH, {s.Label}", s.CytoplasmicPh.Final, "F2"));
            outcomes.Add(ModelOutcome.Quantity($"steady [Na⁺]i, {s.Label}", s.CytoplasmicSodium.Final, "F2"));
            outcomes.Add(ModelOutcome.Quantity($"steady Δp, {s.Label}", s.ProtonMotiveForce.Final, "F1"));
            outcomes.Add(ModelOutcome.Quantity($"steady SMF, {s.Label}", s.SodiumMotiveForce.Final, "F1"));
            outcomes.Add(ModelOutcome.Quantity($"ATP synthase, {s.Label}", s.FinalAtpSynthaseRate, "G3"));
            outcomes.Add(ModelOutcome.Quantity($"NQR, {s.Label}", s.SodiumPumpRate, "G3"));
            outcomes.Add(ModelOutcome.Quantity($"H⁺ pump, {s.Label}", s.ProtonPumpRate, "G3"));
            outcomes.Add(ModelOutcome.Quantity($"Na⁺/H⁺ antiporter, {s.Label}", s.AntiporterRate, "G3"));
        }

        return new ModelRun(modelName, series, outcomes);
    }
}
