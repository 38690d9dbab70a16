//! `math.gamma` and `math.lgamma`.
//!
//! CPython 3.8 does not use the C library here but its own Lanczos approximation (with the
//! parameters of the Boost library: N = 13, g ≈ 6.0247), so pylift evaluates the same formulas
//! in the same order to print the same floats.

// The coefficients are written with all the digits they are published with; the compiler rounds
// each to the nearest f64, which is what CPython's C compiler does too.
#![allow(clippy::excessive_precision)]

use std::f64::consts::PI;

use super::libm;
use super::math::{MathError, MathResult};

const LANCZOS_G: f64 = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524680040776729583740234375;

/// Numerator and denominator coefficients of the Lanczos sum, lowest degree first.
const LANCZOS_NUMERATOR: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DENOMINATOR: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];

/// gamma(n) = (n-1)! exactly, for n = 1..=23.
const GAMMA_OF_INTEGERS: [f64; 23] = [
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
];

/// ln(pi).
const LOG_PI: f64 = 1.144729885849400174143427351353058711647;

/// The rational function of the Lanczos approximation, for x > 0. For large x it is evaluated
/// as a function of 1/x, which avoids overflow and loses less accuracy.
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUMERATOR[i];
            den = den * x + LANCZOS_DENOMINATOR[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUMERATOR[i];
            den = den / x + LANCZOS_DENOMINATOR[i];
        }
    }
    num / den
}

/// sin(pi * x) for finite x, exact at integers and half-integers.
fn sin_pi(x: f64) -> f64 {
    let y = libm::fmod(x.abs(), 2.0);
    let r = match (2.0 * y).round() as i32 {
        0 => libm::sin(PI * y),
        1 => libm::cos(PI * (y - 0.5)),
        // Not -sin(pi*(y-1)), which would give -0.0 at y == 1.
        2 => libm::sin(PI * (1.0 - y)),
        3 => -libm::cos(PI * (y - 1.5)),
        _ => libm::sin(PI * (y - 2.0)),
    };
    1f64.copysign(x) * r
}

fn is_integer(x: f64) -> bool {
    x == x.floor()
}

pub fn tgamma(x: f64) -> MathResult {
    if !x.is_finite() {
        // gamma(nan) = nan, gamma(inf) = inf, gamma(-inf) is invalid.
        return if x.is_nan() || x > 0.0 {
            Ok(x)
        } else {
            Err(MathError::Domain)
        };
    }
    if x == 0.0 {
        return Err(MathError::Domain); // a pole
    }
    if is_integer(x) {
        if x < 0.0 {
            return Err(MathError::Domain);
        }
        if x <= GAMMA_OF_INTEGERS.len() as f64 {
            return Ok(GAMMA_OF_INTEGERS[x as usize - 1]);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        // gamma(x) ~ 1/x near 0.
        return overflow_checked(1.0 / x);
    }
    if absx > 200.0 {
        // Past 200 the result overflows, or underflows to zero for negative x.
        return if x < 0.0 {
            Ok(0.0 / sin_pi(x))
        } else {
            Err(MathError::Range)
        };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // z is the rounding error of the sum y, computed so the subtraction is exact.
    let z = if absx > LANCZOS_G_MINUS_HALF {
        (y - absx) - LANCZOS_G_MINUS_HALF
    } else {
        (y - LANCZOS_G_MINUS_HALF) - absx
    };
    let z = z * LANCZOS_G / y;
    let r = if x < 0.0 {
        let mut r = -PI / sin_pi(absx) / absx * libm::exp(y) / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r / libm::pow(y, absx - 0.5)
        } else {
            // y**(absx - 0.5) would overflow although the quotient does not.
            let sqrt_pow = libm::pow(y, absx / 2.0 - 0.25);
            r / sqrt_pow / sqrt_pow
        }
    } else {
        let mut r = lanczos_sum(absx) / libm::exp(y);
        r += z * r;
        if absx < 140.0 {
            r * libm::pow(y, absx - 0.5)
        } else {
            let sqrt_pow = libm::pow(y, absx / 2.0 - 0.25);
            r * sqrt_pow * sqrt_pow
        }
    };
    overflow_checked(r)
}

pub fn lgamma(x: f64) -> MathResult {
    if !x.is_finite() {
        // lgamma(nan) = nan, lgamma(±inf) = inf.
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if is_integer(x) && x <= 2.0 {
        // Poles at 0, -1, -2...; lgamma(1) = lgamma(2) = 0.
        return if x <= 0.0 {
            Err(MathError::Domain)
        } else {
            Ok(0.0)
        };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-libm::log(absx));
    }
    let mut r = libm::log(lanczos_sum(absx)) - LANCZOS_G;
    r += (absx - 0.5) * (libm::log(absx + LANCZOS_G - 0.5) - 1.0);
    if x < 0.0 {
        // The reflection formula.
        r = LOG_PI - libm::log(sin_pi(absx).abs()) - libm::log(absx) - r;
    }
    overflow_checked(r)
}

fn overflow_checked(r: f64) -> MathResult {
    if r.is_infinite() {
        Err(MathError::Range)
    } else {
        Ok(r)
    }
}
