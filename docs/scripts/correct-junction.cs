#!/usr/bin/env -S dotnet run
#:package Membrane.Biophysics@0.1.0
// Liquid junction potential of a pipette solution against a bath, and recorded potentials corrected for it.
//
//   dotnet run correct-junction.cs -- -58 -45.5 "-60 mV"
//
// Edit the two recipes below to match your solutions. The sign convention is JPCalc's and pClamp's (Barry 1994):
// LJP = φ_bath − φ_pipette, and the membrane potential is V_m = V_measured − LJP. Readings are in mV unless they carry
// a unit.
using System.Globalization;
using Membrane.Biophysics.Electrodiffusion;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

var temperature = Temperature.FromDegreesCelsius(20);
var pipette = Solution.Millimolar((Ions.Potassium, 145), (Ions.Sodium, 13), (Ions.Chloride, 10), (Ions.Gluconate, 145), (Ions.Magnesium, 1), (Ions.Hepes, 5));
var bath = Solution.Millimolar((Ions.Potassium, 2.8), (Ions.Sodium, 145), (Ions.Chloride, 148.8), (Ions.Magnesium, 2), (Ions.Calcium, 1), (Ions.Hepes, 5));

Console.WriteLine($"pipette: {pipette} ({Electroneutrality.Of(pipette)})");
Console.WriteLine($"bath:    {bath} ({Electroneutrality.Of(bath)})");
Console.WriteLine($"temperature: {temperature}");
var henderson = JunctionPotential.Of(pipette, bath, temperature, JunctionMethod.Henderson);
var planck = JunctionPotential.Of(pipette, bath, temperature, JunctionMethod.Planck);
Console.WriteLine($"Henderson: {henderson}");
Console.WriteLine($"Planck:    {planck}");

foreach (var reading in args)
{
    var measured = double.TryParse(reading, NumberStyles.Float, CultureInfo.InvariantCulture, out var millivolts)
        ? ElectricPotential.FromMillivolts(millivolts)
        : ElectricPotential.Parse(reading, CultureInfo.InvariantCulture);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"measured {measured.Millivolts:F2} mV -> V_m {planck.Correct(measured).Millivolts:F2} mV (Planck), {henderson.Correct(measured).Millivolts:F2} mV (Henderson)"));
}

return 0;

