using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Models;

/// <summary>One whole-cell run of <see cref="ChlorideHomeostasisModel.RunWholeCell"/>: V, [Na⁺]ᵢ, [K⁺]ᵢ, [Cl⁻]ᵢ and volume all free. Immutable and thread-safe.</summary>
/// <param name="Label">The run.</param>
/// <param name="Voltage">V.</param>
/// <param name="SodiumInside">[Na⁺]ᵢ.</param>
/// <param name="PotassiumInside">[K⁺]ᵢ.</param>
/// <param name="ChlorideInside">[Cl⁻]ᵢ.</param>
/// <param name="CellVolume">The cell's volume.</param>
/// <param name="ChlorideReversalPotential">E_Cl.</param>
/// <param name="GabaReversalPotential">E_GABA of a Cl⁻ and HCO₃⁻ conductance.</param>
/// <param name="PumpSodiumEfflux">At the end: the Na⁺ the pump carries out, 3 cycles each.</param>
/// <param name="Nkcc1SodiumInflux">At the end: the Na⁺ NKCC1 carries in, 1 per cycle.</param>
public sealed record WholeCellChlorideScenario(
    string Label,
    TimeSeries<ElectricPotential> Voltage,
    TimeSeries<Concentration> SodiumInside,
    TimeSeries<Concentration> PotassiumInside,
    TimeSeries<Concentration> ChlorideInside,
    TimeSeries<Volume> CellVolume,
    TimeSeries<ElectricPotential> ChlorideReversalPotential,
    TimeSeries<ElectricPotential> GabaReversalPotential,
    MolarFlux PumpSodiumEfflux,
    MolarFlux Nkcc1SodiumInflux)
{
    /// <summary>The GABA_A driving force at the end, V − E_GABA: positive means the net current is inward anions and GABA hyperpolarises.</summary>
    public ElectricPotential GabaDrivingForce => Voltage.Final - GabaReversalPotential.Final;

    /// <summary>Whether a GABA_A (Cl⁻ and HCO₃⁻) conductance depolarises the cell at the end (E_GABA above V).</summary>
    public bool GabaDepolarises => GabaReversalPotential.Final > Voltage.Final;
}
