// helper module for the multi_file case

pub struct Thing;

pub fn takes_two(_a: i32, _b: i32) {}
