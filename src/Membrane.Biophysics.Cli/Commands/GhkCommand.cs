using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using Membrane.Biophysics.Cli.Input;
using Membrane.Biophysics.Cli.Output;
using Membrane.Biophysics.Ghk;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Cli.Commands;

/// <summary>
/// <c>membrane ghk --ion K=140mM/5mM --ion Na=15mM/145mM -p K=1 -p Na=0.04 -t 37C</c>: the GHK reversal potential, from
/// permeability ratios (bare numbers) or absolute permeabilities (with a unit, e.g. 1e-6cm/s).
/// </summary>
internal static class GhkCommand
{
    public static Command Create(CliContext context)
    {
        var ions = new Option<string[]>("--ion", "-i")
        {
            Description = "An ion with its inside/outside concentrations, ION=INSIDE/OUTSIDE, e.g. K=140mM/5mM. Repeat, or separate with commas.",
            Required = true,
            AllowMultipleArgumentsPerToken = false,
        };
        var permeabilities = new Option<string[]>("--permeability", "-p")
        {
            Description = "A permeant ion's permeability, ION=P: a ratio (K=1, Na=0.04) or an absolute value (K=1e-6cm/s), all one kind. Ions not listed are impermeant.",
            Required = true,
        };
        var temperature = CliContext.TemperatureOption();
        var command = new Command("ghk", "The Goldman–Hodgkin–Katz reversal potential of several permeant ions (any valences).")
        {
            ions, permeabilities, temperature,
        };
        command.SetAction(parse =>
        {
            var gradients = IonSpecs.Gradients(parse.GetRequiredValue(ions), ions.Name);
            var given = IonSpecs.Pairs(parse.GetRequiredValue(permeabilities), permeabilities.Name, "ION=P, e.g. Na=0.04 or Na=1e-7cm/s");
            var t = CliContext.Temperature(parse, temperature);
            foreach (var (ion, _) in given)
            {
                if (!gradients.Any(g => g.Ion == ion))
                {
                    throw new UserInputException($"{permeabilities.Name}: {IonNames.Key(ion)} has a permeability but no --ion {IonNames.Key(ion)}=INSIDE/OUTSIDE.");
                }
            }

            var absolute = given.Count(p => !double.TryParse(p.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _));
            if (absolute != 0 && absolute != given.Count)
            {
                throw new UserInputException($"{permeabilities.Name}: give every permeability as a ratio (a bare number) or every one with a unit (e.g. 1e-6cm/s), not a mix.");
            }

            ElectricPotential reversal;
            if (absolute == 0)
            {
                var ratios = given.ToDictionary(p => p.Ion, p => Units.ParseNumber(p.Value, $"{permeabilities.Name} {IonNames.Key(p.Ion)}"));
                var inside = new Solution(gradients.Select(g => (g.Ion, g.Gradient.Inside)).ToArray());
                var outside = new Solution(gradients.Select(g => (g.Ion, g.Gradient.Outside)).ToArray());
                reversal = GhkVoltage.ReversalPotential(inside, outside, ratios, t);
            }
            else
            {
                var permeant = new List<PermeantIon>();
                foreach (var (ion, value) in given)
                {
                    permeant.Add(new PermeantIon(ion, Units.Parse<Permeability>(value, permeabilities.Name), gradients.First(g => g.Ion == ion).Gradient));
                }

                reversal = GhkVoltage.ReversalPotential(permeant, t);
            }

            context.Write(parse, new Report()
                .Add("permeant_ions", "permeant ions", string.Join(' ', given.Select(p => $"{IonNames.Key(p.Ion)}={p.Value}")))
                .Add("permeabilities", "permeabilities", absolute == 0 ? "relative" : "absolute")
                .Add("temperature_K", "temperature", t.Kelvins, "K", "0.##")
                .Add("reversal_mV", "E_rev (GHK)", reversal.Millivolts, "mV", "0.00"));
        });
        return command;
    }
}
