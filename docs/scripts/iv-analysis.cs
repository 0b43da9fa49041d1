#!/usr/bin/env -S dotnet run
#:package Membrane.Biophysics@0.1.0
#:package Membrane.Biophysics.Plotting@0.1.0
// I–V analysis of a voltage-clamp sweep from a CSV file, as a C# file-based app: the twin of
// docs/notebooks/iv-analysis.ipynb (for your own files and units, see analyse-iv.cs).
//
//   dotnet run iv-analysis.cs [folder for the figure, default: the current one]
//
// The sweep is a simulated whole-cell K⁺ sweep (140/25 mM, 22 °C) with Gaussian noise, made by
// docs/notebooks/data/make_k_sweep.py from the GHK current equation in plain Python; its header records the true
// reversal potential (E_K = −43.82 mV) and slope conductance (39.78 nS). The figure is written as iv-curve.png.
using Membrane.Biophysics.Analysis;
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Plotting;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

// A voltage column in mV and a current column in pA; '#' lines and one header line are skipped.
var sweep = IvCurve.ReadCsv(File.OpenText(Path.Combine("..", "notebooks", "data", "k-sweep.csv")), ElectricPotential.FromMillivolts(1), ElectricCurrent.FromPicoamperes(1));
var (voltages, currents) = sweep;
Console.WriteLine(sweep);

// Interpolation passes the noise straight through; a local cubic through the 9 nearest points averages it out.
var interpolated = IvCurve.ReversalPotential(voltages, currents);
var cubic = IvFit.Polynomial(3, 9);
var fitted = IvCurve.ReversalPotential(voltages, currents, cubic);
var slope = IvCurve.SlopeConductance(voltages, currents, cubic);
Console.WriteLine($"E_rev by interpolation: {interpolated.ToString("F2", null)}");
Console.WriteLine($"E_rev by a {cubic}: {fitted.ToString("F2", null)}");
Console.WriteLine($"slope conductance at E_rev: {slope.Nanosiemens:F2} nS");

// The curve, drawn with the reversal marked.
var figure = Path.GetFullPath(Path.Combine(args.Length > 0 ? args[0] : ".", "iv-curve.png"));
Figures.IvCurve(voltages, currents, fitted, "Whole-cell K⁺ sweep, 140/25 mM, 22 °C").Save(figure, 640, 420);
Console.WriteLine($"figure: {figure}");

// Compared with the Nernst potential: a K⁺-selective conductance reverses at E_K.
var eK = Nernst.Potential(Ions.Potassium, IonGradient.Millimolar(inside: 140, outside: 25), Temperature.Room);
Console.WriteLine($"E_K = {eK.ToString("F2", null)}; measured − Nernst = {(fitted - eK).ToString("F2", null)}");

// The GHK current of K⁺ with more K⁺ inside than out rectifies outward.
var index = IvCurve.RectificationIndex(voltages, currents, ElectricPotential.FromMillivolts(30), ElectricPotential.FromMillivolts(-100), cubic);
Console.WriteLine($"rectification index g(+30 mV)/g(−100 mV): {index:F3}");
