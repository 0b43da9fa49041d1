using System.Collections.Generic;
using System.Globalization;

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
            outcomes.Add(new($"steady Δψ, {s.Label}", s.MembranePotential.Final.ToString("F1", CultureInfo.InvariantCulture)));
            outcomes.Add(new($"steady cytoplasmic pH, {s.Label}", s.CytoplasmicPh.Final.ToString("F2", CultureInfo.InvariantCulture)));
            outcomes.Add(new($"steady [Na⁺]i, {s.Label}", s.CytoplasmicSodium.Final.ToString("F2", CultureInfo.InvariantCulture)));
            outcomes.Add(new($"steady Δp, {s.Label}", s.ProtonMotiveForce.Final.ToString("F1", CultureInfo.InvariantCulture)));
            outcomes.Add(new($"steady SMF, {s.Label}", s.SodiumMotiveForce.Final.ToString("F1", CultureInfo.InvariantCulture)));
            outcomes.Add(new($"ATP synthase, {s.Label}", s.FinalAtpSynthaseRate.ToString("G3", CultureInfo.InvariantCulture)));
            outcomes.Add(new($"NQR, {s.Label}", s.SodiumPumpRate.ToString("G3", CultureInfo.InvariantCulture)));
            outcomes.Add(new($"H⁺ pump, {s.Label}", s.ProtonPumpRate.ToString("G3", CultureInfo.InvariantCulture)));
            outcomes.Add(new($"Na⁺/H⁺ antiporter, {s.Label}", s.AntiporterRate.ToString("G3", CultureInfo.InvariantCulture)));
        }

        return new ModelRun(modelName, series, outcomes);
    }
}
