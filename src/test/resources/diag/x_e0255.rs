use std::collections::HashMap;
struct HashMap;
fn main() {}
