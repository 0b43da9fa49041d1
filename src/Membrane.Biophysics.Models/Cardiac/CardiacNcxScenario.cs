using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Transport;

namespace Membrane.Biophysics.Models;

/// <summary>The exchanger at one [Na⁺]ᵢ in diastole (<see cref="CardiacNcxModel"/>). Immutable and thread-safe.</summary>
/// <param name="Label">The scenario.</param>
/// <param name="SodiumInside">[Na⁺]ᵢ.</param>
/// <param name="SodiumReversalPotential">E_Na.</param>
/// <param name="CalciumReversalPotential">E_Ca at the diastolic [Ca²⁺]ᵢ.</param>
/// <param name="ExchangerReversalPotential">E_NCX = 3E_Na − 2E_Ca at the diastolic [Ca²⁺]ᵢ.</param>
/// <param name="Current">I_NCX at the diastolic V and [Ca²⁺]ᵢ, outward positive (negative: forward mode, Ca²⁺ out).</param>
/// <param name="CalciumExtrusion">Ca²⁺ carried out per unit capacitive area (negative: Ca²⁺ taken in).</param>
/// <param name="CalciumExtrusionRate">The same as the rate at which total (free and bound) myoplasmic Ca²⁺ falls (negative: rises).</param>
/// <param name="DecayCalcium">Free [Ca²⁺]ᵢ during the diastolic decay from the systolic peak, NCX alone.</param>
/// <param name="DecayCurrent">I_NCX during the decay.</param>
/// <param name="DecayReversalPotential">E_NCX during the decay.</param>
/// <param name="EquilibriumCalcium">The free [Ca²⁺]ᵢ at which E_NCX equals the diastolic V, where the exchanger alone would leave it:
/// [Ca²⁺]ₒ e^(2F E_Ca/RT)⁻¹ with E_Ca = (3E_Na − V)/2.</param>
public sealed record CardiacNcxScenario(
    string Label,
    Concentration SodiumInside,
    ElectricPotential SodiumReversalPotential,
    ElectricPotential CalciumReversalPotential,
    ElectricPotential ExchangerReversalPotential,
    CurrentDensity Current,
    MolarFlux CalciumExtrusion,
    ConcentrationRate CalciumExtrusionRate,
    TimeSeries<Concentration> DecayCalcium,
    TimeSeries<CurrentDensity> DecayCurrent,
    TimeSeries<ElectricPotential> DecayReversalPotential,
    Concentration EquilibriumCalcium)
{
    /// <summary>Forward (Ca²⁺ out, as <see cref="Transporters.Ncx"/> is written) when I_NCX &lt; 0, reverse when &gt; 0.</summary>
    public TransportDirection Direction => Current.AmperesPerSquareMeter < 0 ? TransportDirection.Forward : Current.AmperesPerSquareMeter > 0 ? TransportDirection.Reverse : TransportDirection.Equilibrium;
}
