COMMENT
The Cl- pool of a compartment: every Cl- current at the node (GabaCl, kcc2) moves [Cl-]i, with the volume per membrane
area of a cylinder, diam/4, as the library's CableTree sizes a compartment's pools (area pi d dx, volume pi d^2 dx/4).
No longitudinal diffusion (the library's tree has none). [Cl-]o stays at clo0_cl_ion (a bath). NEURON recomputes ecl
from cli and clo every step because this mechanism writes cli.
    d[Cl]i/dt = -icl (4/diam) / (z F),  z = -1
ENDCOMMENT

NEURON {
    SUFFIX clpool
    USEION cl READ icl WRITE cli VALENCE -1
}

UNITS {
    (mA) = (milliamp)
    (mM) = (milli/liter)
    (um) = (micron)
    FARADAY = (faraday) (coulomb)
}

ASSIGNED {
    diam (um)
    icl (mA/cm2)
}

STATE {
    cli (mM)
}

BREAKPOINT {
    SOLVE pool METHOD cnexp
}

DERIVATIVE pool {
    : mA/cm2 = 10 A/m2; 4/diam (1/um) = 4e6/diam (1/m); mol/(m3 s) = mM/s = 1e-3 mM/ms: 4e4 icl/(z F diam) mM/ms
    cli' = -(1e4) * 4 * icl / (-FARADAY * diam)
}
