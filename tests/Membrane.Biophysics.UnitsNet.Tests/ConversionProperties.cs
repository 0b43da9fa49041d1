using UN = UnitsNet;

namespace Membrane.Biophysics.UnitsNet.Tests;

/// <summary>
/// Round trips over random finite values for every concept: exact for the SI unit (the same double, bit for bit), and
/// within a few ulps through every other unit UnitsNet knows for the concept (UnitsNet's own rounding).
/// </summary>
public class ConversionProperties
{
    [BridgeProperty]
    public void Library_to_UnitsNet_and_back_is_the_identical_double(FiniteDouble x)
    {
        foreach (var concept in Concepts.All)
        {
            var theirs = concept.ToUnitsNet(x.Value);
            Assert.Equal(concept.UnitsNetInfo.BaseUnitInfo.Value, theirs.Unit);
            Assert.Equal(Bits(x.Value), Bits(theirs.As(theirs.Unit)));
            Assert.Equal(Bits(x.Value), Bits(concept.ToBiophysics(theirs)));
        }
    }

    [BridgeProperty]
    public void UnitsNet_in_its_SI_unit_to_the_library_and_back_is_the_identical_value(FiniteDouble x)
    {
        foreach (var concept in Concepts.All)
        {
            var theirs = UN.Quantity.From(x.Value, concept.UnitsNetInfo.BaseUnitInfo.Value);
            var si = concept.ToBiophysics(theirs);
            Assert.Equal(Bits(x.Value), Bits(si));
            var back = concept.ToUnitsNet(si);
            Assert.Equal(theirs.Unit, back.Unit);
            Assert.Equal(Bits(x.Value), Bits(back.As(back.Unit)));
        }
    }

    /// <summary>
    /// Through every UnitsNet unit of every concept: the value comes back as UnitsNet's own conversion to the SI unit
    /// and back brings it (the bridge adds no rounding of its own), and within 4 ulps of where it started, measured
    /// against the larger of the value and the unit's offset for the affine temperature scales.
    /// </summary>
    [BridgeProperty]
    public void UnitsNet_in_any_unit_round_trips_through_the_library_within_4_ulps(Magnitude x)
    {
        foreach (var concept in Concepts.All)
        {
            var siUnit = concept.UnitsNetInfo.BaseUnitInfo.Value;
            foreach (var unit in concept.UnitsNetInfo.UnitInfos.Select(u => u.Value))
            {
                var theirs = UN.Quantity.From(x.Value, unit);
                var back = concept.ToUnitsNet(concept.ToBiophysics(theirs)).As(unit);
                var offset = UN.Quantity.From(0, siUnit).As(unit);
                Assert.True(Bits(back) == Bits(theirs.ToUnit(siUnit).As(unit)), Invariant($"{concept} in {unit}: {back:R} is not UnitsNet's own round trip"));
                Assert.True(Ulps.Within(back, x.Value, 4, scale: offset), Invariant($"{concept} in {unit}: {x.Value:R} came back as {back:R}"));
            }
        }
    }

    private static long Bits(double value) => BitConverter.DoubleToInt64Bits(value);
}
