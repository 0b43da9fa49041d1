#!/usr/bin/env -S dotnet run
#:package Membrane.Biophysics@0.1.0
#:package Membrane.Biophysics.Models@0.1.0
#:package Membrane.Biophysics.Plotting@0.1.0
// The ready physiological models, as a C# file-based app: the twin of docs/notebooks/ready-models.ipynb.
//
//   dotnet run ready-models.cs [folder for the figures, default: the current one]
//
// Each of the seven models of Membrane.Biophysics.Models run with its cited defaults: what it is and after whom, its
// headline numbers, and every recording drawn as one figure (<model>.png, a panel per kind of quantity).
using Membrane.Biophysics.Models;
using Membrane.Biophysics.Plotting;
using Membrane.Biophysics.Quantities;

var folder = args.Length > 0 ? args[0] : ".";

foreach (var model in ReadyModels.All)
{
    Console.WriteLine(model);
}

foreach (var name in new[] { "potassium-buffering", "ischaemia", "chloride-gaba-switch", "endosome-acidification", "cardiac-ncx", "plant-salt-stress", "bacterial-energetics" })
{
    var model = ReadyModels.Find(name);
    Console.WriteLine();
    Console.WriteLine($"{model.Title} (after {model.Citation})");
    var run = model.Run();
    Console.WriteLine($"{run.ModelName}: headline numbers, {run.Series.Count} recorded series");
    foreach (var outcome in run.Outcomes)
    {
        Console.WriteLine($"  {outcome.Name}: {outcome.Text}");
    }

    var figure = Figures.Traces(run.Series, model.Title);
    var file = Path.GetFullPath(Path.Combine(folder, name + ".png"));
    figure.Save(file, 860, 250 * figure.Panels.Count);
    Console.WriteLine($"figure: {file}");

    if (name == "ischaemia")
    {
        // ATP lost at once (the limit τ → 0) and over a minute, a + (1 − a) e^(−t/τ).
        var minute = IschaemiaModel.Default with { Duration = Duration.FromSeconds(60) };
        foreach (var tau in new[] { Duration.Zero, Duration.FromSeconds(60) })
        {
            var s = (minute with { AtpTimeConstant = tau }).RunWithPumpFraction("ischaemia", 0);
            var firing = s.SpontaneousSpikes.Count > 0 ? $"{s.SpontaneousSpikes.Count} spontaneous spikes from {s.SpontaneousSpikes[0].Seconds:F1} to {s.SpontaneousSpikes[^1].Seconds:F1} s" : "no spontaneous spikes";
            Console.WriteLine($"ATP τ = {tau.Seconds} s: {firing}; excitability lost at {s.ExcitabilityLostAt?.Seconds.ToString("F0") ?? "never"} s; NCX reversed in {s.ExchangerReversals.Count} intervals, the last from {s.ExchangerReversals[^1].Start.Seconds:F2} s");
        }
    }
}
