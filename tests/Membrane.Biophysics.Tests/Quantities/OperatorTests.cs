using Membrane.Biophysics.Quantities;

namespace Membrane.Biophysics.Tests.Quantities;

/// <summary>The physically meaningful operators, checked against hand calculation in SI units.</summary>
public class OperatorTests
{
    [Fact]
    public void Ohms_law_per_area_gives_current_density()
    {
        // Hodgkin–Huxley leak: ḡ_L = 0.3 mS/cm² at 10.6 mV driving force → 3.18 µA/cm².
        var i = ConductanceDensity.FromMillisiemensPerSquareCentimeter(0.3) * ElectricPotential.FromMillivolts(10.6);
        Assert.Equal(3.18, i.MicroamperesPerSquareCentimeter, 12);
    }

    [Fact]
    public void Rates_durations_and_counts()
    {
        // HH's α_n + β_n = 0.1 + 0.125 ms⁻¹ at V_HH = 0 (1952, eqs. 12–13): τ_n = 1/0.225 ms = 4.444… ms.
        var tau = 1 / (Rate.FromPerMillisecond(0.1) + Rate.FromPerMillisecond(0.125));
        Assert.Equal(1 / 0.225, tau.Milliseconds, 12);
        // 40 spikes in 2 s is 20 Hz, and 20 Hz for 2 s is 40 spikes.
        var rate = 40 / Duration.FromSeconds(2);
        Assert.Equal(20, rate.Hertz, 15);
        Assert.Equal(40, rate * Duration.FromSeconds(2), 15);
        Assert.Equal(40, Duration.FromSeconds(2) * rate, 15);
    }

    [Fact]
    public void A_potential_change_over_a_duration_is_a_potential_rate()
    {
        // An upstroke of 100 mV in 0.5 ms is 200 V/s = 200 mV/ms.
        var slope = ElectricPotential.FromMillivolts(100) / Duration.FromMilliseconds(0.5);
        Assert.Equal(200, slope.VoltsPerSecond, 12);
        Assert.Equal(200, slope.MillivoltsPerMillisecond, 12);
        Assert.Equal(1, (slope * Duration.FromMicroseconds(5)).Millivolts, 12);
    }

    [Fact]
    public void Ohms_law_and_its_inverses()
    {
        var i = Conductance.FromNanosiemens(10) * ElectricPotential.FromMillivolts(-20);
        Assert.Equal(-200, i.Picoamperes, 9);
        Assert.Equal(-20, (i / Conductance.FromNanosiemens(10)).Millivolts, 9);
        Assert.Equal(10, (i / ElectricPotential.FromMillivolts(-20)).Nanosiemens, 9);
    }

    [Fact]
    public void Densities_times_area_give_totals()
    {
        var area = Area.FromSquareMicrometers(1000);
        Assert.Equal(10, (SpecificCapacitance.FromMicrofaradsPerSquareCentimeter(1) * area).Picofarads, 9);
        Assert.Equal(10, (CurrentDensity.FromMicroamperesPerSquareCentimeter(1) * area).Picoamperes, 9);
        Assert.Equal(3, (ConductanceDensity.FromMillisiemensPerSquareCentimeter(0.3) * area).Nanosiemens, 9);
        Assert.Equal(1, (Conductance.FromNanosiemens(3) / area).MillisiemensPerSquareCentimeter / 0.3, 12);
    }

    [Fact]
    public void Charge_capacitance_and_time()
    {
        var q = Capacitance.FromPicofarads(10) * ElectricPotential.FromMillivolts(100);
        Assert.Equal(1, q.Picocoulombs, 12);
        Assert.Equal(100, (q / Capacitance.FromPicofarads(10)).Millivolts, 12);
        Assert.Equal(1, (ElectricCurrent.FromPicoamperes(1) * Duration.FromSeconds(1)).Picocoulombs, 12);
        Assert.Equal(1, (q / Duration.FromSeconds(1)).Picoamperes, 12);
    }

    [Fact]
    public void Amount_volume_and_concentration()
    {
        var n = Concentration.FromMillimolar(140) * Volume.FromPicoliters(1);
        Assert.Equal(1.4e-13, n.Moles, 1e-27); // 140 mmol/L × 1e-12 L
        Assert.Equal(140, (n / Volume.FromPicoliters(1)).Millimolar, 9);
    }

    [Fact]
    public void Geometry_and_permeability()
    {
        var area = Length.FromMicrometers(2) * Length.FromMicrometers(3);
        Assert.Equal(6, area.SquareMicrometers, 12);
        Assert.Equal(24, (area * Length.FromMicrometers(4)).CubicMicrometers, 12);
        Assert.Equal(3, (area / Length.FromMicrometers(2)).Micrometers, 12);
        var p = Diffusivity.FromSquareMicrometersPerMillisecond(1) / Length.FromNanometers(5);
        Assert.Equal(0.2, p.MetersPerSecond, 15);
        var j = Permeability.FromCentimetersPerSecond(1e-6) * Concentration.FromMillimolar(100);
        Assert.Equal(1e-6, j.MolesPerSquareMeterSecond, 1e-20);
    }

    [Fact]
    public void Same_kind_arithmetic_and_ordering()
    {
        var a = ElectricPotential.FromMillivolts(-70);
        var b = ElectricPotential.FromMillivolts(-90);
        Assert.Equal(20, (a - b).Millivolts, 12);
        Assert.Equal(-160, (a + b).Millivolts, 12);
        Assert.Equal(70, (-a).Millivolts, 12);
        Assert.Equal(-140, (a * 2).Millivolts, 12);
        Assert.Equal(-35, (a / 2).Millivolts, 12);
        Assert.Equal(70.0 / 90.0, a / b, 15);
        var same = ElectricPotential.FromMillivolts(-70);
        Assert.True(b < a && a > b && a >= same && b <= a && a <= same);
        Assert.Equal(70, a.Abs().Millivolts, 12);
        Assert.True(a.IsApproximately(ElectricPotential.FromMillivolts(-70.0001), ElectricPotential.FromMillivolts(0.001)));
        Assert.False(a.IsApproximately(ElectricPotential.FromMillivolts(-70.1), 1e-4));
    }

    [Fact]
    public void Equality_is_exact_and_unit_independent()
    {
        Assert.Equal(ElectricPotential.FromVolts(1), ElectricPotential.FromMillivolts(1000));
        Assert.Equal(ElectricPotential.FromVolts(1).GetHashCode(), ElectricPotential.FromMillivolts(1000).GetHashCode());
        Assert.NotEqual(ElectricPotential.FromVolts(1), ElectricPotential.FromVolts(Math.BitIncrement(1)));
        var nan = ElectricPotential.FromVolts(double.NaN);
        var otherNan = ElectricPotential.FromVolts(double.NaN);
        Assert.True(nan.Equals(otherNan));
        Assert.False(nan == otherNan);
    }

    [Fact]
    public void Tolerances_must_not_be_negative_and_equal_infinities_are_close()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Concentration.Zero.IsApproximately(Concentration.Zero, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Concentration.Zero.IsApproximately(Concentration.Zero, Concentration.FromMillimolar(-1)));
        var inf = ElectricPotential.FromVolts(double.PositiveInfinity);
        Assert.True(inf.IsApproximately(inf, ElectricPotential.Zero));
        Assert.True(inf.IsApproximately(inf, 0.0));
    }

    [Fact]
    public void Messages_name_the_kind_of_quantity() =>
        Assert.Contains(
            "a finite molar conductivity > 0",
            Assert.Throws<ArgumentOutOfRangeException>(() => new global::Membrane.Biophysics.Species.Ion("x", "X", 1, null, MolarConductivity.Zero)).Message,
            StringComparison.Ordinal);
}
