using System.IO;
using Membrane.Biophysics.Analysis;
using Membrane.Biophysics.Channels;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Tour;

internal static class ChannelsTour
{
    private static ElectricPotential Mv(double millivolts) => ElectricPotential.FromMillivolts(millivolts);

    private static Duration Ms(double milliseconds) => Duration.FromMilliseconds(milliseconds);

    /// <summary>The Hodgkin–Huxley (1952) action potential at 6.3 °C: rest, then the first spike of a 10 µA/cm² step.</summary>
    public static void ActionPotential(TextWriter o)
    {
        var t = Temperature.Squid;
        var dt = Ms(0.005);
        var rest = new Simulation(CellModel.HodgkinHuxley(), t, dt, Mv(-65));
        rest.Advance(Ms(500));
        o.WriteLine($"  rest after 500 ms unstimulated: {rest.Voltage.ToString("F4", null)} (NEURON's hh, CVODE: −64.9741 mV)");

        var model = CellModel.HodgkinHuxley()
            .WithCurrentStep(new CurrentStep(Ms(10), Ms(300), CurrentDensity.FromMicroamperesPerSquareCentimeter(10)));
        var run = new Simulation(model, t, dt, Mv(-65)).Run(Ms(60), dt, Mv(0));
        var ap = ActionPotentialShape.Of(run.Times, run.Voltages, Ms(10), PotentialRate.FromMillivoltsPerMillisecond(10), Mv(0));
        o.WriteLine($"  10 µA/cm² from t = 10 ms, Δt = {dt}: first spike crosses 0 mV at {run.SpikeTimes[0].ToString("F3", null)}");
        o.WriteLine($"  threshold (dV/dt = 10 mV/ms) {ap.Threshold.ToString("F2", null)}, peak {ap.Peak.ToString("F2", null)}, " +
                    $"amplitude {ap.Amplitude.ToString("F1", null)}, width at half amplitude {ap.HalfWidth.ToString("F3", null)}");
        o.WriteLine("  (NEURON: threshold −56.77 mV, peak 40.23 mV, half-width 1.367 ms; the first-order step error at 5 µs is ≈ 0.05 mV, 0.001 ms)");
    }

    /// <summary>The HH f–I curve: steady firing rate over the last 200 ms of a 300 ms step.</summary>
    public static void FiringRateCurve(TextWriter o)
    {
        var t = Temperature.Squid;
        var dt = Ms(0.005);
        foreach (var amplitude in new[] { 5.0, 7, 10, 20, 40, 60, 80, 120 })
        {
            var model = CellModel.HodgkinHuxley()
                .WithCurrentStep(new CurrentStep(Ms(10), Ms(300), CurrentDensity.FromMicroamperesPerSquareCentimeter(amplitude)));
            var run = new Simulation(model, t, dt, Mv(-65)).Run(Ms(310), Ms(1), Mv(0));
            var rate = ActionPotentialShape.FiringRate(run.SpikeTimes, Ms(110), Ms(310));
            var min = double.PositiveInfinity;
            var max = double.NegativeInfinity;
            for (var i = 110; i < run.Voltages.Count; i++)
            {
                min = System.Math.Min(min, run.Voltages[i].Millivolts);
                max = System.Math.Max(max, run.Voltages[i].Millivolts);
            }

            o.WriteLine($"  {amplitude,5} µA/cm²: {run.SpikeTimes.Count,3} {(run.SpikeTimes.Count == 1 ? "spike, " : "spikes,")} steady rate {rate.Hertz,6:F1} Hz, V over 100–300 ms of the step {min,6:F1} … {max,5:F1} mV");
        }

        o.WriteLine("  rheobase for repetitive firing lies between 5 and 10 µA/cm²; at 80 µA/cm² and above the oscillation no longer reaches 0 mV");
    }

    /// <summary>
    /// The K⁺ voltage-clamp experiment, simulated: a K⁺ channel (HH n⁴ gating, E_K from squid axoplasm 400 mM and sea
    /// water 20 mM, Hille 2001 Table 1-1), Na⁺ blocked. A prepulse to +20 mV opens n; stepping to test potentials
    /// and reading the tail current 0.1 ms later gives the instantaneous I–V, whose zero crossing is E_K.
    /// </summary>
    public static void PotassiumClamp(TextWriter o)
    {
        var t = Temperature.Squid;
        var k = IonGradient.Millimolar(400, 20);
        var channel = Channel.Ohmic("K", HodgkinHuxley1952.PotassiumConductance, Ions.Potassium, new Gate("n", HodgkinHuxley1952.N, 4));
        var inside = new Solution((Ions.Potassium, k.Inside));
        var outside = new Solution((Ions.Potassium, k.Outside));
        var dt = Ms(0.01);
        var tests = IvCurve.Grid(Mv(-110), Mv(-40), 15);
        var tails = new CurrentDensity[tests.Length];
        for (var i = 0; i < tests.Length; i++)
        {
            var model = CellModel.Create(HodgkinHuxley1952.Capacitance, [channel])
                .WithConcentrations(inside, outside)
                .WithVoltageClamp(Mv(-65), new ClampStep(Ms(5), Ms(10), Mv(20)), new ClampStep(Ms(15), Ms(10), tests[i]));
            var sim = new Simulation(model, t, dt, Mv(-65));
            sim.Advance(Ms(15.1));
            tails[i] = sim.ClampCurrent;
            if (i % 3 == 0)
            {
                o.WriteLine($"  tail at {tests[i].ToString("F0", null),7}: {tails[i].ToString("F1", null)}");
            }
        }

        var reversal = IvCurve.ReversalPotential(tests, tails);
        var cubic = IvCurve.ReversalPotential(tests, tails, IvFit.Polynomial(3, 6));
        o.WriteLine($"  reversal read off the tail I–V: {reversal.ToString("F3", null)} (interpolated), {cubic.ToString("F3", null)} (local cubic)");
        o.WriteLine($"  Nernst E_K for 400/20 mM at 6.3 °C: {Nernst.Potential(Ions.Potassium, k, t).ToString("F3", null)}");
    }

    /// <summary>
    /// Extracellular K⁺ accumulating during high-frequency firing: an HH squid axon whose Na⁺ and K⁺ channels take E from
    /// live concentrations (squid axoplasm/sea water, Hille 2001 Table 1-1) and a 30 nm periaxonal space
    /// (Frankenhaeuser and Hodgkin 1956, <i>J. Physiol.</i> 131, 341–376), with and without saturable uptake.
    /// </summary>
    public static void PotassiumAccumulation(TextWriter o)
    {
        var t = Temperature.Squid;
        var hh = HodgkinHuxley1952.Channels;
        var channels = new[]
        {
            Channel.Ohmic("Na", HodgkinHuxley1952.SodiumConductance, Ions.Sodium, [.. HodgkinHuxley1952.Sodium.Gates]),
            Channel.Ohmic("K", HodgkinHuxley1952.PotassiumConductance, Ions.Potassium, [.. HodgkinHuxley1952.Potassium.Gates]),
            hh[2],
        };
        var inside = new Solution((Ions.Sodium, Concentration.FromMillimolar(50)), (Ions.Potassium, Concentration.FromMillimolar(400)));
        var outside = new Solution((Ions.Sodium, Concentration.FromMillimolar(440)), (Ions.Potassium, Concentration.FromMillimolar(20)));
        var area = Area.FromSquareMeters(1e-8);
        var axoplasm = Volume.FromCubicMeters(1e-8 * 125e-6); // V/A = r/2 for a 500 µm axon
        var shell = Volume.FromCubicMeters(1e-8 * 30e-9);     // θ = 30 nm
        var eK0 = Nernst.Potential(Ions.Potassium, IonGradient.Millimolar(400, 20), t);
        o.WriteLine($"  50 ms of 20 µA/cm² from t = 10 ms, periaxonal space 30 nm, no Na⁺/K⁺ pump; E_K at the start {eK0.ToString("F1", null)}");
        foreach (var jMax in new[] { 0.0, 1e-4, 5e-4 })
        {
            var model = CellModel.Create(HodgkinHuxley1952.Capacitance, channels)
                .WithConcentrations(inside, outside)
                .WithPools(area, axoplasm, shell)
                .WithCurrentStep(new CurrentStep(Ms(10), Ms(50), CurrentDensity.FromMicroamperesPerSquareCentimeter(20)));
            if (jMax > 0)
            {
                model = model.WithOutsideUptake(Ions.Potassium, MolarFlux.FromMolesPerSquareMeterSecond(jMax), Concentration.FromMillimolar(5));
            }

            var sim = new Simulation(model, t, Ms(0.01), Mv(-65));
            var run = sim.Run(Ms(400), Ms(0.1), Mv(0));
            var ko = run.OutsideConcentrations(Ions.Potassium);
            var peak = 0.0;
            var back = double.NaN;
            for (var i = 0; i < ko.Count; i++)
            {
                peak = System.Math.Max(peak, ko[i].Millimolar);
                var eK = Nernst.Potential(Ions.Potassium, new IonGradient(run.InsideConcentrations(Ions.Potassium)[i], ko[i]), t);
                if (run.Times[i] > Ms(60) && double.IsNaN(back) && eK < eK0 + Mv(2))
                {
                    back = run.Times[i].Milliseconds - 60;
                }
            }

            var ePeak = Nernst.Potential(Ions.Potassium, IonGradient.Millimolar(400, peak), t);
            var recovery = double.IsNaN(back) ? "E_K still > 2 mV depolarised 340 ms after the train" : $"E_K back within 2 mV {back:F0} ms after the train";
            o.WriteLine($"  {(jMax > 0 ? $"uptake J_max {jMax:0e0} mol/(m²·s), K_d 5 mM" : "no clearance"),-40} {run.SpikeTimes.Count,2} spikes, peak [K⁺]o {peak,5:F1} mM, E_K {ePeak.ToString("F1", null)}; {recovery}; at 400 ms V = {run.Voltages[^1].ToString("F1", null)}, [K⁺]o = {ko[^1].ToString("F1", null)}");
        }
    
        o.WriteLine("  without a Na⁺/K⁺ pump the resting K⁺ efflux alone (≈ 10 mM/s into 30 nm: g_K n⁴ ≈ 0.37 mS/cm² × 8 mV) must be matched by uptake; weak uptake");
        o.WriteLine("  leaves the axon in a depolarised state that sustains its own K⁺ loss, strong uptake returns it to rest");
    }

    /// <summary>
    /// GABA polarity along a dendrite whose [Cl⁻]i rises toward the soma (4 mM at the tip, 24 mM at the soma): a tonic
    /// GABA_A (Cl⁻) conductance hyperpolarises where E_Cl lies below rest and depolarises where it lies above, smoothed
    /// by the cable (λ = √(d R_m/4R_a) ≈ 0.24 mm with the strong conductance, 0.69 mm with the weak one, on a 1 mm dendrite).
    /// </summary>
    public static void GabaAlongDendrite(TextWriter o)
    {
        var t = Temperature.Body;
        const int n = 100;
        var length = Length.FromMicrometers(1000);
        var outside = new Solution((Ions.Chloride, Concentration.FromMillimolar(130)));
        var profile = new Solution[n];
        for (var i = 0; i < n; i++)
        {
            profile[i] = new Solution((Ions.Chloride, Concentration.FromMillimolar(24 - (20.0 * (i + 0.5) / n)))); // compartment 0 at the soma
        }

        var leak = Channel.Ohmic("leak", ConductanceDensity.FromMillisiemensPerSquareCentimeter(0.05), Mv(-65));
        foreach (var (label, siemens) in new[] { ("strong", 0.5), ("weak", 0.02) })
        {
            var gaba = Channel.Ohmic("GABA_A", ConductanceDensity.FromMillisiemensPerSquareCentimeter(siemens), Ions.Chloride);
            var model = CellModel.Create(SpecificCapacitance.FromMicrofaradsPerSquareCentimeter(1), [leak, gaba])
                .WithConcentrations(profile[0], outside);
            var cable = new Cable(model, n, length, Length.FromMicrometers(2), ElectricalResistivity.FromOhmMeters(1.5), 0, t, Ms(0.1), Mv(-65), profile);
            cable.Advance(Ms(500));
            o.WriteLine($"  {label} tonic GABA_A ({siemens} mS/cm², leak 0.05 mS/cm² at −65 mV):");
            foreach (var i in new[] { 0, 25, 50, 75, 99 })
            {
                var eCl = Nernst.Potential(Ions.Chloride, new IonGradient(profile[i][Ions.Chloride], outside[Ions.Chloride]), t);
                var shift = cable.Voltage(i) - Mv(-65);
                o.WriteLine($"    x = {(i + 0.5) * 10,4:F0} µm from the soma: E_Cl {eCl.Millivolts,5:F1} mV, V − rest {shift.Millivolts,5:+0.0;-0.0} mV");
            }
        }

        o.WriteLine("  near the soma E_Cl lies above rest and GABA depolarises; at the tip it hyperpolarises; a weak conductance is averaged by the cable");
    }
}
