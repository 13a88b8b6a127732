// det_math.h — deterministic elementary functions for the durability model.
//
// Purpose: libm's exp/log/pow may differ in the last bit between glibc and Emscripten's libc, and
// the durability results must be bit-identical natively and in WebAssembly. These functions use
// only IEEE-754 basic operations (+ - * / sqrt, correctly rounded everywhere) and the exact
// scaling functions frexp/ldexp, so every platform computes the same bits.
// Invariants: det_log(x) requires x > 0 and finite; det_exp saturates outside ±700; accuracy is
// a few ulp (ample for a model whose parameters are known to ±30%). Compile with
// -ffp-contract=off (the engine target does) so no FMA changes the rounding.
#pragma once

#include <cmath>

namespace armistice::durability {

inline constexpr double kLn2 = 0.693147180559945309417232121458;

// Natural logarithm; x > 0.
inline double det_log(double x) {
    int e = 0;
    double m = std::frexp(x, &e);  // x = m * 2^e, m in [0.5, 1)  (exact)
    if (m < 0.70710678118654752440) {
        m = m * 2.0;
        e -= 1;
    }
    // log(m) = 2 atanh(z), z = (m-1)/(m+1), |z| <= 0.1716
    const double z = (m - 1.0) / (m + 1.0);
    const double z2 = z * z;
    double s = 1.0 / 19.0;
    s = s * z2 + 1.0 / 17.0;
    s = s * z2 + 1.0 / 15.0;
    s = s * z2 + 1.0 / 13.0;
    s = s * z2 + 1.0 / 11.0;
    s = s * z2 + 1.0 / 9.0;
    s = s * z2 + 1.0 / 7.0;
    s = s * z2 + 1.0 / 5.0;
    s = s * z2 + 1.0 / 3.0;
    s = s * z2 + 1.0;
    return 2.0 * z * s + static_cast<double>(e) * kLn2;
}

// e^x, saturating to 0 / huge outside [-700, 700].
inline double det_exp(double x) {
    if (x < -700.0) return 0.0;
    if (x > 700.0) x = 700.0;
    const double nd = std::floor(x / kLn2 + 0.5);
    const double r = x - nd * kLn2;  // |r| <= ~0.347
    // Taylor series to r^16 (error < 1e-17 relative on this range).
    double t = 1.0 / 20922789888000.0;  // 1/16!
    t = t * r + 1.0 / 1307674368000.0;
    t = t * r + 1.0 / 87178291200.0;
    t = t * r + 1.0 / 6227020800.0;
    t = t * r + 1.0 / 479001600.0;
    t = t * r + 1.0 / 39916800.0;
    t = t * r + 1.0 / 3628800.0;
    t = t * r + 1.0 / 362880.0;
    t = t * r + 1.0 / 40320.0;
    t = t * r + 1.0 / 5040.0;
    t = t * r + 1.0 / 720.0;
    t = t * r + 1.0 / 120.0;
    t = t * r + 1.0 / 24.0;
    t = t * r + 1.0 / 6.0;
    t = t * r + 0.5;
    t = t * r + 1.0;
    t = t * r + 1.0;
    return std::ldexp(t, static_cast<int>(nd));
}

// x^y for x > 0.
inline double det_pow(double x, double y) {
    if (y == 0.0) return 1.0;
    if (y == 1.0) return x;
    return det_exp(y * det_log(x));
}

inline double clamp(double x, double lo, double hi) { return x < lo ? lo : (x > hi ? hi : x); }

}  // namespace armistice::durability
