using System;
using Membrane.Biophysics.Constants;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Ghk;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;
using Membrane.Biophysics.Transport;

namespace Membrane.Biophysics.Models;

/// <summary>
/// Plant salt stress: Na⁺ enters a root cell's cytosol through non-selective cation channels; a Ca²⁺ signature is
/// decoded by a CBL–CIPK-style module (SOS3–SOS2), a saturating, frequency-sensitive activation, which switches on the
/// SOS1 Na⁺/H⁺ antiporter; SOS1 exports Na⁺ on the proton gradient. The model runs the cell with the decoder working
/// and with it knocked out (as in <i>sos2</i>/<i>sos3</i> mutants), and reports the cytosolic K⁺/Na⁺ ratio over time
/// and the proton-motive force that powers SOS1.
/// </summary>
/// <remarks>
/// <para>
/// The SOS pathway: Ca²⁺-bound SOS3 (CBL4) recruits and activates the kinase SOS2 (CIPK24), which activates SOS1
/// (Qiu, Q.-S., Guo, Y., Dietrich, M. A., Schumaker, K. S. and Zhu, J.-K. (2002) <i>PNAS</i> 99, 8436–8441; Zhu, J.-K.
/// (2016) Abiotic stress signaling and responses in plants. <i>Cell</i> 167, 313–324). Decoder: the active fraction A of
/// the kinase obeys dA/dt = k_on h([Ca²⁺]) (1 − A) − k_off A with h = [Ca²⁺]ⁿ/([Ca²⁺]ⁿ + Kⁿ): slow deactivation makes
/// it integrate the transients, so the mean activity rises with their frequency and saturates (the frequency decoding
/// of De Koninck, P. and Schulman, H. (1998) <i>Science</i> 279, 227–230, for CaMKII). SOS1: <see cref="Transporters.Sos1"/>
/// (1 Na⁺ out : 1 H⁺ in) turning at A j_max tanh(−ΔG/2RT) (<see cref="CycleKinetics"/>), ΔG from the Na⁺ and H⁺ gradients.
/// Na⁺ entry: a GHK Na⁺ permeability. V, the pH on both sides (held by the plasma-membrane H⁺-ATPase) and [K⁺]
/// are fixed. Vacuolar sequestration by NHX is in <see cref="RunWithVacuole"/> (<see cref="Run"/> reports the runs without a vacuole, as before, and four with it).
/// </para>
/// <para>
/// Defaults: V = −150 mV, cytosol pH 7.5, apoplast pH 5.5 (Taiz, L. and Zeiger, E. (2010) <i>Plant Physiology</i>, 5th
/// ed., Sinauer, ch. 6), cytosolic K⁺ 80 mM (Maathuis, F. J. M. and Amtmann, A. (1999) <i>Ann. Bot.</i> 84, 123–133),
/// 100 mM NaCl outside, 22 °C. Assumed, not from a paper: the Na⁺ permeability, SOS1's j_max, the cytosol's volume per
/// area, the Ca²⁺ signature (0.1 µM resting, 1 µM transients decaying in 10 s, one a minute) and the decoder's
/// constants. Immutable; <see cref="Run"/> is thread-safe.
/// </para>
/// </remarks>
public sealed partial record SaltStressModel
{
    /// <summary>The model with its defaults.</summary>
    public static SaltStressModel Default { get; } = new();

    /// <summary>The temperature; default 22 °C.</summary>
    public Temperature Temperature { get; init; } = Temperature.Room;

    /// <summary>The plasma-membrane potential (cytosol − apoplast); default −150 mV.</summary>
    public ElectricPotential MembranePotential { get; init; } = ElectricPotential.FromMillivolts(-150);

    /// <summary>The cytosol's pH; default 7.5.</summary>
    public Ph CytosolPh { get; init; } = Ph.FromValue(7.5);

    /// <summary>The apoplast's pH; default 5.5.</summary>
    public Ph ApoplastPh { get; init; } = Ph.FromValue(5.5);

    /// <summary>The cytosol's K⁺, held; default 80 mM.</summary>
    public Concentration CytosolPotassium { get; init; } = Concentration.FromMillimolar(80);

    /// <summary>The cytosol's Na⁺ before the stress; default 1 mM.</summary>
    public Concentration InitialCytosolSodium { get; init; } = Concentration.FromMillimolar(1);

    /// <summary>The apoplast's Na⁺ (the salt stress); default 100 mM.</summary>
    public Concentration ApoplastSodium { get; init; } = Concentration.FromMillimolar(100);

    /// <summary>The plasma membrane's Na⁺ permeability (non-selective cation channels); default 2 × 10⁻⁹ cm/s (assumed).</summary>
    public Permeability SodiumPermeability { get; init; } = Permeability.FromCentimetersPerSecond(2e-9);

    /// <summary>SOS1's j_max when fully activated, cycles per area per second; default 10⁻⁷ mol/(m²·s) (assumed).</summary>
    public MolarFlux Sos1MaximalRate { get; init; } = MolarFlux.FromMolesPerSquareMeterSecond(1e-7);

    /// <summary>The cytosol's volume per plasma-membrane area (a thin layer around the vacuole); default 1 µm (assumed).</summary>
    public Length CytosolThickness { get; init; } = Length.FromMicrometers(1);

    /// <summary>The Ca²⁺ signature the salt stress evokes; default 0.1 µM resting, 1 µM transients decaying in 10 s, one a minute from t = 0 (assumed).</summary>
    public CalciumSignature Signature { get; init; } = new(Concentration.FromMicromolar(0.1), Concentration.FromMicromolar(1), 1.0 / 60, Duration.FromSeconds(10), Duration.Zero);

    /// <summary>The decoder's Ca²⁺ half-activation K; default 0.5 µM (assumed).</summary>
    public Concentration DecoderHalfActivation { get; init; } = Concentration.FromMicromolar(0.5);

    /// <summary>The decoder's Hill coefficient n; default 2 (assumed).</summary>
    public double DecoderHillCoefficient { get; init; } = 2;

    /// <summary>The decoder's activation rate k_on at saturating Ca²⁺; default 0.01 s⁻¹ (assumed).</summary>
    public Rate DecoderActivationRate { get; init; } = Rate.FromPerSecond(0.01);

    /// <summary>The decoder's deactivation rate k_off; default 0.002 s⁻¹ (assumed; slow, so it integrates transients).</summary>
    public Rate DecoderDeactivationRate { get; init; } = Rate.FromPerSecond(0.002);

    /// <summary>How long to run; default 1 h.</summary>
    public Duration Duration { get; init; } = Duration.FromMinutes(60);

    /// <summary>The sampling interval; default 10 s.</summary>
    public Duration SamplingInterval { get; init; } = Duration.FromSeconds(10);

    /// <summary>The proton-motive force across the plasma membrane (cytosol as inside), which powers SOS1.</summary>
    public MotiveForce ProtonMotiveForce => MotiveForce.Protonmotive(MembranePotential, CytosolPh, ApoplastPh, Temperature);

    /// <summary>Runs the cell with the decoder working and with it knocked out, then with its vacuole with and without SOS1 and NHX.</summary>
    /// <returns>Both runs.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range (the message names it).</exception>
    public SaltStressResult Run()
    {
        var withVacuole = new SaltStressCellWithVacuole(this);
        var cell = withVacuole.Cell;
        return new(RunScenario(cell, "SOS1 activated", decoder: true), RunScenario(cell, "sos2/sos3 knocked out", decoder: false), ProtonMotiveForce)
        {
            Vacuole =
            [
                RunVacuole(withVacuole, "SOS1 and NHX", decoder: true, nhx: true),
                RunVacuole(withVacuole, "SOS1 only", decoder: true, nhx: false),
                RunVacuole(withVacuole, "NHX only", decoder: false, nhx: true),
                RunVacuole(withVacuole, "neither", decoder: false, nhx: false),
            ],
            TonoplastProtonMotiveForce = TonoplastProtonMotiveForce,
        };
    }

    /// <summary>Runs the cell.</summary>
    /// <param name="label">The run's name.</param>
    /// <param name="decoder">Whether the CBL–CIPK decoder works (false: SOS1 never activated).</param>
    /// <returns>The run.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range (the message names it).</exception>
    public SaltStressScenario RunScenario(string label, bool decoder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        return RunScenario(new SaltStressCell(this), label, decoder);
    }

    private static SaltStressScenario RunScenario(SaltStressCell cell, string label, bool decoder)
    {
        var m = cell.Model;
        var ode = new SaltStressOde(cell, decoder);
        var y = new[] { m.InitialCytosolSodium.MolesPerCubicMeter, 0 };
        var integrator = m.SignatureIntegrator(y.Length);
        var now = Duration.Zero;
        var recorder = new Recorder(m.SamplingInterval);
        var na = recorder.Track($"cytosolic [Na⁺], {label}", () => Concentration.FromMolesPerCubicMeter(y[0]));
        var ratio = recorder.Track($"cytosolic K⁺/Na⁺, {label}", "1", () => m.CytosolPotassium / Concentration.FromMolesPerCubicMeter(y[0]));
        var calcium = recorder.Track($"cytosolic [Ca²⁺], {label}", () => m.Signature.At(now));
        var activity = recorder.Track($"decoder activity, {label}", "1", () => y[1]);
        var sos1 = recorder.Track($"SOS1 Na⁺ export, {label}", () => MolarFlux.FromMolesPerSquareMeterSecond(ode.Sos1Rate(y[0], y[1])));
        var dG = recorder.Track($"SOS1 ΔG, {label}", () => ode.Sos1FreeEnergy(y[0]));
        recorder.Run(m.Duration, (from, to) =>
        {
            integrator.Integrate(ode, y, from, to);
            now = to;
        });

        return new SaltStressScenario(label, na.Series, ratio.Series.Values, calcium.Series, activity.Series.Values, sos1.Series, dG.Series);
    }

    /// <summary>The decoder's activity A averaged over the last half of a run at a given transient frequency (its frequency response).</summary>
    /// <param name="frequency">Transients per second; ≥ 0.</param>
    /// <returns>The mean of A over the second half of <see cref="Duration"/>.</returns>
    public double MeanDecoderActivity(double frequency)
    {
        var run = (this with { Signature = Signature with { Frequency = frequency } }).RunScenario("frequency", decoder: true);
        double sum = 0;
        int from = run.DecoderActivity.Count / 2, n = 0;
        for (int i = from; i < run.DecoderActivity.Count; i++, n++)
        {
            sum += run.DecoderActivity[i];
        }

        return sum / n;
    }

    /// <summary>The integrator for a state of <paramref name="dimension"/> amounts, its step held below a tenth of the Ca²⁺ signature's shortest time.</summary>
    internal AdaptiveIntegrator SignatureIntegrator(int dimension)
    {
        double shortest = Signature.Frequency > 0 ? Math.Min(Signature.DecayTime.Seconds, 1 / Signature.Frequency) : Signature.DecayTime.Seconds;
        var atol = new double[dimension];
        Array.Fill(atol, 1e-9);
        return new AdaptiveIntegrator(1e-8, atol, Duration.FromSeconds(shortest / 10));
    }

    /// <summary>Checks the cell's and the decoder's parameters (once per resolution, by <see cref="SaltStressCell"/>).</summary>
    internal void Validate()
    {
        Guard.AboveAbsoluteZero(Temperature, nameof(Temperature));
        Guard.Finite(MembranePotential, nameof(MembranePotential));
        Guard.Finite(CytosolPh, nameof(CytosolPh));
        Guard.Finite(ApoplastPh, nameof(ApoplastPh));
        Guard.PositiveFinite(CytosolPotassium, nameof(CytosolPotassium));
        Guard.PositiveFinite(InitialCytosolSodium, nameof(InitialCytosolSodium));
        Guard.PositiveFinite(ApoplastSodium, nameof(ApoplastSodium));
        Guard.NonNegativeFinite(SodiumPermeability, nameof(SodiumPermeability));
        Guard.NonNegativeFinite(Sos1MaximalRate, nameof(Sos1MaximalRate));
        Guard.PositiveFinite(CytosolThickness, nameof(CytosolThickness));
        ArgumentNullException.ThrowIfNull(Signature, nameof(Signature));
        Signature.Validate(nameof(Signature));
        Guard.PositiveFinite(DecoderHalfActivation, nameof(DecoderHalfActivation));
        foreach (var (value, name) in new[] { (DecoderHillCoefficient, nameof(DecoderHillCoefficient)), (DecoderActivationRate.PerSecond, nameof(DecoderActivationRate)), (DecoderDeactivationRate.PerSecond, nameof(DecoderDeactivationRate)) })
        {
            Guard.PositiveFinite(value, name);
        }

        Guard.PositiveFinite(Duration, nameof(Duration));
        Guard.PositiveFinite(SamplingInterval, nameof(SamplingInterval));
    }

    /// <summary>y = ([Na⁺]cyt in mol/m³, A).</summary>
    private readonly struct SaltStressOde(SaltStressCell cell, bool decoder) : IOdeSystem
    {
        private readonly SaltStressModel _m = cell.Model;
        private readonly double _perVolume = cell.PerVolume;
        private readonly MolarEnergy _protons = cell.ProtonDifference;
        private readonly double _kn = cell.DecoderHalfActivationPower;

        public int Dimension => 2;

        public MolarEnergy Sos1FreeEnergy(double sodium)
        {
            // SOS1 as written: 1 Na⁺ out (count −1), 1 H⁺ in (count +1): ΔG = Δμ̃_H − Δμ̃_Na.
            var na = Equilibrium.ElectrochemicalPotential.Difference(Ions.Sodium, new IonGradient(Concentration.FromMolesPerCubicMeter(sodium), _m.ApoplastSodium), _m.MembranePotential, _m.Temperature);
            return _protons - na;
        }

        public double Sos1Rate(double sodium, double activity) =>
            activity * CycleKinetics.Rate(_m.Sos1MaximalRate.MolesPerSquareMeterSecond, Sos1FreeEnergy(sodium), _m.Temperature);

        public void Derivatives(double time, ReadOnlySpan<double> state, Span<double> rates)
        {
            var m = _m;
            double sodium = state[0], a = state[1];
            double influx = -GhkCurrent.Flux(1, m.SodiumPermeability, Concentration.FromMolesPerCubicMeter(sodium), m.ApoplastSodium, m.MembranePotential, m.Temperature).MolesPerSquareMeterSecond;
            rates[0] = _perVolume * (influx - Sos1Rate(sodium, a));
            if (decoder)
            {
                double c = m.Signature.At(time);
                double cn = Math.Pow(c, m.DecoderHillCoefficient);
                double h = cn / (cn + _kn);
                rates[1] = (m.DecoderActivationRate.PerSecond * h * (1 - a)) - (m.DecoderDeactivationRate.PerSecond * a);
            }
            else
            {
                rates[1] = 0;
            }
        }

        public string VariableName(int index) => index == 0 ? "cytosolic [Na⁺]" : "decoder activity";
    }
}
