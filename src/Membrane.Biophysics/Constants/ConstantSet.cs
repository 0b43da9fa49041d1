using System;
using System.Globalization;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Constants;

/// <summary>
/// A named pair of the Faraday constant F and the molar gas constant R, the two constants the laws of this
/// library use. <see cref="Si2019"/> (exact) is what every law uses unless a caller passes another set, for
/// example to reproduce results computed with older constants.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ConstantSet
{
    /// <summary>Creates a set of constants.</summary>
    /// <param name="name">A name for messages and output, e.g. "CODATA 2014".</param>
    /// <param name="faradayConstant">F in C/mol; must be finite and positive.</param>
    /// <param name="molarGasConstant">R in J/(mol·K); must be finite and positive.</param>
    public ConstantSet(string name, double faradayConstant, double molarGasConstant)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Guard.PositiveFinite(faradayConstant, nameof(faradayConstant), "Faraday constant", " C/mol");

        Guard.PositiveFinite(molarGasConstant, nameof(molarGasConstant), "gas constant", " J/(mol·K)");

        Name = name;
        FaradayConstant = faradayConstant;
        MolarGasConstant = molarGasConstant;
    }

    /// <summary>The exact SI 2019 values (see <see cref="PhysicalConstants"/>). The default everywhere.</summary>
    public static ConstantSet Si2019 { get; } =
        new("SI 2019 (exact)", PhysicalConstants.FaradayConstant, PhysicalConstants.MolarGasConstant);

    /// <summary>
    /// CODATA 2014 recommended values: F = 96 485.332 89 C/mol, R = 8.314 4598 J/(mol·K)
    /// (Mohr, Newell and Taylor, Rev. Mod. Phys. 88, 035009, 2016).
    /// </summary>
    public static ConstantSet Codata2014 { get; } = new("CODATA 2014", 96485.33289, 8.3144598);

    /// <summary>
    /// The constants NEURON's <c>nernst()</c>, <c>ghk()</c> and ion-reversal code used before NEURON 8 adopted the
    /// SI 2019 values (still selectable there with <c>nrnunit_use_legacy(1)</c>): F = 96 485.309 C/mol and
    /// R = 8.3134 J/(mol·K), the gas constant hard-coded in NEURON's legacy <c>eion</c> — not the 8.314 41 its hoc
    /// constant <c>R</c> showed. Reproduces those functions to the last digit (checked against NEURON 8.2.2).
    /// </summary>
    public static ConstantSet NeuronLegacy { get; } = new("NEURON legacy (eion)", 96485.309, 8.3134);

    /// <summary>A name for messages and output.</summary>
    public string Name { get; }

    /// <summary>The Faraday constant F in C/mol.</summary>
    public double FaradayConstant { get; }

    /// <summary>The molar gas constant R in J/(mol·K).</summary>
    public double MolarGasConstant { get; }

    /// <summary>The thermal voltage RT/F (25.69 mV at 25 °C with SI 2019 constants).</summary>
    /// <param name="temperature">An absolute temperature above 0 K.</param>
    public ElectricPotential ThermalVoltage(Temperature temperature)
    {
        Guard.AboveAbsoluteZero(temperature, nameof(temperature));
        return ElectricPotential.FromVolts(MolarGasConstant * temperature.Kelvins / FaradayConstant);
    }

    /// <summary>RT, the thermal energy per mole, at a temperature.</summary>
    /// <param name="temperature">An absolute temperature above 0 K.</param>
    public MolarEnergy ThermalEnergy(Temperature temperature)
    {
        Guard.AboveAbsoluteZero(temperature, nameof(temperature));
        return MolarEnergy.FromJoulesPerMole(MolarGasConstant * temperature.Kelvins);
    }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Name}: F = {FaradayConstant} C/mol, R = {MolarGasConstant} J/(mol·K)");
}
