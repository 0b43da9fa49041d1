// A parameter sweep written to CSV: E_K and the GHK resting potential of a mammalian neuron at 37 °C as [K⁺]o rises
// from 1 to 140 mM (= [K⁺]i, where E_K = 0), with the permeability ratios P_K : P_Na : P_Cl = 1 : 0.04 : 0.45 (Hodgkin and Katz 1949).
//
//   dotnet fsi sweep-resting-potential.fsx [out.csv]      (default: resting-sweep.csv)
//
// Columns: K_out_mM, E_K_mV (Nernst), V_rest_mV (GHK voltage equation). At low [K⁺]o the Na⁺ and Cl⁻ permeabilities
// hold V_rest well above E_K; at high [K⁺]o it follows E_K with the Nernst slope of 61.5 mV per decade.
#r "nuget: Membrane.Biophysics, 0.1.0"

open System
open System.Globalization
open System.IO
open Membrane.Biophysics.Equilibrium
open Membrane.Biophysics.Ghk
open Membrane.Biophysics.Quantities
open Membrane.Biophysics.Species

let path = fsi.CommandLineArgs |> Array.tryItem 1 |> Option.defaultValue "resting-sweep.csv"
let temperature = Temperature.Body
let pK = Permeability.FromCentimetersPerSecond 1e-6
let sodium = IonGradient.Millimolar(inside = 12.0, outside = 145.0)
let chloride = IonGradient.Millimolar(inside = 7.0, outside = 120.0)
let kInside = 140.0

let row (kOutside: float) =
    let potassium = IonGradient.Millimolar(inside = kInside, outside = kOutside)
    let eK = Nernst.Potential(Ions.Potassium, potassium, temperature)
    let ions =
        [| PermeantIon(Ions.Potassium, pK, potassium)
           PermeantIon(Ions.Sodium, pK * 0.04, sodium)
           PermeantIon(Ions.Chloride, pK * 0.45, chloride) |]
    let rest = GhkVoltage.ReversalPotential(ions, temperature)
    String.Format(CultureInfo.InvariantCulture, "{0},{1:F4},{2:F4}", kOutside, eK.Millivolts, rest.Millivolts)

let outsides = [ 1.0; 2.0; 3.0; 5.0; 10.0; 20.0; 30.0; 50.0; 100.0; 140.0 ]
File.WriteAllLines(path, "K_out_mM,E_K_mV,V_rest_mV" :: List.map row outsides)
printfn "%s: %d rows of [K+]o, E_K and V_rest at %O" path outsides.Length temperature
