//@ run-pass
// Debug for tuples (nested, with references and unit) in the compact and pretty forms; the spec
// applies to every field.

fn main() {
    let t = (1, "a", 'b', true, 2.5);
    println!("{:?}", t);
    println!("{:#?}", t);
    println!("{:?} {:?} {:#?}", (), (1,), (7,));
    let nested = ((1, 2), ((), ("x", -3)), &(4u8, 0.1f32));
    println!("{:?}", nested);
    println!("{:#?}", nested);
    println!("{:5?}", (1, 22));
    println!("{:#x?}", (255, 16));
    println!("{:.1?}", (1.25, 2.0));
}
