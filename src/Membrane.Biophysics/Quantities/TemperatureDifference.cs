using System;

namespace Membrane.Biophysics.Quantities;

/// <summary>
/// A difference of two temperatures (1 K of difference = 1 °C of difference).
/// </summary>
[Quantity("K")]
[Unit("K", 1, "Kelvins")]
[Unit("°C", 1, "DegreesCelsius", Aliases = ["C"])]
public readonly partial struct TemperatureDifference
{
}
