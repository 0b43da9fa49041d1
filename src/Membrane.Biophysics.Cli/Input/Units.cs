using System;
using System.Globalization;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Cli.Input;

/// <summary>
/// Reads quantities as users type them: "140mM", "-70 mV", "37C", "310.15K", "1e-6cm/s". The quantities' own
/// <c>Parse</c> does the work; this adds "u" for "µ" (10uM) and the temperature presets.
/// </summary>
internal static class Units
{
    /// <summary>Parses a quantity, or throws a <see cref="UserInputException"/> naming the option.</summary>
    public static T Parse<T>(string text, string option)
        where T : struct, IQuantity<T>
    {
        ArgumentNullException.ThrowIfNull(text);
        if (T.TryParse(text, CultureInfo.InvariantCulture, out var value) ||
            T.TryParse(MicroFromU(text), CultureInfo.InvariantCulture, out value))
        {
            return value;
        }

        try
        {
            T.Parse(text, CultureInfo.InvariantCulture);
        }
        catch (FormatException e)
        {
            throw new UserInputException($"{option}: {e.Message}");
        }

        throw new UserInputException($"{option}: '{text}' is not a {T.QuantityName}.");
    }

    /// <summary>
    /// A temperature: a value with its unit ("37C", "37 °C", "310.15K") or a preset: body (37 °C), room (22 °C),
    /// squid (6.3 °C). There is no default: every command that needs one asks for it.
    /// </summary>
    public static Temperature ParseTemperature(string text, string option)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Trim().ToLowerInvariant() switch
        {
            "body" => Temperature.Body,
            "room" => Temperature.Room,
            "squid" => Temperature.Squid,
            _ => Parse<Temperature>(text, option),
        };
    }

    /// <summary>A plain number in the invariant culture, or a <see cref="UserInputException"/>.</summary>
    public static double ParseNumber(string text, string what) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && double.IsFinite(x)
            ? x
            : throw new UserInputException($"{what}: '{text}' is not a finite number.");

    // "10uM" → "10µM", "2us" → "2µs": the micro sign is hard to type.
    private static string MicroFromU(string text)
    {
        var trimmed = text.Trim();
        for (var k = 0; k < trimmed.Length - 1; k++)
        {
            if (trimmed[k] == 'u' && char.IsLetter(trimmed[k + 1]) && (k == 0 || !char.IsLetter(trimmed[k - 1])))
            {
                return string.Concat(trimmed.AsSpan(0, k), "µ", trimmed.AsSpan(k + 1));
            }
        }

        return trimmed;
    }
}
