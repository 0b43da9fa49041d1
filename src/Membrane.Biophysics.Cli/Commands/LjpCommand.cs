using System.CommandLine;
using Membrane.Biophysics.Cli.Input;
using Membrane.Biophysics.Cli.Output;
using Membrane.Biophysics.Electrodiffusion;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Cli.Commands;

/// <summary>
/// <c>membrane ljp --pipette K=140mM,gluconate=140mM --bath Na=145mM,Cl=145mM -t 22C [--method planck] [--measured -60mV]</c>:
/// the liquid junction potential φ_bath − φ_pipette (JPCalc's sign), and the corrected membrane potential.
/// </summary>
internal static class LjpCommand
{
    public static Command Create(CliContext context)
    {
        var pipette = new Option<string[]>("--pipette") { Description = "The pipette solution, ION=CONCENTRATION, comma-separated or repeated; electroneutral.", Required = true };
        var bath = new Option<string[]>("--bath") { Description = "The bath solution, as --pipette.", Required = true };
        var method = CliContext.Choice(
            new Option<string>("--method", "-m")
            {
                Description = "planck (stationary Nernst–Planck, as LJPcalc; the default) or henderson (as JPCalc).",
                DefaultValueFactory = _ => "planck",
            },
            "planck", "henderson");
        var activities = CliContext.Choice(
            new Option<string>("--activities")
            {
                Description = "ideal (the default: concentrations), davies, debye-huckel-limiting or debye-huckel-extended (with --ion-size); non-ideal models need --method henderson.",
                DefaultValueFactory = _ => "ideal",
            },
            "ideal", "davies", "debye-huckel-limiting", "debye-huckel-extended");
        var ionSize = new Option<string>("--ion-size") { Description = "The ion-size parameter å of the extended Debye–Hückel law, e.g. 0.45nm." };
        var measured = new Option<string>("--measured") { Description = "A measured membrane potential to correct: V_m = V_measured − LJP." };
        var temperature = CliContext.TemperatureOption();
        var command = new Command("ljp", "The liquid junction potential between a pipette and a bath solution (φ_bath − φ_pipette).")
        {
            pipette, bath, method, activities, ionSize, measured, temperature,
        };
        command.SetAction(parse =>
        {
            var p = IonSpecs.Solution(parse.GetRequiredValue(pipette), pipette.Name);
            var b = IonSpecs.Solution(parse.GetRequiredValue(bath), bath.Name);
            var t = CliContext.Temperature(parse, temperature);
            var model = System.Enum.Parse<ActivityModel>(parse.GetRequiredValue(activities).Replace("-", "", System.StringComparison.Ordinal), ignoreCase: true);
            var size = parse.GetValue(ionSize) is { } a ? Units.Parse<Length>(a, ionSize.Name) : (Length?)null;
            var junction = JunctionPotential.Of(p, b, t, System.Enum.Parse<JunctionMethod>(parse.GetRequiredValue(method), ignoreCase: true), model, size);
            var report = new Report()
                .Add("method", "method", junction.Method.ToString().ToLowerInvariant())
                .Add("activities", "activities", parse.GetRequiredValue(activities).ToLowerInvariant())
                .Add("temperature_K", "temperature", t.Kelvins, "K", "0.##")
                .Add("ljp_mV", "LJP (bath − pipette)", junction.Potential.Millivolts, "mV", "0.00");
            if (parse.GetValue(measured) is { } text)
            {
                var v = Units.Parse<ElectricPotential>(text, measured.Name);
                report.Add("measured_mV", "measured V", v.Millivolts, "mV", "0.00")
                    .Add("corrected_mV", "corrected V_m", junction.Correct(v).Millivolts, "mV", "0.00");
            }

            context.Write(parse, report);
        });
        return command;
    }
}
