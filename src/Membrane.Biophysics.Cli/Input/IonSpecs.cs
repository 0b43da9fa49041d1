using System;
using System.Collections.Generic;
using System.Linq;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Cli.Input;

/// <summary>
/// Reads the ion lists of the command line: a gradient "K=140mM/5mM" (inside/outside), a solution "K=140mM,Cl=10mM"
/// (one option may hold several, comma-separated, or the option may be repeated) and a value per ion "K=1".
/// </summary>
internal static class IonSpecs
{
    /// <summary>"ION=INSIDE/OUTSIDE" entries to gradients, no ion twice.</summary>
    public static IReadOnlyList<(Ion Ion, IonGradient Gradient)> Gradients(IEnumerable<string> specs, string option)
    {
        var result = new List<(Ion, IonGradient)>();
        foreach (var (ion, value) in Pairs(specs, option, "ION=INSIDE/OUTSIDE, e.g. K=140mM/5mM"))
        {
            var parts = value.Split('/');
            if (parts.Length != 2)
            {
                throw new UserInputException($"{option}: '{value}' for {IonNames.Key(ion)} must be INSIDE/OUTSIDE, e.g. 140mM/5mM.");
            }

            result.Add((ion, new IonGradient(Units.Parse<Concentration>(parts[0], option), Units.Parse<Concentration>(parts[1], option))));
        }

        return result;
    }

    /// <summary>"ION=CONCENTRATION" entries to a solution, no ion twice.</summary>
    public static Solution Solution(IEnumerable<string> specs, string option) =>
        new(Pairs(specs, option, "ION=CONCENTRATION, e.g. K=140mM")
            .Select(p => (p.Ion, Units.Parse<Concentration>(p.Value, option)))
            .ToArray());

    /// <summary>"ION=TEXT" entries, split at commas, each ion once.</summary>
    public static IReadOnlyList<(Ion Ion, string Value)> Pairs(IEnumerable<string> specs, string option, string expected)
    {
        ArgumentNullException.ThrowIfNull(specs);
        var result = new List<(Ion, string)>();
        foreach (var entry in specs.SelectMany(s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var eq = entry.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || eq == entry.Length - 1)
            {
                throw new UserInputException($"{option}: '{entry}' must be {expected}.");
            }

            var ion = IonNames.Find(entry[..eq], option);
            if (result.Exists(p => p.Item1 == ion))
            {
                throw new UserInputException($"{option}: {IonNames.Key(ion)} is given twice.");
            }

            result.Add((ion, entry[(eq + 1)..].Trim()));
        }

        return result;
    }
}
