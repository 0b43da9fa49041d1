#!/usr/bin/env -S dotnet run
#:package Membrane.Biophysics@0.1.0
// Correcting a patch-clamp recording for the liquid junction potential, as a C# file-based app: the twin of
// docs/notebooks/liquid-junction.ipynb (for your own readings and recipes, see correct-junction.cs).
//
//   dotnet run liquid-junction.cs
//
// A K-gluconate pipette in a NaCl bath. In the JPCalc/pClamp convention (Barry 1994), LJP = φ_bath − φ_pipette and
// V_membrane = V_measured − LJP; JPCalc's published value for this pair is +15.6 mV (Axon Instruments, AxoBits 39).
using Membrane.Biophysics.Electrodiffusion;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

// The two solutions; electroneutrality is checked and reported, never corrected.
var pipette = Solution.Millimolar((Ions.Potassium, 145), (Ions.Sodium, 13), (Ions.Chloride, 10), (Ions.Gluconate, 145), (Ions.Magnesium, 1), (Ions.Hepes, 5));
var bath = Solution.Millimolar((Ions.Potassium, 2.8), (Ions.Sodium, 145), (Ions.Chloride, 148.8), (Ions.Magnesium, 2), (Ions.Calcium, 1), (Ions.Hepes, 5));
Console.WriteLine($"pipette: {pipette} ({Electroneutrality.Of(pipette)})");
Console.WriteLine($"bath: {bath} ({Electroneutrality.Of(bath)})");

// Henderson's closed form (linear mixing) and Planck's stationary Nernst–Planck solution.
var t = Temperature.FromDegreesCelsius(20);
var henderson = JunctionPotential.Of(pipette, bath, t, JunctionMethod.Henderson);
var planck = JunctionPotential.Of(pipette, bath, t, JunctionMethod.Planck);
Console.WriteLine(henderson);
Console.WriteLine(planck);
Console.WriteLine($"Henderson {henderson.Potential.ToString("F2", null)}, Planck {planck.Potential.ToString("F2", null)}");

// Every reading taken with this pipette is corrected by subtracting the LJP.
foreach (var reading in new[] { -58.0, -45.0, 0.0, 20.0 })
{
    var measured = ElectricPotential.FromMillivolts(reading);
    Console.WriteLine($"measured {measured.ToString("F2", null)} → V_m = {planck.Correct(measured).ToString("F2", null)}");
}

// Replacing gluconate⁻ by Cl⁻ (a KCl pipette) almost removes the junction potential: K⁺ and Cl⁻ move at nearly the same speed.
foreach (var chloride in new[] { 10.0, 50, 100, 155 })
{
    var mix = Solution.Millimolar((Ions.Potassium, 145), (Ions.Sodium, 13), (Ions.Chloride, chloride), (Ions.Gluconate, 155 - chloride), (Ions.Magnesium, 1), (Ions.Hepes, 5));
    var ljp = JunctionPotential.Of(mix, bath, t, JunctionMethod.Henderson);
    Console.WriteLine($"[Cl⁻] {chloride} mM, [gluconate⁻] {155 - chloride} mM: Henderson LJP = {ljp.Potential.ToString("F2", null)}");
}

