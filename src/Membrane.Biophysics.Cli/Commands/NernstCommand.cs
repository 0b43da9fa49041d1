using System.CommandLine;
using Membrane.Biophysics.Cli.Input;
using Membrane.Biophysics.Cli.Output;
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Cli.Commands;

/// <summary><c>membrane nernst K --inside 140mM --outside 5mM -t 37C [--voltage -70mV]</c>: E_ion, and V − E and Δμ̃ at V.</summary>
internal static class NernstCommand
{
    public static Command Create(CliContext context)
    {
        var ion = new Argument<string>("ion") { Description = "The ion: K, Na, Cl, Ca, Mg, H, HCO3, … (symbol or name)." };
        var inside = new Option<string>("--inside", "-i") { Description = "Inside concentration, e.g. 140mM.", Required = true };
        var outside = new Option<string>("--outside", "-o") { Description = "Outside concentration, e.g. 5mM.", Required = true };
        var temperature = CliContext.TemperatureOption();
        var voltage = new Option<string>("--voltage", "-V") { Description = "A membrane potential V = φ_in − φ_out, e.g. -70mV: adds V − E and Δμ̃ = zF(V − E)." };
        var command = new Command("nernst", "The Nernst (equilibrium) potential E = (RT/zF) ln(c_out/c_in) of one ion.")
        {
            ion, inside, outside, temperature, voltage,
        };
        command.SetAction(parse =>
        {
            var species = IonNames.Find(parse.GetRequiredValue(ion), "ion");
            var gradient = new IonGradient(
                Units.Parse<Concentration>(parse.GetRequiredValue(inside), inside.Name),
                Units.Parse<Concentration>(parse.GetRequiredValue(outside), outside.Name));
            var t = CliContext.Temperature(parse, temperature);
            var e = Nernst.Potential(species, gradient, t);
            var report = new Report()
                .Add("ion", "ion", IonNames.Key(species))
                .Add("valence", "valence z", species.Valence)
                .Add("inside_mM", "inside", gradient.Inside.Millimolar, "mM")
                .Add("outside_mM", "outside", gradient.Outside.Millimolar, "mM")
                .Add("temperature_K", "temperature", t.Kelvins, "K", "0.##")
                .Add("potential_mV", $"E_{IonNames.Key(species)}", e.Millivolts, "mV", "0.00");
            if (parse.GetValue(voltage) is { } text)
            {
                var v = Units.Parse<ElectricPotential>(text, voltage.Name);
                report.Add("membrane_potential_mV", "V", v.Millivolts, "mV", "0.00")
                    .Add("driving_force_mV", "V − E", ElectrochemicalPotential.DrivingForce(species, gradient, v, t).Millivolts, "mV", "0.00")
                    .Add("delta_mu_kJ_per_mol", "Δμ̃ = zF(V − E)", ElectrochemicalPotential.Difference(species, gradient, v, t).KilojoulesPerMole, "kJ/mol", "0.000");
            }

            context.Write(parse, report);
        });
        return command;
    }
}
