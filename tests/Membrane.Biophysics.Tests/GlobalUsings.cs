global using System;
global using System.Globalization;
global using System.Linq;
global using Xunit;
