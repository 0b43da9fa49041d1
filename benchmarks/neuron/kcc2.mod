COMMENT
KCC2 driven by its free energy, the twin of the library's FreeEnergyKinetics.Kcc2 (Dynamics/FreeEnergyKinetics.cs):
one cycle carries 1 K+ and 1 Cl- out, at the rate J = -U dG/RT = U ln([K]i [Cl]i / ([K]o [Cl]o)) (mol/(m2 s),
outward; Doyon et al. 2011, PLoS Comput. Biol. 7, e1002149). Electroneutral: it writes ik = F J and icl = -F J,
which cancel in the membrane equation; icl feeds the Cl- pool (clpool.mod).

[K+]i is this mechanism's own state, kin, moved by KCC2 alone, with [K+]o a parameter, kout. NEURON's k ion is left
alone on purpose: a mechanism that reads ki or ko makes NEURON recompute ek from the concentrations every step, and a
pool of ki would also collect hh's ik, whereas the library's HH K+ channel keeps its fixed E_K = -77 mV and moves no
K+ (only the transporter moves the compartment's K+ pool). The pool's volume per area is that of a cylinder,
diam/4, as the library's CableTree sizes a compartment's pools: d[K]i/dt = -J * 4/diam.
ENDCOMMENT

NEURON {
    SUFFIX kcc2
    USEION k WRITE ik
    USEION cl READ cli, clo WRITE icl VALENCE -1
    RANGE U, kin, kin0, kout, J
}

UNITS {
    (mA) = (milliamp)
    (mM) = (milli/liter)
    (um) = (micron)
    (mol) = (1)    : moles as plain numbers, so that mol/m3 = mM and modlunit checks the factors below
    FARADAY = (faraday) (coulomb)
}

PARAMETER {
    U = 1e-8 (mol/m2-s)  : the cycle rate per unit of -dG/RT
    kout = 4 (mM)
    kin0 = 140 (mM)
}

ASSIGNED {
    diam (um)
    cli (mM)
    clo (mM)
    ik (mA/cm2)
    icl (mA/cm2)
    J (mol/m2-s)   : outward
}

STATE {
    kin (mM)
}

INITIAL {
    kin = kin0
}

BREAKPOINT {
    SOLVE pool METHOD cnexp
    J = U * log(kin * cli / (kout * clo))
    : 1 A/m2 = 0.1 mA/cm2
    ik = (0.1) * FARADAY * J
    icl = -(0.1) * FARADAY * J
}

DERIVATIVE pool {
    : J of this step's start (BREAKPOINT), as the library's step takes the rate at the old concentrations: an explicit
    : Euler step. mol/(m2 s) * (4/diam) (1/um) = 4e6 J/diam mol/(m3 s) = 4e3 J/diam mM/ms
    kin' = -(1e3) * 4 * J / diam
}
