using Membrane.Biophysics.Channels;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Models;

/// <summary>One run of <see cref="IschaemiaModel"/>. Immutable and thread-safe.</summary>
/// <param name="Label">The run.</param>
/// <param name="PumpFraction">The fraction of the pump working.</param>
/// <param name="Voltage">V.</param>
/// <param name="SodiumInside">[Na⁺]ᵢ.</param>
/// <param name="PotassiumOutside">[K⁺]ₒ in the extracellular space.</param>
/// <param name="CalciumInside">[Ca²⁺]ᵢ.</param>
/// <param name="ChlorideInside">[Cl⁻]ᵢ.</param>
/// <param name="CellVolume">The cell's volume.</param>
/// <param name="ExchangerReversal">E_NCX = 3E_Na − 2E_Ca.</param>
/// <param name="ExchangerReversalTime">The first sample at which V exceeded E_NCX (NCX in reverse, loading Ca²⁺); null if it never did.</param>
/// <param name="PotassiumInside">[K⁺]ᵢ.</param>
/// <param name="SodiumOutside">[Na⁺]ₒ.</param>
/// <param name="ChlorideOutside">[Cl⁻]ₒ.</param>
/// <param name="ExtracellularVolume">The extracellular space's volume (it loses the water the cell gains).</param>
public sealed record IschaemiaScenario(
    string Label,
    double PumpFraction,
    TimeSeries<ElectricPotential> Voltage,
    TimeSeries<Concentration> SodiumInside,
    TimeSeries<Concentration> PotassiumOutside,
    TimeSeries<Concentration> CalciumInside,
    TimeSeries<Concentration> ChlorideInside,
    TimeSeries<Volume> CellVolume,
    TimeSeries<ElectricPotential> ExchangerReversal,
    Duration? ExchangerReversalTime,
    TimeSeries<Concentration> PotassiumInside,
    TimeSeries<Concentration> SodiumOutside,
    TimeSeries<Concentration> ChlorideOutside,
    TimeSeries<Volume> ExtracellularVolume)
{
    /// <summary>The volume change at the end, relative to the start (0.1 = 10 % swelling).</summary>
    public double Swelling => (CellVolume.Final / CellVolume.Initial) - 1;

    /// <summary>
    /// h∞ of Hodgkin and Huxley's (1952) Na⁺ inactivation gate at the final V (<see cref="HodgkinHuxley1952.H"/>): the
    /// fraction of such Na⁺ channels not inactivated at steady state there, 0.60 at −65 mV. An indicator of
    /// depolarisation block only: the model has no voltage-gated channels, so none carries current or shapes V here.
    /// </summary>
    public double FinalSodiumChannelAvailability => HodgkinHuxley1952.H.SteadyState(Voltage.Final);
}
