using System.CommandLine;
using Membrane.Biophysics.Cli.Input;
using Membrane.Biophysics.Cli.Output;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Transport;

namespace Membrane.Biophysics.Cli.Commands;

/// <summary>
/// <c>membrane transporter ncx --ion Na=10mM/140mM --ion Ca=100nM/2mM -V -80mV -t 37C</c>: ΔG per cycle, E_rev,
/// z_net and the direction of net transport, for a catalog transporter or a stoichiometry of your own.
/// </summary>
internal static class TransporterCommand
{
    public static Command Create(CliContext context)
    {
        var name = new Argument<string?>("name")
        {
            Description = "A catalog transporter: " + string.Join(", ", TransporterNames.Keys) + ". Omit it and give --stoichiometry instead.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var stoichiometry = new Option<string>("--stoichiometry", "-s") { Description = "Your own cycle, e.g. \"3 Na in, 1 Ca out\"; \"1 ATP\" couples one ATP hydrolysed." };
        var ions = new Option<string[]>("--ion", "-i") { Description = "Each species moved, ION=INSIDE/OUTSIDE, e.g. Na=10mM/140mM. Repeat, or separate with commas." };
        var phInside = new Option<string>("--ph-in") { Description = "pH inside (sets H⁺ inside), e.g. 7.2." };
        var phOutside = new Option<string>("--ph-out") { Description = "pH outside (sets H⁺ outside), e.g. 7.4." };
        var atp = new Option<string>("--atp") { Description = "ΔG of ATP hydrolysis where ATP is used, e.g. -57kJ/mol (needed by pumps and synthases)." };
        var voltage = new Option<string>("--voltage", "-V") { Description = "The membrane potential V = φ_in − φ_out, e.g. -80mV.", Required = true };
        var temperature = CliContext.TemperatureOption();
        var command = new Command("transporter", "Thermodynamics of a transporter or pump: free energy per cycle, reversal potential, direction at V.")
        {
            name, stoichiometry, ions, phInside, phOutside, atp, voltage, temperature,
        };
        command.SetAction(parse =>
        {
            var transporter = (parse.GetValue(name), parse.GetValue(stoichiometry)) switch
            {
                ({ } key, null) => TransporterNames.Find(key, "name"),
                (null, { } text) => new Transporter("custom", StoichiometryText.Parse(text, stoichiometry.Name), "given on the command line"),
                _ => throw new UserInputException("give either a catalog transporter name or --stoichiometry, not both and not neither."),
            };
            var conditions = TransportConditions.Empty;
            foreach (var (ion, gradient) in IonSpecs.Gradients(parse.GetValue(ions) ?? [], ions.Name))
            {
                conditions = conditions.WithGradient(ion, gradient);
            }

            if (parse.GetValue(phInside) is { } phIn && parse.GetValue(phOutside) is { } phOut)
            {
                conditions = conditions.WithPh(Ph(phIn, phInside.Name), Ph(phOut, phOutside.Name));
            }
            else if (parse.GetValue(phInside) is not null || parse.GetValue(phOutside) is not null)
            {
                throw new UserInputException("give both --ph-in and --ph-out, or neither.");
            }

            if (parse.GetValue(atp) is { } g)
            {
                conditions = conditions.WithAtpHydrolysis(Units.Parse<MolarEnergy>(g, atp.Name));
            }

            var v = Units.Parse<ElectricPotential>(parse.GetRequiredValue(voltage), voltage.Name);
            var t = CliContext.Temperature(parse, temperature);
            var state = transporter.At(conditions, v, t);
            context.Write(parse, new Report()
                .Add("transporter", "transporter", transporter.Name)
                .Add("stoichiometry", "cycle (as written)", transporter.Stoichiometry.ToString())
                .Add("net_charge_inward", "z_net (inward)", state.NetChargeInward)
                .Add("electrogenic", "electrogenic", transporter.IsElectrogenic)
                .Add("temperature_K", "temperature", t.Kelvins, "K", "0.##")
                .Add("membrane_potential_mV", "V", v.Millivolts, "mV", "0.00")
                .Add("free_energy_kJ_per_mol", "ΔG per cycle", state.FreeEnergy.KilojoulesPerMole, "kJ/mol", "0.000")
                .Add("reversal_mV", "E_rev", state.ReversalPotential?.Millivolts, "mV", "0.00")
                .Add("driving_force_mV", "V − E_rev", state.DrivingForce?.Millivolts, "mV", "0.00")
                .Add("direction", "net direction", state.Direction switch
                {
                    TransportDirection.Forward => "as-written",
                    TransportDirection.Reverse => "reverse",
                    _ => "equilibrium",
                }));
        });
        return command;
    }

    private static Ph Ph(string text, string option) =>
        double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? Quantities.Ph.FromValue(value)
            : Units.Parse<Ph>(text, option);
}
