using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Cli.Input;

/// <summary>
/// Finds a catalog ion (<see cref="Ions"/>) by what users type: "K", "K+", "K⁺", "potassium", "Ca2+", "HCO3",
/// "gluconate". Case-insensitive. Also gives each ion a plain ASCII key ("K", "Ca", "HCO3") for field names.
/// </summary>
internal static class IonNames
{
    // Every Ion the catalog exposes, read from the catalog itself so a new catalog entry needs no change here.
    private static readonly Ion[] Catalog = typeof(Ions)
        .GetProperties(BindingFlags.Public | BindingFlags.Static)
        .Where(p => p.PropertyType == typeof(Ion))
        .Select(p => (Ion)p.GetValue(null)!)
        .ToArray();

    private static readonly Dictionary<string, Ion> ByName = BuildIndex();

    /// <summary>All catalog ions.</summary>
    public static IReadOnlyList<Ion> All => Catalog;

    /// <summary>The catalog ion a user means, or a <see cref="UserInputException"/> that lists the choices.</summary>
    public static Ion Find(string text, string option)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ByName.TryGetValue(Normalise(text), out var ion)
            ? ion
            : throw new UserInputException(
                $"{option}: unknown ion '{text}'; expected one of {string.Join(", ", Catalog.Select(Key))} (or its name, e.g. potassium).");
    }

    /// <summary>"K⁺" → "K", "Ca²⁺" → "Ca", "HCO₃⁻" → "HCO3": the symbol without its charge, in ASCII.</summary>
    public static string Key(Ion ion)
    {
        ArgumentNullException.ThrowIfNull(ion);
        return Bare(Ascii(ion.Symbol), ion.Valence);
    }

    private static Dictionary<string, Ion> BuildIndex()
    {
        var index = new Dictionary<string, Ion>(StringComparer.Ordinal);
        foreach (var ion in Catalog)
        {
            var symbol = Ascii(ion.Symbol);                       // "Ca2+", "HCO3-", "K+"
            index.TryAdd(Normalise(symbol), ion);
            index.TryAdd(Normalise(ion.Name), ion);
            index.TryAdd(Normalise(Bare(symbol, ion.Valence)), ion); // "Ca", "HCO3", "K"
        }

        return index;
    }

    /// <summary>The symbol without its charge: "Ca2+" → "Ca", "HCO3-" → "HCO3", "SO42-" → "SO4".</summary>
    private static string Bare(string asciiSymbol, int valence)
    {
        var s = asciiSymbol.TrimEnd('+', '-');
        var magnitude = Math.Abs(valence);
        if (magnitude > 1 && s.EndsWith(magnitude.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))
        {
            s = s[..^1];
        }

        return s;
    }

    private static string Normalise(string text) => Ascii(text.Trim()).Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();

    private static string Ascii(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '⁺' => '+',
                '⁻' or '−' => '-',
                >= '₀' and <= '₉' => (char)('0' + (c - '₀')),
                '⁰' => '0',
                '¹' => '1',
                '²' => '2',
                '³' => '3',
                >= '⁴' and <= '⁹' => (char)('4' + (c - '⁴')),
                _ => c,
            });
        }

        return sb.ToString();
    }
}
