using System.Globalization;
using System.Reflection;
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;
using Membrane.Biophysics.UnitsNet;
using UN = UnitsNet;

// An app that already speaks UnitsNet: its inputs and its results are UnitsNet quantities, the library's laws in between,
// through the bridge's explicit ToBiophysics() and ToUnitsNet(). The alias keeps the shared names apart: UN.Temperature
// is UnitsNet's, Temperature the library's. .ci/check-packages checks these lines against values it computes itself.
var invariant = CultureInfo.InvariantCulture;
Console.WriteLine($"package: {Version(typeof(Nernst))}");
Console.WriteLine($"bridge: {Version(typeof(UnitsNetConversions))}");

// K⁺ across a mammalian membrane at body temperature, as UnitsNet quantities.
UN.Molarity inside = UN.Molarity.FromMillimolesPerLiter(140);
UN.Molarity outside = UN.Molarity.FromMillimolesPerLiter(5);
UN.Temperature body = UN.Temperature.FromDegreesCelsius(37);

UN.ElectricPotential eK = Nernst.Potential(Ions.Potassium, new IonGradient(inside.ToBiophysics(), outside.ToBiophysics()), body.ToBiophysics()).ToUnitsNet();
Console.WriteLine(string.Create(invariant, $"E_K = {eK.Millivolts:R} mV ({eK.ToUnit(UN.Units.ElectricPotentialUnit.Millivolt).ToString(invariant)})"));

// The charge on a 100 pF cell held at that potential, Q = C·V, in picocoulombs.
UN.ElectricCapacitance cell = UN.ElectricCapacitance.FromPicofarads(100);
UN.ElectricCharge q = (cell.ToBiophysics() * eK.ToBiophysics()).ToUnitsNet();
Console.WriteLine(string.Create(invariant, $"Q = {q.Picocoulombs:R} pC"));

// A UnitsNet value whose SI value overflows a double is refused with the library's message.
try
{
    _ = UN.Length.FromKilometers(double.MaxValue).ToBiophysics();
    Console.WriteLine("refused: nothing");
}
catch (ArgumentOutOfRangeException e)
{
    Console.WriteLine($"refused: {e.Message.Split(" (Parameter")[0]}");
}

static string? Version(Type type) => type.Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
