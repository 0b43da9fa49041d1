using System.Collections.Generic;
using System.Globalization;
using Membrane.Biophysics.Dynamics;

namespace Membrane.Biophysics.Models;

/// <summary>What <see cref="CardiacNcxModel.Run"/> returns. Immutable and thread-safe.</summary>
/// <param name="Normal">At the normal [Na⁺]ᵢ.</param>
/// <param name="HeartFailure">At the raised [Na⁺]ᵢ.</param>
public sealed record CardiacNcxResult(CardiacNcxScenario Normal, CardiacNcxScenario HeartFailure)
{
    /// <summary>The uniform view the registry returns.</summary>
    /// <param name="modelName">The registry name.</param>
    /// <returns>The decays and, for each [Na⁺]ᵢ, E_NCX, I_NCX, direction and Ca²⁺ extrusion at diastole.</returns>
    public ModelRun ToModelRun(string modelName)
    {
        var series = new List<ITimeSeries>();
        var outcomes = new List<ModelOutcome>();
        var ic = CultureInfo.InvariantCulture;
        foreach (var s in new[] { Normal, HeartFailure })
        {
            series.AddRange([s.DecayCalcium, s.DecayCurrent, s.DecayReversalPotential]);
            outcomes.Add(ModelOutcome.Quantity($"E_NCX, {s.Label} ({s.SodiumInside.ToString("F0", ic)})", s.ExchangerReversalPotential, "F1"));
            outcomes.Add(ModelOutcome.Quantity($"I_NCX at diastole, {s.Label}", s.Current, "G3"));
            outcomes.Add(ModelOutcome.Statement($"direction, {s.Label}", s.Direction == Transport.TransportDirection.Forward ? "forward (Ca²⁺ out)" : s.Direction == Transport.TransportDirection.Reverse ? "reverse (Ca²⁺ in)" : "at equilibrium"));
            outcomes.Add(ModelOutcome.Quantity($"Ca²⁺ extrusion, {s.Label}", s.CalciumExtrusionRate, "G3"));
            outcomes.Add(ModelOutcome.Quantity($"[Ca²⁺]i after the diastolic decay, {s.Label}", s.DecayCalcium.Final, "G3"));
        }

        return new ModelRun(modelName, series, outcomes);
    }
}
