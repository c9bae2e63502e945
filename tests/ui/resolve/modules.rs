//@ run-pass
// Modules inline and in files, `use` with groups, renames, `self`, globs and enum-free paths,
// `crate::`, `super::` and `self::` prefixes, and items used before they are declared.

#[path = "auxiliary/math.rs"]
mod math;
#[path = "auxiliary/util/mod.rs"]
mod util;

use math::{cube as c3, square};
use util::fmt::{self, show};

mod inline {
    pub fn twice(x: i32) -> i32 {
        super::math::square(1) * 0 + x * 2
    }

    pub mod deeper {
        pub fn id(x: i32) -> i32 {
            crate::inline::twice(x) / 2
        }
    }
}

use inline::deeper::*;

fn main() {
    println!("{} {} {}", square(4), c3(3), inline::twice(21));
    show(id(7));
    fmt::show(self::later());
    self::util::fmt::show(math::square(9));
}

fn later() -> i32 {
    5
}
