#!/usr/bin/env python3
"""Prints the cached powers of ten used by library/core/src/fmt/float/grisu.rs.

Entry i is 10^k for k = -348 + 8*i, as a 64-bit significand f with its top bit set and a binary
exponent e such that 10^k ~= f * 2^e, f rounded to nearest (exact big-integer arithmetic).
"""
from fractions import Fraction

rows = []
for k in range(-348, 341, 8):
    x = Fraction(10) ** k
    e = x.numerator.bit_length() - x.denominator.bit_length() - 64
    while x / Fraction(2) ** e >= 2**64:
        e += 1
    while x / Fraction(2) ** e < 2**63:
        e -= 1
    q = x / Fraction(2) ** e
    f = q.numerator // q.denominator
    if q - f >= Fraction(1, 2):
        f += 1
    if f == 2**64:
        f //= 2
        e += 1
    rows.append((f, e, k))

print(f"/// Number of cached powers.\npub const CACHED_LEN: usize = {len(rows)};")
print(f"/// Decimal exponent of entry 0; entries are {8} apart.")
print(f"pub const CACHED_K0: i32 = {rows[0][2]};")
print("/// Significands (top bit set), rounded to nearest.")
print(f"static CACHED_F: [u64; {len(rows)}] = [")
for i in range(0, len(rows), 4):
    print("    " + " ".join(f"0x{r[0]:016x}," for r in rows[i:i + 4]))
print("];")
print("/// Binary exponents: 10^k ~= f * 2^e.")
print(f"static CACHED_E: [i16; {len(rows)}] = [")
for i in range(0, len(rows), 12):
    print("    " + " ".join(f"{r[1]}," for r in rows[i:i + 12]))
print("];")
