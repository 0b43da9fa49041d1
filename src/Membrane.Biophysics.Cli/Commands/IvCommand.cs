using System;
using System.CommandLine;
using System.IO;
using Membrane.Biophysics.Analysis;
using Membrane.Biophysics.Cli.Input;
using Membrane.Biophysics.Cli.Output;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Cli.Commands;

/// <summary>
/// <c>membrane iv sweep.csv [--voltage-unit mV] [--current-unit pA] [--degree 3 --points 6]</c>: the reversal potential
/// and slope conductance of a measured I–V curve (two columns V, I; one header line allowed; "-" reads standard input).
/// </summary>
internal static class IvCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "A CSV file of V, I per line (comma, semicolon or tab); '-' for standard input." };
        var units = IvUnits.Create();
        var degree = new Option<int>("--degree") { Description = "0 (default): interpolate between the two points that bracket the crossing; 1–3: a local least-squares polynomial." };
        var points = new Option<int?>("--points") { Description = "How many points nearest the crossing the polynomial uses (default degree + 3)." };
        var command = new Command("iv", "Reversal potential and slope conductance of a measured I–V curve.") { file, units.Voltage, units.Current, degree, points };
        command.SetAction(parse =>
        {
            var (voltages, currents) = units.Read(parse, parse.GetRequiredValue(file));
            var d = parse.GetValue(degree);
            var fit = d == 0 && parse.GetValue(points) is null ? IvFit.Interpolation : IvFit.Polynomial(d, parse.GetValue(points) ?? d + 3);
            var reversal = IvCurve.ReversalPotential(voltages, currents, fit);
            var slope = IvCurve.SlopeConductance(voltages, currents, fit);
            context.Write(parse, new Report()
                .Add("points", "points", voltages.Length)
                .Add("fit", "fit", fit.ToString())
                .Add("reversal_mV", "E_rev", reversal.Millivolts, "mV", "0.00")
                .Add("slope_conductance_nS", "slope conductance at E_rev", slope.Nanosiemens, "nS", "0.000"));
        });
        return command;
    }
}

/// <summary>The column units of an I–V file and the reading of it, shared by <c>iv</c> and <c>plot iv</c>.</summary>
internal sealed class IvUnits
{
    public required Option<string> Voltage { get; init; }

    public required Option<string> Current { get; init; }

    public static IvUnits Create() => new()
    {
        Voltage = new Option<string>("--voltage-unit") { Description = "The unit of the voltage column (default mV).", DefaultValueFactory = _ => "mV" },
        Current = new Option<string>("--current-unit") { Description = "The unit of the current column (default pA).", DefaultValueFactory = _ => "pA" },
    };

    public IvPoints Read(ParseResult parse, string path)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var v = Units.Parse<ElectricPotential>("1 " + parse.GetRequiredValue(Voltage), Voltage.Name);
        var i = Units.Parse<ElectricCurrent>("1 " + parse.GetRequiredValue(Current), Current.Name);
        if (path == "-")
        {
            return IvCurve.ReadCsv(Console.In, v, i);
        }

        using var reader = new StreamReader(path);
        return IvCurve.ReadCsv(reader, v, i);
    }
}
