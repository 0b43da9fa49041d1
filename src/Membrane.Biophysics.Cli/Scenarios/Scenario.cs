using System;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Cli.Scenarios;

/// <summary>
/// A named, ready-to-run simulation: a cell description from the Dynamics layer with the temperature, time step,
/// initial potential and run length it is meant for. Each scenario states its own temperature (there is no default);
/// the command line may override it and the run length.
/// </summary>
/// <param name="Name">The key users type, e.g. "hh-spike".</param>
/// <param name="Description">One sentence: what it shows and where its parameters come from.</param>
/// <param name="Model">Builds the cell description.</param>
/// <param name="Temperature">Its temperature.</param>
/// <param name="TimeStep">The integration step.</param>
/// <param name="Duration">The default run length.</param>
/// <param name="Interval">The default sampling interval (a whole number of steps).</param>
/// <param name="InitialPotential">V at t = 0.</param>
internal sealed record Scenario(
    string Name,
    string Description,
    Func<CellModel> Model,
    Temperature Temperature,
    Duration TimeStep,
    Duration Duration,
    Duration Interval,
    ElectricPotential InitialPotential)
{
    /// <summary>Spikes are counted at upward crossings of 0 mV.</summary>
    public static ElectricPotential SpikeThreshold => ElectricPotential.Zero;

    /// <summary>Runs it, with the scenario's own settings where none is given.</summary>
    public Recording Run(Temperature? temperature = null, Duration? duration = null, Duration? interval = null) =>
        new Simulation(Model(), temperature ?? Temperature, TimeStep, InitialPotential)
            .Run(duration ?? Duration, interval ?? Interval, SpikeThreshold);
}
