using System;
using System.Linq;
using Membrane.Biophysics.Tour;

// A tour of the worked situations the library makes short. Each prints its inputs and results with units.
// Run: dotnet run --project docs/tour            (all situations)
//      dotnet run --project docs/tour -- gaba    (the situations whose name contains "gaba")
var filter = args.FirstOrDefault();
var situations = Situations.All.Where(s => filter is null || s.Name.Contains(filter, StringComparison.OrdinalIgnoreCase)).ToList();
foreach (var situation in situations)
{
    Console.WriteLine();
    Console.WriteLine($"== {situation.Name} ==");
    situation.Run(Console.Out);
}

Console.WriteLine();
Console.WriteLine($"{situations.Count} situation(s) shown.");
