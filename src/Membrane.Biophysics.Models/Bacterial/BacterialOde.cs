using System;
using Membrane.Biophysics.Dynamics;
using Membrane.Biophysics.Ghk;
using Membrane.Biophysics.Internal;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Models;

/// <summary>
/// The equations of <see cref="BacterialEnergeticsModel"/>: y = (cytoplasmic pH, [Na⁺]i in mol/m³);
/// d[Na⁺]i/dt = −(A/V) J_Na,out; dpH/dt = (A/V) J_H,out / β; Δψ at each instant where the net current vanishes.
/// </summary>
internal readonly struct BacterialOde : IOdeSystem
{
    public const int PhIndex = 0, SodiumIndex = 1, Size = 2;

    private readonly BacterialEnergeticsModel _m;
    private readonly BacterialCell.Pathway[] _pathways;
    private readonly double _areaOverVolume, _beta, _mediumH, _mediumNa;

    public BacterialOde(BacterialCell cell)
    {
        _m = cell.Model;
        _areaOverVolume = cell.AreaOverVolume;
        _beta = _m.BufferCapacity.MolesPerCubicMeter;
        _mediumH = cell.MediumProtons.MolesPerCubicMeter;
        _mediumNa = _m.MediumSodium.MolesPerCubicMeter;
        _pathways = cell.Pathways;
    }

    public int Dimension => Size;

    public void Initial(Span<double> y)
    {
        y[PhIndex] = _m.InitialPh.Value;
        y[SodiumIndex] = _m.InitialSodium.MolesPerCubicMeter;
    }

    /// <summary>
    /// Δψ at which the net current vanishes, found by Brent's method on [−1 V, +1 V]: every pathway and leak carries
    /// more outward current as Δψ rises, so the root is unique. Zero when nothing crosses at all.
    /// </summary>
    public ElectricPotential Potential(ReadOnlySpan<double> y)
    {
        var current = new NetCurrent(this, y[PhIndex], y[SodiumIndex]);
        double lo = -1, hi = 1, fLo = current.Evaluate(lo), fHi = current.Evaluate(hi);
        if (fLo == 0 && fHi == 0)
        {
            return ElectricPotential.Zero;
        }

        return ElectricPotential.FromVolts(BrentRoot.Find(ref current, lo, fLo, hi, fHi, 1e-12, "the bacterial membrane potential"));
    }

    /// <summary>Outward fluxes of H⁺ and Na⁺, mol/(m²·s), at the cytoplasm's pH and [Na⁺] and a given Δψ.</summary>
    public (double Protons, double Sodium) OutwardFluxes(double ph, double sodiumInside, ElectricPotential v)
    {
        var t = _m.Temperature;
        var hIn = Concentration.FromMolesPerCubicMeter(Math.Pow(10, -ph) * 1e3);
        var naIn = Concentration.FromMolesPerCubicMeter(sodiumInside);
        var protons = new IonGradient(hIn, Concentration.FromMolesPerCubicMeter(_mediumH));
        var sodium = new IonGradient(naIn, Concentration.FromMolesPerCubicMeter(_mediumNa));
        double hOut = GhkCurrent.Flux(1, _m.ProtonPermeability, protons.Inside, protons.Outside, v, t).MolesPerSquareMeterSecond;
        double naOut = GhkCurrent.Flux(1, _m.SodiumPermeability, sodium.Inside, sodium.Outside, v, t).MolesPerSquareMeterSecond;
        foreach (var p in _pathways)
        {
            double rate = p.Rate(protons, sodium, v, t);
            hOut -= p.Protons * rate; // the stoichiometry counts ions moved inward per cycle
            naOut -= p.Sodium * rate;
        }

        return (hOut, naOut);
    }

    public void Derivatives(double time, ReadOnlySpan<double> y, Span<double> rates)
    {
        var (hOut, naOut) = OutwardFluxes(y[PhIndex], y[SodiumIndex], Potential(y));
        rates[PhIndex] = _areaOverVolume * hOut / _beta;
        rates[SodiumIndex] = -_areaOverVolume * naOut;
    }

    public string VariableName(int index) => index switch
    {
        PhIndex => "cytoplasmic pH",
        _ => "[Na⁺]i",
    };

    private readonly struct NetCurrent(BacterialOde ode, double ph, double sodium) : IRealFunction
    {
        public double Evaluate(double x)
        {
            var (h, na) = ode.OutwardFluxes(ph, sodium, ElectricPotential.FromVolts(x));
            return h + na;
        }
    }
}
