//! The seeded generator the property and fuzz tests share: xorshift64*, small and
//! reproducible, so a failure names its seed and can be run again.

pub struct Rng(pub u64);

#[allow(dead_code)] // each test file uses a part of it
impl Rng {
    /// A generator for `seed`, its bits spread (xorshift needs a non-zero state).
    pub fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1)
    }
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    /// True in about `percent` of the calls.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}
