fn main() {
                                    let _q: i32 = "deep";
}
