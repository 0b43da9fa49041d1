#!/usr/bin/env python3
"""Derived checks for tests/reference/LITERATURE.md (no third-party packages needed).

    python3 tests/reference/literature_check.py > tests/reference/literature_values.json

Every *input* number below is transcribed from the source named next to it (see LITERATURE.md for the
full citations / URLs).  Everything else in the JSON output is *computed* here:
  * F = e*N_A and R = k*N_A with exact decimal arithmetic (SI 2019 / CODATA 2018 exact constants)
  * D = R*T*lambda_eq / (|z| * F^2) consistency between tabulated lambda and tabulated D (25 degC)
  * D implied by Barry & Lynch (JPCalc) relative mobilities:  D_i = u_rel * D_K
  * Nernst potentials for the textbook tables, with the same mV-per-decade rounding the table used
  * Donnan equilibrium instances of the closed-form solution x = b^2/(a+2b) (Shaw, Fig. 2.11)
"""
import json
import math
import sys
from decimal import Decimal, getcontext

getcontext().prec = 50

# ---------------------------------------------------------------------------------------------
# (a) constants
E_EXACT = Decimal("1.602176634e-19")   # C, exact (SI 2019)
NA_EXACT = Decimal("6.02214076e23")    # 1/mol, exact
K_EXACT = Decimal("1.380649e-23")      # J/K, exact
F_EXACT = E_EXACT * NA_EXACT
R_EXACT = K_EXACT * NA_EXACT

CODATA2014 = {  # Mohr, Newell, Taylor, Rev. Mod. Phys. 88, 035009 (2016); value, standard uncertainty
    "e": ("1.6021766208e-19", "0.0000000098e-19", "C"),
    "N_A": ("6.022140857e23", "0.000000074e23", "mol^-1"),
    "k": ("1.38064852e-23", "0.00000079e-23", "J K^-1"),
    "F": ("96485.33289", "0.00059", "C mol^-1"),
    "R": ("8.3144598", "0.0000048", "J mol^-1 K^-1"),
}
c14 = {k: Decimal(v[0]) for k, v in CODATA2014.items()}

F = float(F_EXACT)
R = float(R_EXACT)

# ---------------------------------------------------------------------------------------------
# (c) transport data.  Units: lambda_eq in 1e-4 m^2 S mol^-1 (= S cm^2 mol^-1) PER UNIT CHARGE
# ("1/2 Ca2+" convention); D in 1e-9 m^2/s (= 1e-5 cm^2/s).
# CRC D: CRC Handbook of Chemistry and Physics 92nd ed., pp. 5-77..5-79 (Vanysek), as transcribed in
#        KingsburyLab/pyEQL src/pyEQL/database/diffusion_coefficient.tsv
# CRC lambda: same CRC table; only the cation rows visible in the retrieved excerpt (scribd copy of the
#        "Ionic conductivity and diffusion at infinite dilution" page) are filled, others None.
# Lange lambda: Lange's Handbook of Chemistry 15th ed. Table 8.32, as transcribed in swharden/LJPcalc
#        src/IonTable.md / IonTable.csv.
# Barry u_rel: relative (generalised) mobility vs K+, UNSW "Ionic Mobility Tables" for JPCalc
#        (Table 1 = Barry & Lynch 1991; Table 2 = less common ions), as transcribed in LJPcalc IonTable.md.
IONS = [
    # name,     z,  D_CRC,  lam_CRC, lam_Lange, u_rel_Barry
    ("Na+",      1, 1.334,  None,    50.11,  0.682),
    ("K+",       1, 1.957,  73.48,   73.5,   1.0),
    ("Cl-",     -1, 2.032,  None,    76.31,  1.0382),
    ("Ca2+",     2, 0.792,  59.47,   59.5,   None),
    ("Mg2+",     2, 0.706,  53.0,    53.06,  0.361),
    ("H+",       1, 9.311,  349.65,  350.1,  4.757),
    ("HCO3-",   -1, 1.185,  None,    44.5,   0.605),
    ("Li+",      1, 1.029,  38.66,   38.69,  0.526),
    ("Cs+",      1, 2.056,  77.2,    77.3,   1.05),
    ("NH4+",     1, 1.957,  73.5,    73.7,   1.001),
    ("SO4 2-",  -2, 1.065,  None,    80.0,   0.544),
    ("F-",      -1, 1.475,  None,    55.4,   0.753),
    ("Br-",     -1, 2.080,  None,    78.1,   1.063),
    ("acetate-", -1, 1.089, None,    41.0,   0.556),
    ("NO3-",    -1, 1.902,  None,    71.42,  0.972),
    ("gluconate-", -1, None, None,   None,   0.33),
    ("HEPES-",  -1, None,   None,    None,   0.30),
]
T25 = 298.15


def d_from_lambda(lam_eq, z, T=T25):
    """lam_eq in S cm^2/mol per unit charge -> D in 1e-9 m^2/s."""
    return R * T * (lam_eq * 1e-4) / (abs(z) * F * F) * 1e9


def lambda_from_d(d, z, T=T25):
    return d * 1e-9 * abs(z) * F * F / (R * T) * 1e4


transport = []
D_K = 1.957
for name, z, d, lam_crc, lam_lange, u in IONS:
    row = {"ion": name, "z": z, "D_CRC_1e-9_m2_per_s": d, "lambda_eq_CRC": lam_crc,
           "lambda_eq_Lange": lam_lange, "u_rel_Barry": u}
    if lam_crc is not None:
        row["D_from_lambda_CRC"] = d_from_lambda(lam_crc, z)
        row["rel_diff_D_CRC_vs_lambda_CRC"] = (d - row["D_from_lambda_CRC"]) / d
    if lam_lange is not None:
        row["D_from_lambda_Lange"] = d_from_lambda(lam_lange, z)
        if d is not None:
            row["rel_diff_D_CRC_vs_lambda_Lange"] = (d - row["D_from_lambda_Lange"]) / d
    if d is not None:
        row["lambda_eq_from_D_CRC"] = lambda_from_d(d, z)
        row["lambda_molar_from_D_CRC"] = lambda_from_d(d, z) * abs(z)  # per mole of ion
    if u is not None:
        row["D_from_Barry_u_rel_times_D_K"] = u * D_K
        if d is not None:
            row["rel_diff_D_CRC_vs_Barry"] = (d - u * D_K) / d
    transport.append(row)

# ---------------------------------------------------------------------------------------------
# (d) textbook Nernst tables.  Source of inputs and printed E: Johnston & Wu "Foundations of Cellular
# Neurophysiology" Table 2.1 as reproduced (with the mV/decade factor used) in J. Vegh, "Dynamic Abstract
# Neural Computing" manual, sec. 3.6, Table 3.1.  E printed as (factor)*log10(co/ci) (sign for anions).
TEXTBOOK = [
    # set, T_K, factor_mV_per_decade(z=1), ion, z, ci_mM, co_mM, E_printed_mV
    ("squid axon", 293.0, 58.0, "K+", 1, 400.0, 20.0, -75.5),
    ("squid axon", 293.0, 58.0, "Na+", 1, 50.0, 440.0, 54.8),
    ("squid axon", 293.0, 58.0, "Cl-", -1, 40.0, 560.0, -66.5),
    ("frog muscle (Conway)", 293.0, 58.0, "K+", 1, 124.0, 2.25, -101.0),
    ("frog muscle (Conway)", 293.0, 58.0, "Na+", 1, 10.4, 109.0, 59.2),
    ("frog muscle (Conway)", 293.0, 58.0, "Cl-", -1, 1.5, 77.5, -99.4),
    ("mammalian cell", 310.0, 62.0, "K+", 1, 140.0, 5.0, -89.7),
    ("mammalian cell", 310.0, 62.0, "Na+", 1, 15.0, 145.0, 61.1),
    ("mammalian cell", 310.0, 62.0, "Cl-", -1, 4.0, 110.0, -89.2),
    ("Na only", 310.0, 62.0, "Na+", 1, 12.0, 145.0, 66.6),
]
textbook = []
for tset, T, fac, ion, z, ci, co, e_pub in TEXTBOOK:
    e_table_rule = fac / z * math.log10(co / ci)
    e_exact_T = 1000 * R * T / (z * F) * math.log(co / ci)
    textbook.append({
        "set": tset, "ion": ion, "z": z, "ci_mM": ci, "co_mM": co, "T_K": T,
        "mV_per_decade_used_by_table": fac, "E_published_mV": e_pub,
        "E_table_rule_recomputed_mV": e_table_rule,
        "E_exact_constants_at_T_mV": e_exact_T,
        "E_exact_constants_at_T_plus_0.15_mV": 1000 * R * (T + 0.15) / (z * F) * math.log(co / ci),
        "abs_diff_published_vs_exact_mV": abs(e_pub - e_exact_T),
    })

# ---------------------------------------------------------------------------------------------
# (e) Donnan: compartment 1 = Na+Pr- at a (Pr- impermeant, z=-1), compartment 2 = NaCl at b, equal volumes.
# Shaw (Introduction to Colloid and Surface Chemistry, ch. 2, Fig. 2.11): x = b^2/(a+2b) moles/L of NaCl
# move 2 -> 1; excess diffusible ion concentration in 1 = a^2/(a+2b).
donnan = []
for a, b in [(100.0, 100.0), (10.0, 100.0), (100.0, 10.0), (50.0, 150.0)]:
    x = b * b / (a + 2 * b)
    na1, cl1, na2, cl2 = a + x, x, b - x, b - x
    r = na1 / na2
    rec = {"a_mM_NaPr_side1": a, "b_mM_NaCl_side2": b, "x_mM": x,
           "side1": {"Na": na1, "Cl": cl1, "Pr": a}, "side2": {"Na": na2, "Cl": cl2},
           "donnan_ratio_Na1_over_Na2": r, "check_Cl2_over_Cl1": cl2 / cl1,
           "product_check_Na1Cl1_minus_Na2Cl2": na1 * cl1 - na2 * cl2,
           "excess_diffusible_side1_mM": (na1 + cl1) - (na2 + cl2),
           "excess_formula_a2_over_a_plus_2b": a * a / (a + 2 * b)}
    for tc in (25.0, 37.0):
        # potential of side 1 relative to side 2 (side with impermeant anion is negative)
        rec["V1_minus_V2_mV_at_%gC" % tc] = -1000 * R * (tc + 273.15) / F * math.log(r)
    donnan.append(rec)

out = {
    "generator": "tests/reference/literature_check.py",
    "constants": {
        "SI2019_exact": {
            "e_C": str(E_EXACT), "N_A_per_mol": str(NA_EXACT), "k_J_per_K": str(K_EXACT),
            "F_C_per_mol_exact_decimal": str(F_EXACT), "R_J_per_mol_K_exact_decimal": str(R_EXACT),
            "F_as_double": F, "R_as_double": R,
            "F_over_R": str(F_EXACT / R_EXACT),
            "RT_over_F_mV_at": {str(t): float(Decimal(1000) * R_EXACT * Decimal(str(t + 273.15)) / F_EXACT)
                                for t in (6.3, 20.0, 22.0, 25.0, 37.0)},
        },
        "CODATA2014": {k: {"value": v[0], "u": v[1], "unit": v[2]} for k, v in CODATA2014.items()},
        "CODATA2014_consistency": {
            "e_times_NA": str(c14["e"] * c14["N_A"]),
            "k_times_NA": str(c14["k"] * c14["N_A"]),
        },
        "legacy_NEURON": {
            "hoc_FARADAY": 96485.309, "hoc_R": 8.31441,
            "eion_nernst_ghk_FARADAY": 96485.309, "eion_nernst_ghk_R": 8.3134,
            "nrnunits_lib_legacy": {"faraday": "9.6485309+4 coul", "mole": "6.022169+23",
                                     "e": "1.6021917-19 coul", "boltzmann": "1.38064852-23 joule/K",
                                     "gasconstant": "8.3144598 joule/K"},
        },
    },
    "transport_25C": transport,
    "textbook_nernst": textbook,
    "donnan": donnan,
}
json.dump(out, sys.stdout, indent=1)
sys.stdout.write("\n")
