//@ run-pass
// Items declared in a nested block are visible only in that block and shadow outer items there:
// `use`s, functions, structs (also in written types), consts and impls, in nested blocks.
fn function() { println!("outer"); }
mod deeply { pub fn function() { println!("inner"); } }
struct P { x: i32 }
const K: i32 = 1;

fn main() {
    {
        use crate::deeply::function;
        function();
    }
    function();
    {
        fn helper() -> i32 { 1 }
        println!("helper {}", helper());
    }
    {
        fn helper() -> i32 { 2 }
        println!("helper {}", helper());
        {
            struct P { y: u8 }
            impl P {
                fn doubled(&self) -> u8 { self.y * 2 }
            }
            let p: P = P { y: 7 };
            println!("inner P {} {}", p.y, p.doubled());
            const K: i32 = 5;
            println!("K {}", K);
            let ps: [P; 1] = [P { y: 1 }];
            println!("array of inner P {}", ps[0].y);
        }
        let p: P = P { x: 3 };
        println!("outer P {} K {}", p.x, K);
    }
    let q = P { x: 9 };
    println!("{}", q.x);
    let f = if q.x > 5 {
        fn pick() -> &'static str { "big" }
        pick()
    } else {
        "small"
    };
    println!("{}", f);
}
