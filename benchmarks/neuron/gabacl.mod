COMMENT
A GABA_A synapse carrying Cl- only, with the library's bi-exponential time course (Channels/SynapticKinetics.cs,
BiExponential): g(t) = weight * f * (exp(-t/tau2) - exp(-t/tau1)) after each event, f setting the peak to weight
(Roth and van Rossum 2009, eqs. 6.3-6.5), events superposing linearly; icl = g (v - ecl) with ecl the Nernst
potential of the compartment's own Cl- (clpool.mod). The library's synapse is a conductance density on each
compartment; here one point process per compartment, its NetCon weight the density times the segment's area.
ENDCOMMENT

NEURON {
    POINT_PROCESS GabaCl
    USEION cl READ ecl WRITE icl VALENCE -1
    RANGE tau1, tau2, g
}

UNITS {
    (nA) = (nanoamp)
    (mV) = (millivolt)
    (uS) = (microsiemens)
}

PARAMETER {
    tau1 = 0.5 (ms)   : rise
    tau2 = 10 (ms)    : decay
}

ASSIGNED {
    v (mV)
    ecl (mV)
    icl (nA)
    g (uS)
    factor
}

STATE {
    A (uS)
    B (uS)
}

INITIAL {
    LOCAL tp
    A = 0
    B = 0
    tp = (tau1 * tau2) / (tau2 - tau1) * log(tau2 / tau1)
    factor = 1 / (exp(-tp / tau2) - exp(-tp / tau1))
}

BREAKPOINT {
    SOLVE state METHOD cnexp
    g = B - A
    icl = g * (v - ecl)
}

DERIVATIVE state {
    A' = -A / tau1
    B' = -B / tau2
}

NET_RECEIVE(weight (uS)) {
    A = A + weight * factor
    B = B + weight * factor
}
