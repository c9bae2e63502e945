//! A fixed-size unsigned big integer, just large enough for exact float-to-decimal conversion.
//!
//! The widest intermediate value appears when formatting the smallest subnormal `f64`
//! (`2^-1074`): the scale `2^1077 * 10^k` and the digit multiples of it need a little over
//! 1140 bits. Forty 32-bit limbs (1280 bits) leave room for that. Limbs are little-endian.
//!
//! Invariant: every limb at an index `>= size` is zero. `size` need not be minimal
//! (a limb below `size` may be zero); comparisons scan from the larger of the two sizes.

/// Number of 32-bit limbs in a [`Big`].
pub const LIMBS: usize = 40;

/// An unsigned integer of up to `32 * LIMBS` bits. Overflow panics (index out of bounds).
pub struct Big {
    /// Number of limbs that may be non-zero.
    pub size: usize,
    /// Little-endian limbs.
    pub limbs: [u32; LIMBS],
}

impl Big {
    /// The value `v`.
    pub fn from_u64(v: u64) -> Big {
        let mut b = Big { size: 0, limbs: [0u32; LIMBS] };
        b.limbs[0] = v as u32;
        b.limbs[1] = (v >> 32) as u32;
        if b.limbs[1] != 0 {
            b.size = 2;
        } else if b.limbs[0] != 0 {
            b.size = 1;
        }
        b
    }

    /// An independent copy of this value.
    pub fn copy(&self) -> Big {
        Big { size: self.size, limbs: self.limbs }
    }

    /// Whether the value is zero.
    pub fn is_zero(&self) -> bool {
        let mut i = 0;
        while i < self.size {
            if self.limbs[i] != 0 {
                return false;
            }
            i += 1;
        }
        true
    }

    /// Three-way comparison: -1 if `self < other`, 0 if equal, 1 if greater.
    pub fn cmp(&self, other: &Big) -> i32 {
        let mut i = if self.size > other.size { self.size } else { other.size };
        while i > 0 {
            i -= 1;
            let a = self.limbs[i];
            let b = other.limbs[i];
            if a != b {
                return if a < b { -1 } else { 1 };
            }
        }
        0
    }

    /// `self += other`.
    pub fn add(&mut self, other: &Big) {
        let n = if self.size > other.size { self.size } else { other.size };
        let mut carry: u64 = 0;
        let mut i = 0;
        while i < n {
            let s = self.limbs[i] as u64 + other.limbs[i] as u64 + carry;
            self.limbs[i] = s as u32;
            carry = s >> 32;
            i += 1;
        }
        if carry != 0 {
            self.limbs[n] = carry as u32;
            self.size = n + 1;
        } else {
            self.size = n;
        }
    }

    /// `self -= other`; requires `self >= other`.
    pub fn sub(&mut self, other: &Big) {
        let n = if self.size > other.size { self.size } else { other.size };
        let mut borrow: u64 = 0;
        let mut i = 0;
        while i < n {
            let a = self.limbs[i] as u64;
            let b = other.limbs[i] as u64 + borrow;
            if a >= b {
                self.limbs[i] = (a - b) as u32;
                borrow = 0;
            } else {
                self.limbs[i] = ((a + 0x1_0000_0000) - b) as u32;
                borrow = 1;
            }
            i += 1;
        }
        if borrow != 0 {
            panic!("Big::sub underflow");
        }
        let mut s = n;
        while s > 0 && self.limbs[s - 1] == 0 {
            s -= 1;
        }
        self.size = s;
    }

    /// `self *= m`.
    pub fn mul_small(&mut self, m: u32) {
        let mut carry: u64 = 0;
        let mut i = 0;
        while i < self.size {
            let p = self.limbs[i] as u64 * m as u64 + carry;
            self.limbs[i] = p as u32;
            carry = p >> 32;
            i += 1;
        }
        if carry != 0 {
            self.limbs[self.size] = carry as u32;
            self.size += 1;
        }
    }

    /// `self *= 2^n`.
    pub fn mul_pow2(&mut self, n: usize) {
        if self.size == 0 {
            return;
        }
        let words = n / 32;
        let bits = n % 32;
        // Move whole limbs up, highest first.
        if words > 0 {
            let mut i = self.size;
            while i > 0 {
                i -= 1;
                self.limbs[i + words] = self.limbs[i];
            }
            let mut j = 0;
            while j < words {
                self.limbs[j] = 0;
                j += 1;
            }
            self.size += words;
        }
        if bits > 0 {
            let top = self.limbs[self.size - 1] >> (32 - bits);
            let mut i = self.size - 1;
            while i > words {
                self.limbs[i] = (self.limbs[i] << bits) | (self.limbs[i - 1] >> (32 - bits));
                i -= 1;
            }
            self.limbs[words] = self.limbs[words] << bits;
            if top != 0 {
                self.limbs[self.size] = top;
                self.size += 1;
            }
        }
    }

    /// `self *= 10^n`, as `5^n` in word-sized steps followed by `2^n`.
    pub fn mul_pow10(&mut self, n: usize) {
        // 5^13 is the largest power of five below 2^32.
        let mut left = n;
        while left >= 13 {
            self.mul_small(1220703125);
            left -= 13;
        }
        let mut p: u32 = 1;
        while left > 0 {
            p *= 5;
            left -= 1;
        }
        if p != 1 {
            self.mul_small(p);
        }
        self.mul_pow2(n);
    }

    /// `self /= m` (truncating); returns the remainder. Requires `m > 0`.
    pub fn div_rem_small(&mut self, m: u32) -> u32 {
        let mut rem: u64 = 0;
        let mut i = self.size;
        while i > 0 {
            i -= 1;
            let cur = (rem << 32) | self.limbs[i] as u64;
            self.limbs[i] = (cur / m as u64) as u32;
            rem = cur % m as u64;
        }
        while self.size > 0 && self.limbs[self.size - 1] == 0 {
            self.size -= 1;
        }
        rem as u32
    }
}
