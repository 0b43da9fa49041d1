using Membrane.Biophysics.Cli.Output;
using Membrane.Biophysics.Plotting;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Cli.Scenarios;

/// <summary>
/// Something <c>membrane run NAME</c> and <c>membrane plot run NAME</c> can run: a simulation of the Dynamics layer
/// (<see cref="CellScenario"/>) or a ready physiological model (<see cref="ModelScenario"/>).
/// </summary>
internal interface IScenario
{
    /// <summary>The key users type, e.g. "hh-spike" or "ischaemia".</summary>
    string Name { get; }

    /// <summary>One sentence: what it shows and where its parameters come from.</summary>
    string Description { get; }

    /// <summary>Its temperature, for <c>run list</c>; null where the scenario is several runs that state their own.</summary>
    Temperature? Temperature { get; }

    /// <summary>Its run length, for <c>run list</c>; null where the scenario is several runs that state their own.</summary>
    Duration? Duration { get; }

    /// <summary>Runs it with the command line's overrides.</summary>
    /// <exception cref="Input.UserInputException">An override the scenario cannot take.</exception>
    ScenarioRun Run(RunOverrides overrides);
}

/// <summary>What the command line may change: the temperature, the run length and the sampling interval (null: the scenario's own).</summary>
internal sealed record RunOverrides(Temperature? Temperature, Duration? Duration, Duration? Interval)
{
    public bool Any => Temperature is not null || Duration is not null || Interval is not null;
}

/// <summary>A finished run, as the commands print and draw it.</summary>
internal abstract class ScenarioRun
{
    /// <summary>The named values <c>membrane run</c> prints above (or instead of) the traces.</summary>
    public abstract Report Summary();

    /// <summary>The recorded traces as a table with stable column names.</summary>
    public abstract Table Traces();

    /// <summary>The run's figure.</summary>
    /// <param name="traces">The --traces choice (voltage or concentrations) where given.</param>
    /// <param name="title">The figure's title.</param>
    public abstract Figure Plot(string? traces, string title);
}
