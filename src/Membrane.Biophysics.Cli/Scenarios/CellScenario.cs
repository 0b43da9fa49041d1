using System;
using Membrane.Biophysics.Cli.Output;
using Membrane.Biophysics.Cli.Input;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Plotting;
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
internal sealed record CellScenario(
    string Name,
    string Description,
    Func<CellModel> Model,
    Temperature Temperature,
    Duration TimeStep,
    Duration Duration,
    Duration Interval,
    ElectricPotential InitialPotential) : IScenario
{
    /// <summary>Spikes are counted at upward crossings of 0 mV.</summary>
    public static ElectricPotential SpikeThreshold => ElectricPotential.Zero;

    Temperature? IScenario.Temperature => Temperature;

    Duration? IScenario.Duration => Duration;

    /// <summary>Runs it, with the scenario's own settings where none is given.</summary>
    public ScenarioRun Run(RunOverrides overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var temperature = overrides.Temperature ?? Temperature;
        var recording = new Simulation(Model(), temperature, TimeStep, InitialPotential)
            .Run(overrides.Duration ?? Duration, overrides.Interval ?? Interval, SpikeThreshold);
        return new CellRun(this, recording, temperature);
    }

    /// <summary>A simulation's run: the recording's summary, its traces (<see cref="Traces"/>) and its voltage or concentration figure.</summary>
    private sealed class CellRun(CellScenario scenario, Recording recording, Temperature temperature) : ScenarioRun
    {
        public override Report Summary() => new Report()
            .Add("scenario", "scenario", scenario.Name)
            .Add("description", "what", scenario.Description)
            .Add("temperature_K", "temperature", temperature.Kelvins, "K", "0.##")
            .Add("time_step_ms", "time step", scenario.TimeStep.Milliseconds, "ms")
            .Add("duration_ms", "duration", recording.Times[^1].Milliseconds, "ms")
            .Add("samples", "samples", recording.Times.Count)
            .Add("spikes", "spikes (0 mV crossings)", recording.SpikeTimes.Count);

        public override Table Traces() => Scenarios.Traces.From(recording);

        public override Figure Plot(string? traces, string title) =>
            traces == "concentrations" ? Figures.ConcentrationTraces(recording, title) : Figures.VoltageTrace(recording, title);
    }
}
