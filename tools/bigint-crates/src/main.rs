//! Measures the big-int crates pylift could use for Python's int on the workloads issue #3
//! names: a chain of operations on small big ints (a few limbs, the common case), the pidigits
//! spigot (examples/bench/pidigits.py's multiplications and divisions of growing numbers), and
//! decimal conversion of a 100,000-digit number both ways. Each line is the median of 5 runs;
//! `check` must agree across crates.
use std::time::Instant;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[v.len() / 2]
}

fn time<F: FnMut() -> u64>(name: &str, what: &str, mut f: F) {
    let mut samples = Vec::new();
    let mut check = 0;
    for _ in 0..5 {
        let t = Instant::now();
        check = f();
        samples.push(t.elapsed().as_secs_f64() * 1e3);
    }
    println!(
        "{what:<28} {name:<12} {:>9.2} ms  (check {check})",
        median(samples)
    );
}

mod num {
    use num_bigint::BigInt;
    use num_integer::Integer;
    use num_traits::{One, ToPrimitive, Zero};
    pub fn pidigits(n: usize) -> u64 {
        let (mut q, mut r, mut t, mut k) = (BigInt::one(), BigInt::zero(), BigInt::one(), 1u32);
        let mut sum = 0u64;
        let mut i = 0;
        while i < n {
            let k2 = 2 * k + 1;
            r = (&q * 2u32 + &r) * k2;
            q *= k;
            t *= k2;
            k += 1;
            if q > r {
                continue;
            }
            let (d, rem) = (&q * 3u32 + &r).div_rem(&t);
            if (rem + &q) < t {
                let d = d.to_u64().unwrap();
                sum += d;
                i += 1;
                r = (r - &t * d) * 10u32;
                q *= 10u32;
            }
        }
        sum
    }
    pub fn modchain(n: u32) -> u64 {
        let m: BigInt = (BigInt::one() << 107u32) - 1u32;
        let mut x = BigInt::from(0x1234_5678_9abc_def1u64) << 20u32;
        for i in 0..n {
            x = (&x * &x + i) % &m;
        }
        (x % BigInt::from(u64::MAX)).to_u64().unwrap()
    }
    pub fn big() -> BigInt {
        BigInt::from(7u32).pow(118_000)
    }
    pub fn to_str(x: &BigInt) -> String {
        x.to_string()
    }
    pub fn parse(s: &str) -> BigInt {
        s.parse().unwrap()
    }
}

mod mala {
    use malachite_base::num::arithmetic::traits::{DivRem, Pow};
    use malachite_base::num::conversion::traits::FromStringBase;
    use malachite_nz::integer::Integer;
    pub fn pidigits(n: usize) -> u64 {
        let (mut q, mut r, mut t, mut k) =
            (Integer::from(1), Integer::from(0), Integer::from(1), 1u32);
        let mut sum = 0u64;
        let mut i = 0;
        while i < n {
            let k2 = 2 * k + 1;
            r = (&q * Integer::from(2) + &r) * Integer::from(k2);
            q *= Integer::from(k);
            t *= Integer::from(k2);
            k += 1;
            if q > r {
                continue;
            }
            let (d, rem) = (&q * Integer::from(3) + &r).div_rem(&t);
            if (rem + &q) < t {
                let dd = u64::try_from(&d).unwrap();
                sum += dd;
                i += 1;
                r = (r - &t * d) * Integer::from(10);
                q *= Integer::from(10);
            }
        }
        sum
    }
    pub fn modchain(n: u32) -> u64 {
        let m: Integer = (Integer::from(1) << 107u32) - Integer::from(1);
        let mut x = Integer::from(0x1234_5678_9abc_def1u64) << 20u32;
        for i in 0..n {
            x = (&x * &x + Integer::from(i)) % &m;
        }
        u64::try_from(&(x % Integer::from(u64::MAX))).unwrap_or(0)
    }
    pub fn big() -> Integer {
        Integer::from(7).pow(118_000u64)
    }
    pub fn to_str(x: &Integer) -> String {
        x.to_string()
    }
    pub fn parse(s: &str) -> Integer {
        Integer::from_string_base(10, s).unwrap()
    }
}

mod dashu {
    use dashu_int::IBig;
    pub fn pidigits(n: usize) -> u64 {
        let (mut q, mut r, mut t, mut k) = (IBig::ONE, IBig::ZERO, IBig::ONE, 1u32);
        let mut sum = 0u64;
        let mut i = 0;
        while i < n {
            let k2 = 2 * k + 1;
            r = (&q * 2 + &r) * k2;
            q *= k;
            t *= k2;
            k += 1;
            if q > r {
                continue;
            }
            let (d, rem): (IBig, IBig) = dashu_int::ops::DivRem::div_rem(&q * 3 + &r, &t);
            if (rem + &q) < t {
                let dd: u64 = (&d).try_into().unwrap();
                sum += dd;
                i += 1;
                r = (r - &t * d) * 10;
                q *= 10;
            }
        }
        sum
    }
    pub fn modchain(n: u32) -> u64 {
        let m: IBig = (IBig::ONE << 107) - 1;
        let mut x = IBig::from(0x1234_5678_9abc_def1u64) << 20;
        for i in 0..n {
            x = (&x * &x + i) % &m;
        }
        let r: u64 = (&(x % IBig::from(u64::MAX))).try_into().unwrap_or(0);
        r
    }
    pub fn big() -> IBig {
        IBig::from(7u32).pow(118_000)
    }
    pub fn to_str(x: &IBig) -> String {
        x.to_string()
    }
    pub fn parse(s: &str) -> IBig {
        IBig::from_str_radix(s, 10).unwrap()
    }
}

fn main() {
    time("num-bigint", "(x*x+i) % (2**107-1), 1M", || {
        num::modchain(1_000_000)
    });
    time("malachite", "(x*x+i) % (2**107-1), 1M", || {
        mala::modchain(1_000_000)
    });
    time("dashu", "(x*x+i) % (2**107-1), 1M", || {
        dashu::modchain(1_000_000)
    });
    time("num-bigint", "pidigits(5000)", || num::pidigits(5000));
    time("malachite", "pidigits(5000)", || mala::pidigits(5000));
    time("dashu", "pidigits(5000)", || dashu::pidigits(5000));
    let (a, b, c) = (num::big(), mala::big(), dashu::big());
    let s = num::to_str(&a);
    assert_eq!(s.len(), 99_722); // 7**118000, the 100,000-digit class
    assert_eq!(s, mala::to_str(&b));
    assert_eq!(s, dashu::to_str(&c));
    time("num-bigint", "str() of 99,722 digits", || {
        num::to_str(&a).len() as u64
    });
    time("malachite", "str() of 99,722 digits", || {
        mala::to_str(&b).len() as u64
    });
    time("dashu", "str() of 99,722 digits", || {
        dashu::to_str(&c).len() as u64
    });
    time("num-bigint", "int() of 99,722 digits", || {
        num::parse(&s).bits()
    });
    time("malachite", "int() of 99,722 digits", || {
        use malachite_base::num::logic::traits::SignificantBits;
        mala::parse(&s).significant_bits()
    });
    time("dashu", "int() of 99,722 digits", || {
        use dashu_int::ops::BitTest;
        dashu::parse(&s).bit_len() as u64
    });
}
