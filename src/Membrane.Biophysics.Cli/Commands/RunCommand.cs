using System.CommandLine;
using System.IO;
using System.Linq;
using Membrane.Biophysics.Cli.Input;
using Membrane.Biophysics.Cli.Output;
using Membrane.Biophysics.Cli.Scenarios;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Cli.Commands;

/// <summary>
/// <c>membrane run hh-spike [-o traces.csv] [--duration 100ms] [--interval 0.1ms]</c> or <c>membrane run ischaemia</c>:
/// a named simulation or ready model to its summary and a CSV of its traces.
/// </summary>
internal static class RunCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("run", "Run a named simulation scenario or ready model and write its traces (CSV), e.g. membrane run hh-spike -o spike.csv.");
        var list = new Command("list", "List the scenarios and ready models.");
        list.SetAction(parse =>
        {
            var report = new Report { Table = new Table("scenarios", ["name", "temperature_K", "duration_ms", "description"], ScenarioRegistry.All.Select(s => new object?[] { s.Name, s.Temperature?.Kelvins, s.Duration?.Milliseconds, s.Description }).ToList()) };
            context.Write(parse, report);
        });
        command.Add(list);
        var settings = ScenarioSettings.Create();
        var output = new Option<string>("--output", "-o") { Description = "Write the traces to this CSV file (standard output then gets only the summary)." };
        command.Add(settings.Name);
        foreach (var option in settings.Options)
        {
            command.Add(option);
        }

        command.Add(output);
        command.SetAction(parse =>
        {
            var (_, run) = settings.Run(parse);
            var traces = run.Traces();
            var report = run.Summary();
            if (parse.GetValue(output) is { } path)
            {
                using (var file = new StreamWriter(path))
                {
                    ReportWriter.WriteCsv(traces, file);
                }

                report.Add("output", "traces written to", path);
            }
            else
            {
                report.Table = traces;
            }

            context.Write(parse, report);
        });
        return command;
    }
}

/// <summary>The scenario argument and the overrides shared by <c>run</c> and <c>plot run</c>.</summary>
internal sealed class ScenarioSettings
{
    public required Argument<string> Name { get; init; }

    public required Option<string> Duration { get; init; }

    public required Option<string> Interval { get; init; }

    public required Option<string> Temperature { get; init; }

    public Option[] Options => [Duration, Interval, Temperature];

    public static ScenarioSettings Create() => new()
    {
        Name = new Argument<string>("scenario") { Description = "The scenario or ready model: " + string.Join(", ", ScenarioRegistry.All.Select(s => s.Name)) + " ('membrane run list' describes them)." },
        Duration = new Option<string>("--duration") { Description = "Run length, e.g. 100ms (default: the scenario's; simulations only)." },
        Interval = new Option<string>("--interval") { Description = "Sampling interval, a whole number of time steps, e.g. 0.1ms (default: the scenario's; simulations only)." },
        Temperature = new Option<string>("--temperature", "-t") { Description = "Override the scenario's own temperature, e.g. 20C (each scenario states its own; simulations only)." },
    };

    public (IScenario Scenario, ScenarioRun Run) Run(ParseResult parse)
    {
        var scenario = ScenarioRegistry.Find(parse.GetRequiredValue(Name), Name.Name);
        var t = parse.GetValue(Temperature) is { } text ? Units.ParseTemperature(text, Temperature.Name) : (Temperature?)null;
        var duration = parse.GetValue(Duration) is { } d ? Units.Parse<Quantities.Duration>(d, Duration.Name) : (Quantities.Duration?)null;
        var interval = parse.GetValue(Interval) is { } i ? Units.Parse<Quantities.Duration>(i, Interval.Name) : (Quantities.Duration?)null;
        return (scenario, scenario.Run(new RunOverrides(t, duration, interval)));
    }
}
