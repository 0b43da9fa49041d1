using System;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Models;

/// <summary>
/// Chloride homeostasis and the GABA switch: NKCC1 loads and KCC2 extrudes Cl⁻, each driven by its own free energy
/// (<see cref="FreeEnergyKinetics"/>), against a passive Cl⁻ leak; their balance sets the steady [Cl⁻]ᵢ and so E_Cl and
/// the polarity of GABA_A responses at rest. The model runs an immature neuron (high NKCC1, low KCC2), a mature one
/// (KCC2 up, NKCC1 down), and a dendrite whose KCC2 rises from the soma to the tip with Cl⁻ diffusing along it,
/// giving E_Cl(x) and GABA polarity along the dendrite; and both expressions again in a whole pump–leak cell in which
/// V, [Na⁺]ᵢ, [K⁺]ᵢ and the volume move too (<see cref="RunWholeCell"/>), with E_GABA including HCO₃⁻.
/// </summary>
/// <remarks>
/// <para>
/// Cotransport laws J = −U ΔG/RT of Doyon, N. et al. (2011) <i>PLoS Comput. Biol.</i> 7, e1002149 and Düsterwald, K. M.
/// et al. (2018) <i>eLife</i> 7, e39575 (the Dynamics layer's <see cref="FreeEnergyKinetics.Kcc2"/> and
/// <see cref="FreeEnergyKinetics.Nkcc1"/>); the Cl⁻ leak is ohmic, I = g_Cl (V − E_Cl). V is held at the resting
/// potential and [Na⁺]ᵢ, [K⁺]ᵢ are held by the Na⁺/K⁺ pump (not modelled), so only [Cl⁻]ᵢ moves:
/// d[Cl⁻]ᵢ/dt = (A/V)(2 J_NKCC1 − J_KCC2 + I_Cl/F) + D_Cl ∂²[Cl⁻]ᵢ/∂x² (the last along the dendrite only, with
/// sealed ends). Cl⁻ diffusion coefficient D_Cl = 2 µm²/ms (Kuner, T. and Augustine, G. J. (2000) <i>Neuron</i> 27,
/// 447–459). Concentrations: mammalian cells of Hille, B. (2001) <i>Ion Channels of Excitable Membranes</i>, 3rd ed.,
/// Table 1-1 (Na⁺ 12/145 mM, K⁺ 155/4 mM, Cl⁻ outside 123 mM); rest −65 mV; 37 °C. Assumed, not from a paper: the
/// transport constants U, g_Cl and the dendrite's size. With no leak the steady state has a closed form (KCC2 alone
/// holds E_Cl = E_K; NKCC1 alone [Cl⁻]ᵢ = [Cl⁻]ₒ √([Na⁺]ₒ[K⁺]ₒ/([Na⁺]ᵢ[K⁺]ᵢ))), which the tests use.
/// Immutable; <see cref="Run"/> is thread-safe.
/// </para>
/// </remarks>
public sealed partial record ChlorideHomeostasisModel
{
    /// <summary>The model with its defaults.</summary>
    public static ChlorideHomeostasisModel Default { get; } = new();

    /// <summary>The temperature; default 37 °C.</summary>
    public Temperature Temperature { get; init; } = Temperature.Body;

    /// <summary>The resting potential V is held at; default −65 mV.</summary>
    public ElectricPotential RestingPotential { get; init; } = ElectricPotential.FromMillivolts(-65);

    /// <summary>[Na⁺]ᵢ; default 12 mM (Hille 2001).</summary>
    public Concentration SodiumInside { get; init; } = Concentration.FromMillimolar(12);

    /// <summary>[Na⁺]ₒ; default 145 mM (Hille 2001).</summary>
    public Concentration SodiumOutside { get; init; } = Concentration.FromMillimolar(145);

    /// <summary>[K⁺]ᵢ; default 155 mM (Hille 2001).</summary>
    public Concentration PotassiumInside { get; init; } = Concentration.FromMillimolar(155);

    /// <summary>[K⁺]ₒ; default 4 mM (Hille 2001).</summary>
    public Concentration PotassiumOutside { get; init; } = Concentration.FromMillimolar(4);

    /// <summary>[Cl⁻]ₒ; default 123 mM (Hille 2001).</summary>
    public Concentration ChlorideOutside { get; init; } = Concentration.FromMillimolar(123);

    /// <summary>[Cl⁻]ᵢ at the start; default 10 mM.</summary>
    public Concentration InitialChloride { get; init; } = Concentration.FromMillimolar(10);

    /// <summary>The Cl⁻ leak conductance; default 0.01 mS/cm² (assumed).</summary>
    public ConductanceDensity ChlorideLeak { get; init; } = ConductanceDensity.FromMillisiemensPerSquareCentimeter(0.01);

    /// <summary>Immature expression: (U_NKCC1, U_KCC2); default 10⁻⁸ and 10⁻⁹ mol/(m²·s) (assumed).</summary>
    public CotransporterExpression Immature { get; init; } = new(MolarFlux.FromMolesPerSquareMeterSecond(1e-8), MolarFlux.FromMolesPerSquareMeterSecond(1e-9));

    /// <summary>Mature expression: (U_NKCC1, U_KCC2); default 10⁻⁹ and 10⁻⁷ mol/(m²·s) (assumed).</summary>
    public CotransporterExpression Mature { get; init; } = new(MolarFlux.FromMolesPerSquareMeterSecond(1e-9), MolarFlux.FromMolesPerSquareMeterSecond(1e-7));

    /// <summary>The cell's volume per membrane area in the single-compartment runs; default 2 µm (a 12 µm soma, r/3).</summary>
    public Length VolumePerArea { get; init; } = Length.FromMicrometers(2);

    /// <summary>The dendrite's length; default 1 mm (several of Cl⁻'s diffusion–transport length constants, ≈ 0.2 mm here).</summary>
    public Length DendriteLength { get; init; } = Length.FromMicrometers(1000);

    /// <summary>The dendrite's diameter; default 1 µm.</summary>
    public Length DendriteDiameter { get; init; } = Length.FromMicrometers(1);

    /// <summary>The number of compartments along the dendrite; default 50.</summary>
    public int DendriteCompartments { get; init; } = 50;

    /// <summary>U_NKCC1 along the dendrite, uniform; default 10⁻⁸ mol/(m²·s) (assumed).</summary>
    public MolarFlux DendriteNkcc1 { get; init; } = MolarFlux.FromMolesPerSquareMeterSecond(1e-8);

    /// <summary>U_KCC2 at the soma end of the dendrite; default 10⁻⁹ mol/(m²·s) (assumed).</summary>
    public MolarFlux DendriteKcc2AtSoma { get; init; } = MolarFlux.FromMolesPerSquareMeterSecond(1e-9);

    /// <summary>U_KCC2 at the tip, rising linearly from the soma; default 10⁻⁷ mol/(m²·s) (assumed).</summary>
    public MolarFlux DendriteKcc2AtTip { get; init; } = MolarFlux.FromMolesPerSquareMeterSecond(1e-7);

    /// <summary>The Cl⁻ diffusion coefficient in cytoplasm; default 2 µm²/ms (Kuner and Augustine 2000).</summary>
    public Diffusivity ChlorideDiffusivity { get; init; } = Diffusivity.FromSquareMetersPerSecond(2e-9);

    /// <summary>
    /// How long to run; default 2 h. The immature cell's [Cl⁻]ᵢ relaxes with a time constant of about 10 min, so the
    /// values reported as steady are the end of a run of about 11 time constants (within 10⁻⁴ of the balance); at
    /// 20 min it would still be 4 mM short (27.0 against 31.2 mM).
    /// </summary>
    public Duration Duration { get; init; } = Duration.FromSeconds(7200);

    /// <summary>The sampling interval; default 30 s.</summary>
    public Duration SamplingInterval { get; init; } = Duration.FromSeconds(30);

    /// <summary>Runs the immature cell, the mature cell and the dendrite at fixed V, and both expressions in the whole cell.</summary>
    /// <returns>The three runs.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range (the message names it).</exception>
    public ChlorideHomeostasisResult Run()
    {
        var wholeCell = new ChlorideWholeCell(this);
        var cell = wholeCell.Cell;
        var immature = RunCell(cell, "immature", Immature.Nkcc1, Immature.Kcc2);
        var mature = RunCell(cell, "mature", Mature.Nkcc1, Mature.Kcc2);
        int n = DendriteCompartments;
        var nkcc1 = new double[n];
        var kcc2 = new double[n];
        for (int i = 0; i < n; i++)
        {
            double x = (i + 0.5) / n; // 0 at the soma, 1 at the tip
            nkcc1[i] = DendriteNkcc1.MolesPerSquareMeterSecond;
            kcc2[i] = DendriteKcc2AtSoma.MolesPerSquareMeterSecond + (x * (DendriteKcc2AtTip - DendriteKcc2AtSoma).MolesPerSquareMeterSecond);
        }

        var (dendrite, profile) = Integrate(cell, "dendrite", nkcc1, kcc2, DendriteDiameter.Meters / 4, DendriteLength.Meters / n);
        var positions = new Length[n];
        var eCl = new ElectricPotential[n];
        for (int i = 0; i < n; i++)
        {
            positions[i] = Length.FromMeters((i + 0.5) * DendriteLength.Meters / n);
            eCl[i] = ChlorideReversalPotential(profile[i]);
        }

        return new ChlorideHomeostasisResult(immature, mature, new DendriteChlorideProfile(dendrite, positions, profile, eCl, RestingPotential))
        {
            WholeCellImmature = Simulate(wholeCell, "immature", Immature.Nkcc1, Immature.Kcc2),
            WholeCellMature = Simulate(wholeCell, "mature", Mature.Nkcc1, Mature.Kcc2),
        };
    }

    /// <summary>Runs one isopotential cell with the given transport constants.</summary>
    /// <param name="label">The run's name.</param>
    /// <param name="nkcc1">U_NKCC1; ≥ 0.</param>
    /// <param name="kcc2">U_KCC2; ≥ 0.</param>
    /// <returns>The run.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range (the message names it).</exception>
    public ChlorideScenario RunCell(string label, MolarFlux nkcc1, MolarFlux kcc2)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        var cell = new ChlorideCell(this);
        Guard.NonNegativeFinite(nkcc1, nameof(nkcc1));
        Guard.NonNegativeFinite(kcc2, nameof(kcc2));
        return RunCell(cell, label, nkcc1, kcc2);
    }

    private static ChlorideScenario RunCell(ChlorideCell cell, string label, MolarFlux nkcc1, MolarFlux kcc2) =>
        Integrate(cell, label, [nkcc1.MolesPerSquareMeterSecond], [kcc2.MolesPerSquareMeterSecond], cell.Model.VolumePerArea.Meters, 0).Scenario;

    private static (ChlorideScenario Scenario, Concentration[] Final) Integrate(ChlorideCell cell, string label, double[] nkcc1, double[] kcc2, double volumePerArea, double spacing)
    {
        var m = cell.Model;
        var ode = new ChlorideOde(cell, nkcc1, kcc2, volumePerArea, spacing);
        int n = nkcc1.Length;
        var y = new double[n];
        Array.Fill(y, m.InitialChloride.MolesPerCubicMeter);
        var integrator = new AdaptiveIntegrator(n, 1e-8, 1e-9);
        string where = n > 1 ? " at the soma" : string.Empty;
        var recorder = new Recorder(m.SamplingInterval);
        var first = recorder.Track($"[Cl⁻]i{where}, {label}", () => Concentration.FromMolesPerCubicMeter(y[0]));
        var eFirst = recorder.Track($"E_Cl{where}, {label}", () => m.ChlorideReversalPotential(Concentration.FromMolesPerCubicMeter(y[0])));
        recorder.Run(m.Duration, (from, to) => integrator.Integrate(ode, y, from, to));
        var scenario = new ChlorideScenario(label, first.Series, eFirst.Series, m.RestingPotential);
        var final = Array.ConvertAll(y, c => Concentration.FromMolesPerCubicMeter(c));
        return (scenario, final);
    }

    private ElectricPotential ChlorideReversalPotential(Concentration inside) => Nernst.Potential(-1, inside, ChlorideOutside, Temperature);

    /// <summary>Checks the fixed-V parameters (once per resolution, by <see cref="ChlorideCell"/>).</summary>
    internal void Validate()
    {
        Guard.AboveAbsoluteZero(Temperature, nameof(Temperature));
        Guard.Finite(RestingPotential, nameof(RestingPotential));
        Guard.PositiveFinite(SodiumInside, nameof(SodiumInside));
        Guard.PositiveFinite(SodiumOutside, nameof(SodiumOutside));
        Guard.PositiveFinite(PotassiumInside, nameof(PotassiumInside));
        Guard.PositiveFinite(PotassiumOutside, nameof(PotassiumOutside));
        Guard.PositiveFinite(ChlorideOutside, nameof(ChlorideOutside));
        Guard.PositiveFinite(InitialChloride, nameof(InitialChloride));
        Guard.NonNegativeFinite(ChlorideLeak, nameof(ChlorideLeak));
        Guard.NonNegativeFinite(Immature.Nkcc1, $"{nameof(Immature)}.{nameof(Immature.Nkcc1)}");
        Guard.NonNegativeFinite(Immature.Kcc2, $"{nameof(Immature)}.{nameof(Immature.Kcc2)}");
        Guard.NonNegativeFinite(Mature.Nkcc1, $"{nameof(Mature)}.{nameof(Mature.Nkcc1)}");
        Guard.NonNegativeFinite(Mature.Kcc2, $"{nameof(Mature)}.{nameof(Mature.Kcc2)}");
        Guard.PositiveFinite(VolumePerArea, nameof(VolumePerArea));
        Guard.PositiveFinite(DendriteLength, nameof(DendriteLength));
        Guard.PositiveFinite(DendriteDiameter, nameof(DendriteDiameter));
        Guard.AtLeast(DendriteCompartments, 2, nameof(DendriteCompartments), "compartments");

        Guard.NonNegativeFinite(DendriteNkcc1, nameof(DendriteNkcc1));
        Guard.NonNegativeFinite(DendriteKcc2AtSoma, nameof(DendriteKcc2AtSoma));
        Guard.NonNegativeFinite(DendriteKcc2AtTip, nameof(DendriteKcc2AtTip));
        Guard.NonNegativeFinite(ChlorideDiffusivity, nameof(ChlorideDiffusivity));
        Guard.PositiveFinite(Duration, nameof(Duration));
        Guard.PositiveFinite(SamplingInterval, nameof(SamplingInterval));
    }

    /// <summary>[Cl⁻]ᵢ in each compartment; NKCC1, KCC2 and the leak per area, diffusion between neighbours.</summary>
    private readonly struct ChlorideOde : IOdeSystem
    {
        private readonly double[] _nkcc1, _kcc2;
        private readonly double _areaPerVolume, _diffusion, _v, _thermal, _f, _g, _naIn, _naOut, _kIn, _kOut, _clOut;

        public ChlorideOde(ChlorideCell cell, double[] nkcc1, double[] kcc2, double volumePerArea, double spacing)
        {
            _nkcc1 = nkcc1;
            _kcc2 = kcc2;
            _areaPerVolume = 1 / volumePerArea;
            _diffusion = spacing > 0 ? cell.Model.ChlorideDiffusivity.SquareMetersPerSecond / (spacing * spacing) : 0;
            _v = cell.Voltage;
            _thermal = cell.ThermalVoltage;
            _f = cell.Faraday;
            _g = cell.Leak;
            _naIn = cell.SodiumInside;
            _naOut = cell.SodiumOutside;
            _kIn = cell.PotassiumInside;
            _kOut = cell.PotassiumOutside;
            _clOut = cell.ChlorideOutside;
        }

        public int Dimension => _nkcc1.Length;

        public void Derivatives(double time, ReadOnlySpan<double> state, Span<double> rates)
        {
            Span<double> kccIn = [_kIn, 0], kccOut = [_kOut, _clOut];
            Span<double> nkccIn = [_naIn, _kIn, 0], nkccOut = [_naOut, _kOut, _clOut];
            int n = state.Length;
            for (int i = 0; i < n; i++)
            {
                double cl = state[i];
                kccIn[1] = cl;
                nkccIn[2] = cl;
                // Cycle rates in each law's written direction: NKCC1 carries 2 Cl⁻ in, KCC2 1 Cl⁻ out (rates per unit U).
                double nkcc = _nkcc1[i] == 0 ? 0 : Nkcc1Law.Rate(_v, nkccIn, nkccOut, _thermal, _f) * _nkcc1[i];
                double kcc = _kcc2[i] == 0 ? 0 : Kcc2Law.Rate(_v, kccIn, kccOut, _thermal, _f) * _kcc2[i];
                double eCl = -_thermal * Math.Log(_clOut / cl);
                double leakIn = _g * (_v - eCl) / _f; // outward current of an anion = its inward flux × F
                double dCl = _areaPerVolume * ((2 * nkcc) + (-1 * kcc) + leakIn);
                if (_diffusion > 0)
                {
                    double left = i > 0 ? state[i - 1] : cl, right = i < n - 1 ? state[i + 1] : cl;
                    dCl += _diffusion * (left - (2 * cl) + right);
                }

                rates[i] = dCl;
            }
        }

        public string VariableName(int index) => $"[Cl⁻]i[{index}]";
    }

    // The Dynamics layer's laws with U = 1, scaled per compartment.
    private static readonly FreeEnergyKinetics Nkcc1Law = FreeEnergyKinetics.Nkcc1(MolarFlux.FromMolesPerSquareMeterSecond(1));
    private static readonly FreeEnergyKinetics Kcc2Law = FreeEnergyKinetics.Kcc2(MolarFlux.FromMolesPerSquareMeterSecond(1));
}
