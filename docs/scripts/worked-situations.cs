#!/usr/bin/env -S dotnet run
#:package Membrane.Biophysics@0.1.0
#:package Membrane.Biophysics.Plotting@0.1.0
// Worked situations, as a C# file-based app: the twin of docs/notebooks/worked-situations.ipynb.
//
//   dotnet run worked-situations.cs [folder for the figure, default: the current one]
//
// A K⁺ shift read off by Nernst, an AMPA receptor's reversal, electroneutral versus electrogenic cotransport, and a
// Hodgkin–Huxley action potential as a recording and a figure (written as hh-action-potential.png).
using Membrane.Biophysics.Analysis;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Ghk;
using Membrane.Biophysics.Plotting;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;
using Membrane.Biophysics.Transport;

// Raising [K⁺]o shifts E_K by the Nernst amount: (RT/F)·ln 2 ≈ 17.6 mV per doubling at 22 °C.
var room = Temperature.Room;   // 22 °C
foreach (var outside in new[] { 2.5, 5, 10, 20, 40 })
{
    var eK = Nernst.Potential(Ions.Potassium, IonGradient.Millimolar(inside: 140, outside: outside), room);
    Console.WriteLine($"[K⁺]o = {outside} mM: E_K = {eK.ToString("F2", null)}");
}
Console.WriteLine($"slope per decade at 22 °C: {Nernst.SlopePerDecade(1, room).ToString("F3", null)}");

// A mixed cation channel, the AMPA receptor: P_Na ≈ P_K and a little Ca²⁺ reverse near 0 mV (GHK voltage equation);
// a resting neuron with a strong AMPA conductance is pulled toward it (parallel-conductance model).
var body = Temperature.Body;
var p = Permeability.FromCentimetersPerSecond(1e-6);
PermeantIon[] ampa =
[
    new(Ions.Sodium, p, IonGradient.Millimolar(15, 145)),
    new(Ions.Potassium, p, IonGradient.Millimolar(140, 5)),
    new(Ions.Calcium, p * 0.1, IonGradient.Millimolar(1e-4, 2)),
];
var eAmpa = GhkVoltage.ReversalPotential(ampa, body);
Console.WriteLine($"AMPA reversal: {eAmpa.ToString("F2", null)}");
foreach (var nanosiemens in new[] { 0.0, 10, 100 })
{
    var v = ChordConductance.Potential([Conductance.FromNanosiemens(10), Conductance.FromNanosiemens(nanosiemens)], [ElectricPotential.FromMillivolts(-70), eAmpa]);
    Console.WriteLine($"leak 10 nS at −70 mV + AMPA {nanosiemens} nS: V = {v.ToString("F2", null)}");
}

// NKCC1 (electroneutral) versus NBCe1 1:2 (electrogenic): ΔG < 0 means the cycle turns forward (as written).
var conditions = TransportConditions.FromGradients(
    (Ions.Sodium, IonGradient.Millimolar(12, 145)),
    (Ions.Potassium, IonGradient.Millimolar(140, 4)),
    (Ions.Chloride, IonGradient.Millimolar(8, 120)),
    (Ions.Bicarbonate, IonGradient.Millimolar(15, 25)));
foreach (var millivolts in new[] { -70.0, -30.0 })
{
    var v = ElectricPotential.FromMillivolts(millivolts);
    Console.WriteLine(Transporters.Nkcc1.At(conditions, v, body));
    Console.WriteLine(Transporters.Nbce1TwoBicarbonate.At(conditions, v, body));
}

// A Hodgkin–Huxley action potential: the squid axon at 6.3 °C, 10 µA/cm² from t = 10 ms (NEURON's hh: threshold
// −56.8 mV, peak 40.2 mV, half-width 1.37 ms).
var step = new CurrentStep(Duration.FromMilliseconds(10), Duration.FromMilliseconds(300), CurrentDensity.FromMicroamperesPerSquareCentimeter(10));
var model = CellModel.HodgkinHuxley().WithCurrentStep(step);
var dt = Duration.FromMilliseconds(0.01);
var recording = new Simulation(model, Temperature.Squid, dt, ElectricPotential.FromMillivolts(-65)).Run(Duration.FromMilliseconds(30), dt, ElectricPotential.Zero);
Console.WriteLine(recording);
Console.WriteLine(ActionPotentialShape.Of(recording.Times, recording.Voltages, Duration.FromMilliseconds(10), PotentialRate.FromVoltsPerSecond(10), ElectricPotential.Zero));

var figure = Path.GetFullPath(Path.Combine(args.Length > 0 ? args[0] : ".", "hh-action-potential.png"));
Figures.VoltageTrace(recording, "Hodgkin–Huxley, 10 µA/cm² from t = 10 ms, 6.3 °C").Save(figure, 640, 420);
Console.WriteLine($"figure: {figure}");
