using Membrane.Biophysics.Analysis;
using Membrane.Biophysics.Ghk;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

namespace Membrane.Biophysics.Tests.Analysis;

/// <summary>Properties of the I–V read-out over random GHK curves.</summary>
public partial class IvCurveTests
{
    private static readonly ElectricPotential[] WideGrid = IvCurve.Grid(ElectricPotential.FromVolts(-1), ElectricPotential.FromVolts(1), 1001); // 2 mV steps: a cubic over 6 points follows e^(V/25 mV)

    /// <summary>
    /// A monovalent GHK curve over ±1 V: scaling every current by s &gt; 0, flipping all their signs, or shuffling the points
    /// leaves the reversal unchanged and scales the slope by s (or −s); for the interpolation and a local cubic alike.
    /// </summary>
    [PhysicalProperty]
    public bool Scaling_flipping_and_shuffling_the_currents(Concentration inside, Concentration outside, Permeability p, ConductanceDensity scaleSource, bool cubic)
    {
        var t = Temperature.Body;
        var fit = cubic ? IvFit.Polynomial(3, 6) : IvFit.Interpolation;
        var i = IvCurve.FromModel(MembraneCurrents.Empty.WithGhk(new PermeantIon(Ions.Potassium, p, new IonGradient(inside, outside))), WideGrid, t);
        var e = IvCurve.ReversalPotential(WideGrid, i, fit).Volts;
        var g = IvCurve.SlopeConductance(WideGrid, i, fit).SiemensPerSquareMeter;

        var s = scaleSource.SiemensPerSquareMeter; // 1e-3 … 1e3
        var scaled = i.Select(x => x * s).ToArray();
        var flipped = i.Select(x => -x).ToArray();
        var order = Enumerable.Range(0, WideGrid.Length).Reverse().ToArray();
        var shuffledV = order.Select(k => WideGrid[k]).ToArray();
        var shuffledI = order.Select(k => i[k]).ToArray();

        return Math.Abs(IvCurve.ReversalPotential(WideGrid, scaled, fit).Volts - e) <= 1e-12 &&
               Math.Abs(IvCurve.SlopeConductance(WideGrid, scaled, fit).SiemensPerSquareMeter - (s * g)) <= 1e-9 * Math.Abs(s * g) &&
               IvCurve.ReversalPotential(WideGrid, flipped, fit).Volts == e &&
               IvCurve.SlopeConductance(WideGrid, flipped, fit).SiemensPerSquareMeter == -g &&
               IvCurve.ReversalPotential(shuffledV, shuffledI, fit).Volts == e;
    }
}

/// <summary>Regressions found by the properties above.</summary>
public class IvCurveRegressionTests
{
    /// <summary>
    /// FsCheck found (seed 15147807536023132498,6137947966485634567): K⁺ 0.0287/156.9 mM at 37 °C crosses zero
    /// 9 nV above the 230 mV grid point, and the local cubic's zero lies 5e-5 mV below it, outside the data's bracket.
    /// The reversal must still be found, at the Nernst (= GHK) value (RT/F) ln(c_o/c_i) = 230.0000089 mV.
    /// </summary>
    [Fact]
    public void A_cubic_whose_zero_falls_just_outside_the_data_bracket_is_still_read()
    {
        var grid = IvCurve.Grid(ElectricPotential.FromVolts(-1), ElectricPotential.FromVolts(1), 1001);
        var ion = new PermeantIon(Ions.Potassium, Permeability.FromCentimetersPerSecond(0.00193711319762), new IonGradient(Concentration.FromMillimolar(0.0287287678562), Concentration.FromMillimolar(156.927479732)));
        var i = IvCurve.FromModel(MembraneCurrents.Empty.WithGhk(ion), grid, Temperature.Body);
        var e = IvCurve.ReversalPotential(grid, i, IvFit.Polynomial(3, 6));
        Assert.Equal(230.0000089, e.Millivolts, 1e-3);
    }
}
