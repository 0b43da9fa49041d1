using System.Collections.Generic;

namespace Membrane.Biophysics.Tour;

/// <summary>Every situation of the tour, in the order a newcomer would meet them.</summary>
internal static class Situations
{
    public static IReadOnlyList<Situation> All { get; } =
    [
        new("Quantities: units you can type, values that print with them", QuantitiesTour.Run),
        new("Equilibrium potentials of a mammalian neuron at 37 °C", EquilibriumPotentials.Run),
        new("Electrical and thermodynamic driving force: Na⁺ entry at −70 mV", DrivingForce.Run),
        new("Voltage-clamp K⁺ experiment: raising [K⁺]o shifts E_K by the Nernst amount", PotassiumShift.Run),
        new("Developmental GABA switch: E_Cl from high versus low [Cl⁻]i", GabaSwitch.Run),
        new("Donnan equilibrium: a cell's impermeant anions in a KCl bath", DonnanTour.Run),
        new("Reproducing an old NEURON result: legacy constants", NeuronLegacy.Run),
        new("Transporters: NKCC1 (electroneutral) versus NBCe1 1:2 (electrogenic) at −70 and −30 mV", TransportTour.NkccVersusNbce),
        new("Transporters: NCX reversal as [Na⁺]i doubles in heart failure, at a diastolic −80 mV", TransportTour.NcxHeartFailure),
        new("Transporters: the GABA switch from NKCC1 and KCC2", TransportTour.GabaSwitchTransporters),
        new("Transporters: SOS1 under salt stress", TransportTour.Sos1SaltStress),
        new("Transporters: a bacterial PMF/SMF budget", TransportTour.BacterialBudget),
        new("Squid axon at rest and at the peak: the GHK voltage equation (Hodgkin & Katz 1949)", GhkTour.Squid),
        new("AMPA receptor reversal, and a resting neuron pulled toward it", GhkTour.Ampa),
        new("K⁺ voltage clamp: reading E_K off a GHK I–V curve", GhkTour.PotassiumIv),
        new("Resting potential: Hodgkin–Huxley rest pulled toward AMPA's reversal as its permeability grows", IvTour.RestingNeuronAndAmpa),
        new("K⁺ voltage clamp: [K⁺]o 2.5 → 10 → 40 mM, reversals read off the I–V curves versus Nernst", IvTour.PotassiumClamp),
        new("Hodgkin–Huxley action potential at 6.3 °C: rest, threshold, peak, width", ChannelsTour.ActionPotential),
        new("Hodgkin–Huxley f–I curve: firing rate versus injected current", ChannelsTour.FiringRateCurve),
        new("K⁺ voltage clamp simulated: tail-current I–V after a prepulse, reversal versus Nernst", ChannelsTour.PotassiumClamp),
        new("Extracellular K⁺ accumulating during high-frequency firing, with and without saturable uptake", ChannelsTour.PotassiumAccumulation),
        new("GABA polarity along a dendrite whose [Cl⁻]i rises toward the soma", ChannelsTour.GabaAlongDendrite),
        new("E_Cl set by KCC2 and NKCC1: a dendrite's [Cl⁻]i after 10 minutes, immature versus mature", TransporterDynamicsTour.ChlorideSetByTransporters),
        new("E_Cl along a dendrite set by NKCC1 near the soma and KCC2 toward the tip (per-compartment Cl⁻ pools)", TransporterDynamicsTour.ChlorideProfileFromTransporters),
        new("NCX current reversing at E_NCX, and the reversal moving down as [Na⁺]i doubles", TransporterDynamicsTour.NcxReversal),
        new("Liquid junction potential: a K-gluconate pipette in a NaCl bath, and the corrected membrane potential", ElectrodiffusionTour.KGluconateCorrection),
        new("Nernst–Einstein: a garnet Li⁺ solid electrolyte and saline, conductivity from their carriers", ElectrodiffusionTour.SolidElectrolyte),
        new("Activity coefficients of Ringer's solution (Debye–Hückel, Davies) and E_Ca in activities", ElectrodiffusionTour.ActivityCoefficients),
        new("Ready model: neuron – extracellular space – astrocyte K⁺, weak versus strong astrocytic buffering", ModelsTour.PotassiumBuffering),
        new("Ready model: ischaemia, pump failure in a pump–leak neuron with Na⁺/K⁺ channels and volume (after Dijkstra et al. 2016, Kager et al. 2000)", ModelsTour.Ischaemia),
        new("Ready model: chloride homeostasis and the GABA switch, NKCC1 versus KCC2, E_Cl along a dendrite, and the whole cell with E_GABA", ModelsTour.ChlorideHomeostasis),
        new("Ready model: endosome / lysosome acidification without and with a Cl⁻ shunt (Grabe & Oster 2001)", ModelsTour.EndosomeAcidification),
        new("Ready model: cardiac NCX in diastole, normal versus heart-failure [Na⁺]i (Luo–Rudy 1994 exchanger)", ModelsTour.CardiacNcx),
        new("Ready model: plant salt stress, a Ca²⁺ signature decoded by SOS3–SOS2 switching on SOS1, and vacuolar sequestration by NHX", ModelsTour.SaltStress),
        new("Ready model: bacterial energetics, NQR and H⁺ pumping, NhaA and a Na⁺-coupled ATP synthase at steady state", ModelsTour.BacterialEnergetics),
        new("Poisson–Nernst–Planck: potential and concentration profiles across a 10 nm aqueous slab with a salt gradient at −70 mV", ElectrodiffusionTour.PnpProfile),
    ];
}
