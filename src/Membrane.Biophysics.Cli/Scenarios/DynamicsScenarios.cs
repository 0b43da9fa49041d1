using Membrane.Biophysics.Channels;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Cli.Scenarios;

/// <summary>The scenarios built from the Dynamics layer's own parts (Hodgkin–Huxley 1952 channels, ion pools, clamp).</summary>
internal static class DynamicsScenarios
{
    /// <summary>Hodgkin and Huxley's (1952) squid axon at 6.3 °C, a 10 µA/cm² step from t = 10 ms: a train of spikes.</summary>
    public static CellScenario HodgkinHuxleySpike { get; } = new(
        "hh-spike",
        "Hodgkin–Huxley (1952) squid axon at 6.3 °C; 10 µA/cm² from t = 10 ms: repetitive firing. Traces: V and the m, h, n gates.",
        () => CellModel.HodgkinHuxley().WithCurrentStep(new CurrentStep(Ms(10), Ms(300), CurrentDensity.FromMicroamperesPerSquareCentimeter(10))),
        Temperature.Squid,
        Ms(0.005),
        Ms(60),
        Ms(0.05),
        Mv(-65));

    /// <summary>
    /// A K⁺ conductance (HH n⁴ gating) whose E_K comes from squid axoplasm 400 mM and sea water 20 mM (Hille 2001,
    /// Table 1-1) under voltage clamp: held at −65 mV, a prepulse to +20 mV opens it, a step to −100 mV gives an inward tail
    /// (below E_K = −72.1 mV at 6.3 °C).
    /// </summary>
    public static CellScenario PotassiumClamp { get; } = new(
        "k-clamp",
        "Voltage clamp of a K⁺ conductance (HH n⁴; 400/20 mM K⁺, 6.3 °C): hold −65 mV, +20 mV from 5 to 15 ms, then −100 mV: outward current, inward tail below E_K.",
        () => CellModel.Create(HodgkinHuxley1952.Capacitance, [Channel.Ohmic("K", HodgkinHuxley1952.PotassiumConductance, Ions.Potassium, [.. HodgkinHuxley1952.Potassium.Gates])])
            .WithConcentrations(Squid.AxoplasmPotassium, Squid.SeaWaterPotassium)
            .WithVoltageClamp(Mv(-65), new ClampStep(Ms(5), Ms(10), Mv(20)), new ClampStep(Ms(15), Ms(10), Mv(-100))),
        Temperature.Squid,
        Ms(0.01),
        Ms(30),
        Ms(0.05),
        Mv(-65));

    /// <summary>
    /// K⁺ accumulation in a 30 nm periaxonal space (Frankenhaeuser and Hodgkin 1956, <i>J. Physiol.</i> 131, 341–376)
    /// around an HH squid axon whose Na⁺ and K⁺ channels take E from the live concentrations, during 50 ms of
    /// 20 µA/cm², with saturable glial uptake (J_max 5 × 10⁻⁴ mol m⁻² s⁻¹, K_d 5 mM).
    /// </summary>
    public static CellScenario PotassiumAccumulation { get; } = new(
        "k-accumulation",
        "HH squid axon (Na⁺, K⁺ from live concentrations) in a 30 nm periaxonal space, 20 µA/cm² for 50 ms from t = 10 ms, with saturable K⁺ uptake: [K⁺]o rises and recovers.",
        () => CellModel.Create(
                HodgkinHuxley1952.Capacitance,
                [
                    Channel.Ohmic("Na", HodgkinHuxley1952.SodiumConductance, Ions.Sodium, [.. HodgkinHuxley1952.Sodium.Gates]),
                    Channel.Ohmic("K", HodgkinHuxley1952.PotassiumConductance, Ions.Potassium, [.. HodgkinHuxley1952.Potassium.Gates]),
                    HodgkinHuxley1952.Leak,
                ])
            .WithConcentrations(Squid.Axoplasm, Squid.SeaWater)
            .WithPools(Area.FromSquareMeters(1e-8), Volume.FromCubicMeters(1e-8 * 125e-6), Volume.FromCubicMeters(1e-8 * 30e-9)) // 500 µm axon: V/A = r/2; shell θ = 30 nm
            .WithCurrentStep(new CurrentStep(Ms(10), Ms(50), CurrentDensity.FromMicroamperesPerSquareCentimeter(20)))
            .WithOutsideUptake(Ions.Potassium, MolarFlux.FromMolesPerSquareMeterSecond(5e-4), Concentration.FromMillimolar(5)),
        Temperature.Squid,
        Ms(0.01),
        Ms(400),
        Ms(0.5),
        Mv(-65));

    /// <summary>
    /// NCX with the Luo–Rudy (1994) rate law alone in a closed cell (r = 5 µm, outside volume = inside volume), clamped
    /// at −40 mV from mammalian concentrations (Na⁺ 12/145 mM, Ca²⁺ 100 nM/2 mM): it runs until its thermodynamic
    /// reversal E_NCX = 3E_Na − 2E_Ca reaches the clamp potential, and the clamp current then vanishes.
    /// </summary>
    public static CellScenario NcxClamp { get; } = new(
        "ncx-clamp",
        "NCX (Luo–Rudy 1994 rate law) alone in a closed 5 µm cell clamped at −40 mV, 37 °C, Na⁺ 12/145 mM, Ca²⁺ 100 nM/2 mM: it runs until E_NCX = 3E_Na − 2E_Ca = −40 mV.",
        () => CellModel.Create(SpecificCapacitance.FromMicrofaradsPerSquareCentimeter(1), [])
            .WithConcentrations(
                new Solution((Ions.Sodium, Concentration.FromMillimolar(12)), (Ions.Calcium, Concentration.FromMillimolar(1e-4))),
                new Solution((Ions.Sodium, Concentration.FromMillimolar(145)), (Ions.Calcium, Concentration.FromMillimolar(2))))
            .WithTransport(NcxKinetics.LuoRudy1994)
            .WithPools(CellArea, CellVolume, CellVolume)
            .WithVoltageClamp(Mv(-40)),
        Temperature.Body,
        Ms(0.01),
        Ms(400),
        Ms(1),
        Mv(-40));

    // A spherical cell of radius 5 µm.
    private static Area CellArea => Area.FromSquareMeters(4 * System.Math.PI * 25e-12);

    private static Volume CellVolume => Volume.FromCubicMeters(4 * System.Math.PI * 125e-18 / 3);

    private static Duration Ms(double milliseconds) => Duration.FromMilliseconds(milliseconds);

    private static ElectricPotential Mv(double millivolts) => ElectricPotential.FromMillivolts(millivolts);

    /// <summary>Squid axoplasm and sea water, Na⁺ and K⁺ (Hille, B. (2001) <i>Ion Channels of Excitable Membranes</i>, 3rd ed., Table 1-1).</summary>
    private static class Squid
    {
        public static Solution Axoplasm { get; } = new((Ions.Sodium, Concentration.FromMillimolar(50)), (Ions.Potassium, Concentration.FromMillimolar(400)));

        public static Solution SeaWater { get; } = new((Ions.Sodium, Concentration.FromMillimolar(440)), (Ions.Potassium, Concentration.FromMillimolar(20)));

        public static Solution AxoplasmPotassium { get; } = new((Ions.Potassium, Concentration.FromMillimolar(400)));

        public static Solution SeaWaterPotassium { get; } = new((Ions.Potassium, Concentration.FromMillimolar(20)));
    }
}
