using System;
using System.Linq;
using Membrane.Biophysics.Tour;

// A tour of the worked situations the library makes short. Each prints its inputs and results with units.
const string Usage = """
    The tour of Membrane.Biophysics: every worked situation, its inputs and results with their units.

    usage: dotnet run --project docs/tour [-- WORD... | -- list | -- --help]
      (nothing)   every situation, in order
      WORD...     the situations whose name contains one of the words (case-insensitive), e.g. -- gaba ncx
      list        the situations' names, numbered
      --help, -h  this text
    """;

if (args is ["--help"] or ["-h"] or ["help"])
{
    Console.WriteLine(Usage);
    return 0;
}

if (args is ["list"])
{
    var number = 0;
    foreach (var situation in Situations.All)
    {
        Console.WriteLine($"{++number,3}  {situation.Name}");
    }

    Console.WriteLine($"{Situations.All.Count} situations; `dotnet run --project docs/tour -- WORD` shows those whose name contains WORD.");
    return 0;
}

var unknown = args.FirstOrDefault(a => a.StartsWith('-'));
if (unknown is not null)
{
    Console.Error.WriteLine($"unknown option '{unknown}'.");
    Console.Error.WriteLine(Usage);
    return 2;
}

var shown = Situations.All.Where(s => args.Length == 0 || args.Any(word => s.Name.Contains(word, StringComparison.OrdinalIgnoreCase))).ToList();
if (shown.Count == 0)
{
    Console.Error.WriteLine($"No situation's name contains {string.Join(" or ", args.Select(a => $"'{a}'"))}; `-- list` shows their names.");
    return 1;
}

foreach (var situation in shown)
{
    Console.WriteLine();
    Console.WriteLine($"== {situation.Name} ==");
    situation.Run(Console.Out);
}

Console.WriteLine();
Console.WriteLine(shown.Count == 1 ? "1 situation shown." : $"{shown.Count} situations shown.");
return 0;
