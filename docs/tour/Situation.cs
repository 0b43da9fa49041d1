using System;
using System.IO;

namespace Membrane.Biophysics.Tour;

/// <summary>One worked situation of the tour: a title and the code that prints it.</summary>
internal sealed record Situation(string Name, Action<TextWriter> Run);
