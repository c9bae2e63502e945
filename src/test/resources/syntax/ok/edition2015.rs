// edition:2015
fn async() {}
fn f(dyn: u8, try: u8) -> Box<dyn Trait> { let await = 1; }
trait T { fn anon(u8); }
