global using System;
global using System.Globalization;
global using System.Linq;
global using Xunit;
global using static System.FormattableString;
