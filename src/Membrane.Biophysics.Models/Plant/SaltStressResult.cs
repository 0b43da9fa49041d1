using System.Collections.Generic;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Transport;

namespace Membrane.Biophysics.Models;

/// <summary>What <see cref="SaltStressModel.Run"/> returns. Immutable and thread-safe.</summary>
/// <param name="Activated">The decoder working: SOS1 switched on by the Ca²⁺ signature.</param>
/// <param name="KnockedOut">The decoder knocked out: SOS1 never activated.</param>
/// <param name="ProtonMotiveForce">The plasma membrane's Δp, which powers SOS1.</param>
public sealed record SaltStressResult(SaltStressScenario Activated, SaltStressScenario KnockedOut, MotiveForce ProtonMotiveForce)
{
    /// <summary>The cell with its vacuole: SOS1 and NHX, SOS1 only, NHX only, neither; empty when not run.</summary>
    public IReadOnlyList<SaltStressVacuoleScenario> Vacuole { get; init; } = [];

    /// <summary>The tonoplast's Δp (vacuole as inside), which powers NHX; null when the vacuole was not run.</summary>
    public MotiveForce? TonoplastProtonMotiveForce { get; init; }

    /// <summary>The uniform view the registry returns.</summary>
    /// <param name="modelName">The registry name.</param>
    /// <returns>Every series of both runs and the final [Na⁺], K⁺/Na⁺ ratio and decoder activity, and Δp; with the vacuole, cytosolic and vacuolar [Na⁺], K⁺/Na⁺ and the tonoplast's Δp.</returns>
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

        if (TonoplastProtonMotiveForce is { } tonoplast)
        {
            outcomes.Add(ModelOutcome.Quantity("tonoplast Δp (vacuole inside)", tonoplast.Total, "F1"));
        }

        foreach (var v in Vacuole)
        {
            series.AddRange([v.CytosolSodium, v.VacuoleSodium, v.NhxTransport]);
            outcomes.Add(ModelOutcome.Quantity($"with vacuole, {v.Label}: final cytosolic [Na⁺]", v.CytosolSodium.Final, "F2"));
            outcomes.Add(ModelOutcome.Quantity($"with vacuole, {v.Label}: final vacuolar [Na⁺]", v.VacuoleSodium.Final, "F2"));
            outcomes.Add(ModelOutcome.Number($"with vacuole, {v.Label}: final K⁺/Na⁺", v.PotassiumToSodium[^1], "F2"));
        }

        return new ModelRun(modelName, series, outcomes);
    }
}
