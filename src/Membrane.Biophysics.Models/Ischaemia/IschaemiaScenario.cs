using System.Collections.Generic;
using Membrane.Biophysics.Dynamics;
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
/// <param name="ExchangerReversalPotential">E_NCX = 3E_Na − 2E_Ca.</param>
/// <param name="ExchangerReversalTime">When V first rose above E_NCX (NCX in reverse, loading Ca²⁺), interpolated between integration steps; null if it never did.</param>
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
    TimeSeries<ElectricPotential> ExchangerReversalPotential,
    Duration? ExchangerReversalTime,
    TimeSeries<Concentration> PotassiumInside,
    TimeSeries<Concentration> SodiumOutside,
    TimeSeries<Concentration> ChlorideOutside,
    TimeSeries<Volume> ExtracellularVolume)
{
    /// <summary>The volume change at the end, relative to the start (0.1 = 10 % swelling).</summary>
    public double Swelling => (CellVolume.Final / CellVolume.Initial) - 1;

    /// <summary>Every test pulse and what it evoked, in time order.</summary>
    public IReadOnlyList<TestPulseResponse> TestPulses { get; init; } = [];

    /// <summary>The spikes the cell fired on its own (upward crossings of 0 mV outside a test pulse's response), where the run stepped at fixed Δt.</summary>
    public IReadOnlyList<Duration> SpontaneousSpikes { get; init; } = [];

    /// <summary>The intervals in which V was above E_NCX (NCX in reverse, loading Ca²⁺), their ends interpolated between integration steps.</summary>
    public IReadOnlyList<TimeInterval> ExchangerReversals { get; init; } = [];

    /// <summary>The first test pulse from which on none evoked a spike; null if the last one did (or there were none).</summary>
    public Duration? ExcitabilityLostAt
    {
        get
        {
            Duration? lost = null;
            foreach (var p in TestPulses)
            {
                lost = p.Spike ? null : lost ?? p.Time;
            }

            return lost;
        }
    }

    /// <summary>The astrocytes' membrane potential V_g; null without <see cref="IschaemiaModel.Glia"/>.</summary>
    public TimeSeries<ElectricPotential>? AstrocyteVoltage { get; init; }

    /// <summary>The astrocytes' cytoplasmic [K⁺]; null without <see cref="IschaemiaModel.Glia"/>.</summary>
    public TimeSeries<Concentration>? AstrocytePotassium { get; init; }

    /// <summary>The K⁺ the astrocytes' buffer holds, per present extracellular volume; null without <see cref="IschaemiaModel.Glia"/>.</summary>
    public TimeSeries<Concentration>? BufferedPotassium { get; init; }

    /// <summary>The transient Na⁺ channels' inactivation gate h at the end of the run: the fraction not inactivated (depolarisation block when small).</summary>
    public double FinalSodiumChannelAvailability { get; init; }
}
