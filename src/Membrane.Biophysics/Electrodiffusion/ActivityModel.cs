namespace Membrane.Biophysics.Electrodiffusion;

/// <summary>A model of single-ion activity coefficients in dilute aqueous solution (log₁₀ γ_i with I in mol/L).</summary>
public enum ActivityModel
{
    /// <summary>Ideal solution: γ = 1.</summary>
    Ideal,

    /// <summary>
    /// The Debye–Hückel limiting law, log γ_i = −A z_i² √I (Debye and Hückel 1923): exact as I → 0; 1 % off by
    /// I ≈ 0.003 M for a 2:1 salt.
    /// </summary>
    DebyeHuckelLimiting,

    /// <summary>
    /// The extended Debye–Hückel law, log γ_i = −A z_i² √I / (1 + B å √I), with an ion-size parameter å supplied by the
    /// caller (Robinson and Stokes 1959, ch. 9).
    /// </summary>
    DebyeHuckelExtended,

    /// <summary>
    /// Davies's equation, log γ_i = −A z_i² (√I/(1 + √I) − 0.3 I) (Davies, C. W. (1962) <i>Ion Association</i>,
    /// Butterworths): no ion-size parameter; within about 1–2 % of measured mean activity coefficients up to
    /// I ≈ 0.1 M, worse above.
    /// </summary>
    Davies,
}
