using System;
using System.Globalization;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Electrodiffusion;

/// <summary>
/// The relative permittivity (dielectric constant) of liquid water as a function of temperature, from 0 to 100 °C:
/// ε_r = 87.740 − 0.40008 t + 9.398 × 10⁻⁴ t² − 1.410 × 10⁻⁶ t³ (t in °C); 78.30 at 25 °C, 74.15 at 37 °C.
/// </summary>
/// <remarks>
/// Malmberg, C. G. and Maryott, A. A. (1956) Dielectric constant of water from 0° to 100 °C. <i>J. Res. Natl. Bur.
/// Stand.</i> 56, 1–8, their fitted cubic in t. Thread-safe (no state).
/// </remarks>
public static class WaterPermittivity
{
    /// <summary>The relative permittivity ε_r of water at a temperature.</summary>
    /// <param name="temperature">Between 0 °C and 100 °C, the range of the fit.</param>
    /// <exception cref="ArgumentOutOfRangeException">The temperature is outside 0–100 °C.</exception>
    public static double Relative(Temperature temperature)
    {
        Guard.AboveAbsoluteZero(temperature, nameof(temperature));
        var t = temperature.DegreesCelsius;
        if (!(t >= 0 && t <= 100))
        {
            throw Guard.Fail(nameof(temperature), temperature, "°C", "between 0 °C and 100 °C (the range of Malmberg and Maryott's fit)");
        }

        return 87.740 + (t * (-0.40008 + (t * (9.398e-4 - (t * 1.410e-6)))));
    }
}
