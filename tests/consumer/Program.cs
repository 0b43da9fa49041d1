using System.Reflection;
using Membrane.Biophysics.Equilibrium;
using Membrane.Biophysics.Quantities;
using Membrane.Biophysics.Species;

// What a user's app does with the package: a calculation whose value is known from outside the library, printed with
// its units. .ci/check-packages checks these lines, and that the assembly is the version it packed.
var assembly = typeof(Nernst).Assembly;
Console.WriteLine($"package: {assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion}");

// NEURON's nernst(140, 5, 1) at 37 °C prints -89.0586940367 mV (tests/reference/neuron_nernst.json).
var eK = Nernst.Potential(Ions.Potassium, IonGradient.Millimolar(inside: 140, outside: 5), Temperature.Body);
Console.WriteLine($"E_K = {eK}");
