using System;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Ghk;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;
using Membrane.Biophysics.Transport;

namespace Membrane.Biophysics.Models;

/// <summary>
/// The vacuole: the same root cell with a central vacuole behind the tonoplast, where an NHX Na⁺/H⁺ antiporter,
/// powered by the vacuole's acid pH, sequesters the Na⁺ that reaches the cytosol, against a Na⁺ leak back out.
/// </summary>
/// <remarks>
/// <para>
/// NHX: the tonoplast Na⁺/H⁺ antiporter (Blumwald, E. and Poole, R. J. (1985) <i>Plant Physiol.</i> 78, 163–167;
/// AtNHX1, Apse, M. P., Aharon, G. S., Snedden, W. A. and Blumwald, E. (1999) <i>Science</i> 285, 1256–1258), 1 Na⁺ into
/// the vacuole for 1 H⁺ out, electroneutral (Blumwald, E., Aharon, G. S. and Apse, M. P. (2000) <i>Biochim. Biophys.
/// Acta</i> 1465, 140–151). Its ΔG = RT ln([Na⁺]vac[H⁺]cyt/([Na⁺]cyt[H⁺]vac)) does not depend on the tonoplast
/// potential: it can raise [Na⁺]vac/[Na⁺]cyt at most to [H⁺]vac/[H⁺]cyt (100 for ΔpH 2), its thermodynamic floor. It turns
/// at j_max tanh(−ΔG/2RT) (<see cref="CycleKinetics"/>, as SOS1). The vacuole's pH and the tonoplast potential are held,
/// as if the V-ATPase and V-PPase keep them (not modelled): vacuolar pH 5.5 (Taiz and Zeiger 2010, ch. 6, the source of
/// the model's other pHs), lumen positive to the cytosol (the sign: Barkla, B. J. and Pantoja, O. (1996)
/// <i>Annu. Rev. Plant Physiol. Plant Mol. Biol.</i> 47, 159–184), +30 mV (the magnitude assumed). The V-ATPase's
/// own pumping limit is not checked here. A GHK Na⁺ leak crosses the tonoplast back. Geometry (assumed): the tonoplast
/// has the plasma membrane's area, the cytosol is the thin layer <see cref="SaltStressModel.CytosolThickness"/> and the
/// vacuole 10 µm per area, so the vacuole is 91 % of the cell (central vacuoles take up to 90 %: Taiz, L. (1992) <i>J. Exp. Biol.</i> 172,
/// 113–122).
/// Assumed: NHX's j_max and the tonoplast's Na⁺ permeability equal SOS1's j_max and the plasma membrane's; 1 mM Na⁺ in
/// the vacuole at the start.
/// </para>
/// </remarks>
public sealed partial record SaltStressModel
{
    /// <summary>NHX as written: 1 Na⁺ into the vacuole (its lumen is "inside"), 1 H⁺ out; electroneutral (Blumwald, Aharon and Apse 2000).</summary>
    public static Transporter Nhx { get; } = new(
        "NHX",
        new Stoichiometry((Ions.Sodium, 1), (Ions.Hydrogen, -1)),
        "Blumwald, E. and Poole, R. J. (1985) Na⁺/H⁺ antiport in isolated tonoplast vesicles from storage tissue of Beta vulgaris. Plant Physiol. 78, 163–167; " +
        "Apse, M. P., Aharon, G. S., Snedden, W. A. and Blumwald, E. (1999) Salt tolerance conferred by overexpression of a vacuolar Na⁺/H⁺ antiport in Arabidopsis. Science 285, 1256–1258");

    /// <summary>The vacuole's pH, held (V-ATPase and V-PPase); default 5.5 (Taiz and Zeiger 2010).</summary>
    public Ph VacuolePh { get; init; } = Ph.FromValue(5.5);

    /// <summary>The tonoplast potential, vacuole lumen − cytosol, held; default +30 mV (lumen positive, Barkla and Pantoja 1996; magnitude assumed).</summary>
    public ElectricPotential TonoplastPotential { get; init; } = ElectricPotential.FromMillivolts(30);

    /// <summary>NHX's j_max, cycles per tonoplast area per second; default 10⁻⁷ mol/(m²·s) (assumed, = SOS1's).</summary>
    public MolarFlux NhxMaximalRate { get; init; } = MolarFlux.FromMolesPerSquareMeterSecond(1e-7);

    /// <summary>The tonoplast's Na⁺ permeability (the leak back to the cytosol); default 2 × 10⁻⁹ cm/s (assumed, = the plasma membrane's).</summary>
    public Permeability TonoplastSodiumPermeability { get; init; } = Permeability.FromCentimetersPerSecond(2e-9);

    /// <summary>The vacuole's volume per tonoplast area; default 10 µm (assumed: the vacuole 91 % of the cell).</summary>
    public Length VacuoleDepth { get; init; } = Length.FromMicrometers(10);

    /// <summary>The vacuole's Na⁺ before the stress; default 1 mM (assumed).</summary>
    public Concentration InitialVacuoleSodium { get; init; } = Concentration.FromMillimolar(1);

    /// <summary>The proton-motive force across the tonoplast (vacuole as inside): what the V-ATPase and V-PPase hold and NHX draws on.</summary>
    public MotiveForce TonoplastProtonMotiveForce => MotiveForce.Protonmotive(TonoplastPotential, VacuolePh, CytosolPh, Temperature);

    /// <summary>Runs the cell with its vacuole.</summary>
    /// <param name="label">The run's name.</param>
    /// <param name="decoder">Whether the CBL–CIPK decoder works (false: SOS1 never activated).</param>
    /// <param name="nhx">Whether NHX works (false: as an <i>nhx</i> knockout; the tonoplast leak remains).</param>
    /// <returns>The run.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range (the message names it).</exception>
    public SaltStressVacuoleScenario RunWithVacuole(string label, bool decoder, bool nhx)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        return RunVacuole(new SaltStressCellWithVacuole(this), label, decoder, nhx);
    }

    private static SaltStressVacuoleScenario RunVacuole(SaltStressCellWithVacuole cell, string label, bool decoder, bool nhx)
    {
        var m = cell.Model;
        var ode = new VacuoleOde(cell, decoder, nhx);
        var y = new[] { m.InitialCytosolSodium.MolesPerCubicMeter, 0, m.InitialVacuoleSodium.MolesPerCubicMeter };
        var integrator = m.SignatureIntegrator(y.Length);
        var recorder = new Recorder(m.SamplingInterval);
        var cyt = recorder.Track($"cytosolic [Na⁺], vacuole, {label}", () => Concentration.FromMolesPerCubicMeter(y[0]));
        var vac = recorder.Track($"vacuolar [Na⁺], {label}", () => Concentration.FromMolesPerCubicMeter(y[2]));
        var ratio = recorder.Track($"cytosolic K⁺/Na⁺, vacuole, {label}", "1", () => m.CytosolPotassium / Concentration.FromMolesPerCubicMeter(y[0]));
        var sos1 = recorder.Track($"SOS1 Na⁺ export, vacuole, {label}", () => MolarFlux.FromMolesPerSquareMeterSecond(ode.Cytosol.Sos1Rate(y[0], y[1]) + 0.0)); // + 0.0: an inactive SOS1 reports 0, not −0
        var nhxRate = recorder.Track($"NHX Na⁺ into the vacuole, {label}", () => MolarFlux.FromMolesPerSquareMeterSecond(ode.NhxRate(y[0], y[2])));
        var nhxDg = recorder.Track($"NHX ΔG, {label}", () => ode.NhxFreeEnergy(y[0], y[2]));
        recorder.Run(m.Duration, (from, to) => integrator.Integrate(ode, y, from, to));
        return new SaltStressVacuoleScenario(label, cyt.Series, vac.Series, ratio.Series.Values, sos1.Series, nhxRate.Series, nhxDg.Series);
    }

    /// <summary>Checks the vacuole's and the tonoplast's parameters (once per resolution, by <see cref="SaltStressCellWithVacuole"/>).</summary>
    internal void ValidateVacuole()
    {
        Guard.Finite(VacuolePh, nameof(VacuolePh));
        Guard.Finite(TonoplastPotential, nameof(TonoplastPotential));
        Guard.NonNegativeFinite(NhxMaximalRate, nameof(NhxMaximalRate));
        Guard.NonNegativeFinite(TonoplastSodiumPermeability, nameof(TonoplastSodiumPermeability));
        Guard.PositiveFinite(VacuoleDepth, nameof(VacuoleDepth));
        Guard.PositiveFinite(InitialVacuoleSodium, nameof(InitialVacuoleSodium));
    }

    /// <summary>y = ([Na⁺]cyt, A, [Na⁺]vac): the plasma membrane and decoder as without a vacuole (<see cref="SaltStressOde"/>, composed), plus NHX and the tonoplast leak.</summary>
    private readonly struct VacuoleOde(SaltStressCellWithVacuole cell, bool decoder, bool nhx) : IOdeSystem
    {
        private readonly SaltStressModel _m = cell.Model;
        private readonly double _perCytosol = cell.Cell.PerVolume, _perVacuole = cell.PerVacuole;
        private readonly MolarEnergy _protons = cell.TonoplastProtonDifference;

        public SaltStressOde Cytosol { get; } = new(cell.Cell, decoder);

        public int Dimension => 3;

        /// <summary>ΔG of one NHX cycle as written (1 Na⁺ into the vacuole, 1 H⁺ out): Δμ̃_Na − Δμ̃_H, vacuole as inside.</summary>
        public MolarEnergy NhxFreeEnergy(double cytosol, double vacuole)
        {
            var na = ElectrochemicalPotential.Difference(Ions.Sodium, new IonGradient(Concentration.FromMolesPerCubicMeter(vacuole), Concentration.FromMolesPerCubicMeter(cytosol)), _m.TonoplastPotential, _m.Temperature);
            return na - _protons;
        }

        public double NhxRate(double cytosol, double vacuole) =>
            nhx ? CycleKinetics.Rate(_m.NhxMaximalRate.MolesPerSquareMeterSecond, NhxFreeEnergy(cytosol, vacuole), _m.Temperature) : 0;

        public void Derivatives(double time, ReadOnlySpan<double> state, Span<double> rates)
        {
            Cytosol.Derivatives(time, state[..2], rates[..2]);
            double cytosol = state[0], vacuole = state[2];
            double leakOut = GhkCurrent.Flux(1, _m.TonoplastSodiumPermeability, Concentration.FromMolesPerCubicMeter(vacuole), Concentration.FromMolesPerCubicMeter(cytosol), _m.TonoplastPotential, _m.Temperature).MolesPerSquareMeterSecond;
            double inward = NhxRate(cytosol, vacuole) - leakOut; // into the vacuole per tonoplast area
            rates[0] -= _perCytosol * inward;
            rates[2] = _perVacuole * inward;
        }

        public string VariableName(int index) => index == 2 ? "vacuolar [Na⁺]" : Cytosol.VariableName(index);
    }
}
