using System;

namespace Membrane.Biophysics.Cli.Input;

/// <summary>Input on the command line that cannot be read: the message says what was given and what was expected.</summary>
internal sealed class UserInputException(string message) : Exception(message);
