using System;
using System.CommandLine;
using System.Linq;
using Membrane.Biophysics.Analysis;
using Membrane.Biophysics.Cli.Input;
using Membrane.Biophysics.Cli.Output;
using Membrane.Biophysics.Electrodiffusion;
using Membrane.Biophysics.Plotting;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Cli.Commands;

/// <summary>
/// <c>membrane plot iv|nernst|run|pnp … -o figure.png</c>: figures drawn by Membrane.Biophysics.Plotting, PNG or SVG by
/// the output file's extension.
/// </summary>
internal static class PlotCommand
{
    public static Command Create(CliContext context) => new("plot", "Draw a figure (PNG or SVG, by the extension of --output).")
    {
        Iv(context),
        NernstCurve(context),
        Run(context),
        Pnp(context),
    };

    private static Command Iv(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "A CSV file of V, I per line, as for 'membrane iv'; '-' for standard input." };
        var units = IvUnits.Create();
        var figure = new FigureOptions();
        var command = new Command("iv", "The I–V curve of a measured sweep with its reversal potential marked.") { file, units.Voltage, units.Current };
        figure.AddTo(command);
        command.SetAction(parse =>
        {
            var (voltages, currents) = units.Read(parse, parse.GetRequiredValue(file));
            var reversal = IvCurve.ReversalPotential(voltages, currents);
            var report = figure.Save(parse, Figures.IvCurve(voltages, currents, reversal, figure.Title(parse)));
            context.Write(parse, report.Add("reversal_mV", "E_rev", reversal.Millivolts, "mV", "0.00"));
        });
        return command;
    }

    private static Command NernstCurve(CliContext context)
    {
        var ion = new Argument<string>("ion") { Description = "The ion: K, Na, Cl, Ca, …" };
        var inside = new Option<string>("--inside", "-i") { Description = "The fixed inside concentration, e.g. 140mM.", Required = true };
        var from = new Option<string>("--from") { Description = "The lowest outside concentration, e.g. 1mM.", Required = true };
        var to = new Option<string>("--to") { Description = "The highest outside concentration, e.g. 100mM.", Required = true };
        var points = new Option<int>("--points") { Description = "How many concentrations, spaced evenly on a log scale (default 50).", DefaultValueFactory = _ => 50 };
        var temperature = CliContext.TemperatureOption();
        var figure = new FigureOptions();
        var command = new Command("nernst", "E_ion against the outside concentration (log axis) at a fixed inside concentration.") { ion, inside, from, to, points, temperature };
        figure.AddTo(command);
        command.SetAction(parse =>
        {
            var species = IonNames.Find(parse.GetRequiredValue(ion), "ion");
            var low = Units.Parse<Concentration>(parse.GetRequiredValue(from), from.Name);
            var high = Units.Parse<Concentration>(parse.GetRequiredValue(to), to.Name);
            var n = parse.GetValue(points);
            if (n < 2 || !(low.Millimolar > 0 && high > low))
            {
                throw new UserInputException($"{from.Name}/{to.Name}/{points.Name}: need 0 < --from < --to and at least 2 points; were {low}, {high}, {n}.");
            }

            var ratio = Math.Log10(high / low);
            var outside = Enumerable.Range(0, n).Select(k => low * Math.Pow(10, ratio * k / (n - 1))).ToArray();
            var c = Units.Parse<Concentration>(parse.GetRequiredValue(inside), inside.Name);
            context.Write(parse, figure.Save(parse, Figures.NernstPotential(species, c, outside, CliContext.Temperature(parse, temperature))));
        });
        return command;
    }

    private static Command Run(CliContext context)
    {
        var settings = ScenarioSettings.Create();
        var what = CliContext.Choice(new Option<string>("--traces") { Description = "For a simulation: voltage (default) or concentrations. A ready model's figure draws every recording." }, "voltage", "concentrations");
        var figure = new FigureOptions();
        var command = new Command("run", "The traces of a named scenario or ready model (see 'membrane run list'): a simulation's voltage or concentrations, a ready model's every recording in panels by quantity.") { settings.Name, what };
        foreach (var option in settings.Options)
        {
            command.Add(option);
        }

        figure.AddTo(command);
        command.SetAction(parse =>
        {
            var (scenario, run) = settings.Run(parse);
            var plot = run.Plot(parse.GetValue(what)?.ToLowerInvariant(), figure.Title(parse) ?? scenario.Name);
            context.Write(parse, figure.Save(parse, plot).Add("scenario", "scenario", scenario.Name));
        });
        return command;
    }

    private static Command Pnp(CliContext context)
    {
        var ions = new Option<string[]>("--ion", "-i") { Description = "Each mobile ion, ION=INSIDE/OUTSIDE (inside at x = 0), e.g. K=140mM/5mM.", Required = true };
        var length = new Option<string>("--length") { Description = "The layer's thickness, e.g. 10nm.", Required = true };
        var voltage = new Option<string>("--voltage", "-V") { Description = "The potential of the inside relative to the outside, e.g. -70mV.", Required = true };
        var permittivity = new Option<double>("--permittivity") { Description = "Relative permittivity of the layer (default 78, water).", DefaultValueFactory = _ => 78 };
        var diffusion = new Option<double>("--diffusion-scale") { Description = "Each ion's diffusion coefficient as a fraction of its value in free water (default 1).", DefaultValueFactory = _ => 1 };
        var temperature = CliContext.TemperatureOption();
        var figure = new FigureOptions();
        var command = new Command("pnp", "A steady Poisson–Nernst–Planck profile across a layer: concentrations and potential against position.")
        {
            ions, length, voltage, permittivity, diffusion, temperature,
        };
        figure.AddTo(command);
        command.SetAction(parse =>
        {
            var scale = parse.GetValue(diffusion);
            var species = IonSpecs.Gradients(parse.GetRequiredValue(ions), ions.Name)
                .Select(g => new PnpSpecies(
                    g.Ion.Symbol,
                    g.Ion.Valence,
                    (g.Ion.DiffusionCoefficient ?? throw new UserInputException($"{ions.Name}: {g.Ion.Symbol} has no diffusion coefficient in the catalog.")) * scale,
                    g.Gradient.Inside,
                    g.Gradient.Outside))
                .ToArray();
            var solution = PoissonNernstPlanck.SteadyState(
                species,
                Units.Parse<ElectricPotential>(parse.GetRequiredValue(voltage), voltage.Name),
                ElectricPotential.Zero,
                Units.Parse<Length>(parse.GetRequiredValue(length), length.Name),
                parse.GetValue(permittivity),
                CliContext.Temperature(parse, temperature),
                intervals: 200);
            var report = figure.Save(parse, Figures.PnpProfile(solution, species.Select(s => s.Name).ToArray(), figure.Title(parse)));
            context.Write(parse, report.Add("current_uA_per_cm2", "current density (outward +)", solution.Current.MicroamperesPerSquareCentimeter, "µA/cm²", "0.###"));
        });
        return command;
    }

    /// <summary>--output, --width, --height and --title, shared by every figure.</summary>
    private sealed class FigureOptions
    {
        private readonly Option<string> _output = new("--output", "-o") { Description = "The figure file: .png or .svg.", Required = true };
        private readonly Option<int> _width = new("--width") { Description = "Width in pixels (default 800).", DefaultValueFactory = _ => 800 };
        private readonly Option<int> _height = new("--height") { Description = "Height in pixels (default 500).", DefaultValueFactory = _ => 500 };
        private readonly Option<string> _title = new("--title") { Description = "A title for the figure." };

        public void AddTo(Command command)
        {
            command.Add(_output);
            command.Add(_width);
            command.Add(_height);
            command.Add(_title);
        }

        public string? Title(ParseResult parse) => parse.GetValue(_title);

        public Report Save(ParseResult parse, Figure figure)
        {
            var path = parse.GetRequiredValue(_output);
            var (width, height) = (parse.GetValue(_width), parse.GetValue(_height));
            figure.Save(path, width, height);
            return new Report()
                .Add("output", "figure written to", path)
                .Add("width_px", "width", width, "px")
                .Add("height_px", "height", height, "px");
        }
    }
}
