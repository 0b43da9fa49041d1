using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using Membrane.Biophysics.Transport;

namespace Membrane.Biophysics.Cli.Input;

/// <summary>
/// Finds a catalog transporter (<see cref="Transporters"/>) by a kebab-case key made from its catalog member
/// ("ncx", "nkcc1", "sodium-potassium-atpase", "v-atpase") or by its own name ("NCX", "KCC2"), case-insensitive.
/// Members that take arguments use their defaults. The list is read from the catalog, so new entries appear here.
/// </summary>
internal static class TransporterNames
{
    private static readonly (string Key, Transporter Transporter)[] Catalog = Read();

    /// <summary>The keys, in catalog order.</summary>
    public static IEnumerable<string> Keys => Catalog.Select(c => c.Key);

    public static Transporter Find(string text, string option)
    {
        ArgumentNullException.ThrowIfNull(text);
        var wanted = Squash(text);
        foreach (var (key, transporter) in Catalog)
        {
            if (Squash(key) == wanted || Squash(transporter.Name) == wanted)
            {
                return transporter;
            }
        }

        throw new UserInputException($"{option}: unknown transporter '{text}'; expected one of {string.Join(", ", Keys)}, or --stoichiometry for your own.");
    }

    private static (string, Transporter)[] Read()
    {
        var type = typeof(Transporters);
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(Transporter))
            .Select(p => (Kebab(p.Name), (Transporter)p.GetValue(null)!));
        var methods = type.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.ReturnType == typeof(Transporter) && !m.IsSpecialName && m.GetParameters().All(p => p.HasDefaultValue))
            .Select(m => (Kebab(m.Name), (Transporter)m.Invoke(null, m.GetParameters().Select(p => p.DefaultValue).ToArray())!));
        return properties.Concat(methods).ToArray();
    }

    // "SodiumPotassiumAtpase" → "sodium-potassium-atpase", "VAtpase" → "v-atpase", "Nbce1TwoBicarbonate" → "nbce1-two-bicarbonate".
    private static string Kebab(string pascal)
    {
        var sb = new StringBuilder();
        for (var k = 0; k < pascal.Length; k++)
        {
            var c = pascal[k];
            var boundary = k > 0 && char.IsUpper(c) &&
                           (!char.IsUpper(pascal[k - 1]) || (k + 1 < pascal.Length && char.IsLower(pascal[k + 1])));
            if (boundary)
            {
                sb.Append('-');
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }

    private static string Squash(string s) => new(s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
