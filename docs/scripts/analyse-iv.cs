#!/usr/bin/env -S dotnet run
#:package Membrane.Biophysics@0.1.0
// Reversal potential, slope conductance and rectification of a voltage-clamp sweep read from a CSV file.
//
//   dotnet run analyse-iv.cs -- sweep.csv [voltage unit] [current unit]
//   dotnet run analyse-iv.cs -- ../notebooks/data/k-sweep.csv mV pA
//
// The CSV has two columns, V and I (outward positive), separated by commas, semicolons or tabs, with a decimal point;
// '#' lines and one header line are skipped. Units default to mV and pA.
using System.Globalization;
using Membrane.Biophysics.Analysis;
using Membrane.Biophysics.Quantities;

if (args.Length is < 1 or > 3)
{
    Console.Error.WriteLine("usage: dotnet run analyse-iv.cs -- sweep.csv [voltage unit, e.g. mV] [current unit, e.g. pA]");
    return 2;
}

var voltageUnit = ElectricPotential.Parse("1 " + (args.Length > 1 ? args[1] : "mV"), CultureInfo.InvariantCulture);
var currentUnit = ElectricCurrent.Parse("1 " + (args.Length > 2 ? args[2] : "pA"), CultureInfo.InvariantCulture);
using var file = File.OpenText(args[0]);
var (voltages, currents) = IvCurve.ReadCsv(file, voltageUnit, currentUnit);
Console.WriteLine($"{args[0]}: {voltages.Length} points from {voltages.Min().ToString("F1", null)} to {voltages.Max().ToString("F1", null)}");

// Interpolation passes noise straight through; a local cubic through the 9 points nearest the crossing averages it out
// and follows the curvature of a rectifying current. The library refuses a fit whose zero lies more than one segment
// from where the data change sign (heavy noise near the crossing can cause that): then the interpolated values stand.
var interpolated = IvCurve.ReversalPotential(voltages, currents);
Console.WriteLine($"reversal potential (interpolation): {interpolated.Millivolts.ToString("F2", CultureInfo.InvariantCulture)} mV");
var fit = IvFit.Polynomial(3, Math.Min(9, voltages.Length));
try
{
    var reversal = IvCurve.ReversalPotential(voltages, currents, fit);
    var slope = IvCurve.SlopeConductance(voltages, currents, fit);
    Console.WriteLine($"reversal potential ({fit}): {reversal.Millivolts.ToString("F2", CultureInfo.InvariantCulture)} mV");
    Console.WriteLine($"slope conductance at the reversal ({fit}): {slope.Nanosiemens.ToString("F2", CultureInfo.InvariantCulture)} nS");
}
catch (ArgumentException refused)
{
    Console.WriteLine($"no local fit: {refused.Message}");
    Console.WriteLine($"slope conductance at the reversal (interpolation): {IvCurve.SlopeConductance(voltages, currents).Nanosiemens.ToString("F2", CultureInfo.InvariantCulture)} nS");
}

// The chord-conductance ratio 50 mV either side of the reversal, where the sweep reaches that far.
var above = interpolated + ElectricPotential.FromMillivolts(50);
var below = interpolated - ElectricPotential.FromMillivolts(50);
if (above <= voltages.Max() && below >= voltages.Min())
{
    var index = IvCurve.RectificationIndex(voltages, currents, above, below);
    Console.WriteLine($"rectification index (chord conductance at E_rev + 50 mV / at E_rev − 50 mV): {index.ToString("F3", CultureInfo.InvariantCulture)}");
}

return 0;
