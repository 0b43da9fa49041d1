#!/usr/bin/env -S dotnet run
#:package Membrane.Biophysics@0.1.0
// The quick start, as a C# file-based app: the twin of docs/notebooks/quick-start.ipynb.
//
//   dotnet run quick-start.cs
//
// Quantities that carry their units, the Nernst potential and the driving force on an ion, with the conventions used
// everywhere: V = φ_inside − φ_outside, outward current positive, temperature always explicit.
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

// E_K of a mammalian neuron at 37 °C (NEURON's nernst(140, 5, 1) at 37 °C gives −89.0587 mV).
var t = Temperature.Body;                                    // 37 °C: there is no default temperature
var k = IonGradient.Millimolar(inside: 140, outside: 5);
var eK = Nernst.Potential(Ions.Potassium, k, t);
Console.WriteLine(eK);

// Electrical and thermodynamic driving force at −70 mV: V − E_K, and Δμ̃ = zF(V − E) per mole of K⁺ moved inward.
var v = ElectricPotential.Parse("-70 mV");
var force = ElectrochemicalPotential.DrivingForce(Ions.Potassium, k, v, t);
var dmu = ElectrochemicalPotential.Difference(Ions.Potassium, k, v, t);
Console.WriteLine($"V − E_K = {force}, Δμ̃ = {dmu}");
Console.WriteLine($"in other units: {force.Millivolts:F2} mV, {dmu.KilojoulesPerMole:F3} kJ/mol");

// Units you can type; only physically meaningful operators (a conductance times a potential is a current).
var g = Conductance.FromNanosiemens(10);
ElectricCurrent i = g * force;
Console.WriteLine($"I = g·(V − E_K) = {i}");
Console.WriteLine($"150 µM = {Concentration.Parse("150 µM").Millimolar} mM");

// All equilibrium potentials at once.
var cell = new (Ion Ion, IonGradient Gradient)[]
{
    (Ions.Sodium, IonGradient.Millimolar(inside: 12, outside: 145)),
    (Ions.Potassium, k),
    (Ions.Chloride, IonGradient.Millimolar(inside: 7, outside: 120)),
    (Ions.Calcium, IonGradient.Millimolar(inside: 1e-4, outside: 2)),
};
foreach (var (ion, gradient) in cell)
{
    Console.WriteLine($"E({ion}) = {Nernst.Potential(ion, gradient, t).ToString("F2", null)}");
}
