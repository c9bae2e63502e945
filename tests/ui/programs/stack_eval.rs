//@ run-pass
// A generic stack over an array of Option<T>, an RPN evaluator returning Result, while let, &&str to &str coercion.
#[derive(Debug)]
struct Stack<T> {
    items: [Option<T>; 8],
    len: usize,
}

impl<T: Copy> Stack<T> {
    fn new() -> Self {
        Stack { items: [None; 8], len: 0 }
    }
    fn push(&mut self, v: T) -> bool {
        if self.len == 8 {
            return false;
        }
        self.items[self.len] = Some(v);
        self.len += 1;
        true
    }
    fn pop(&mut self) -> Option<T> {
        if self.len == 0 {
            None
        } else {
            self.len -= 1;
            self.items[self.len]
        }
    }
    fn peek(&self) -> Option<&T> {
        if self.len == 0 { None } else { self.items[self.len - 1].as_ref() }
    }
}

#[derive(Debug, Clone, Copy)]
enum Token { Num(i64), Plus, Times }

fn eval(tokens: &[Token]) -> Result<i64, &'static str> {
    let mut st: Stack<i64> = Stack::new();
    for t in tokens {
        match *t {
            Token::Num(n) => {
                if !st.push(n) {
                    return Err("overflow");
                }
            }
            Token::Plus | Token::Times => {
                let b = match st.pop() { Some(v) => v, None => return Err("underflow") };
                let a = match st.pop() { Some(v) => v, None => return Err("underflow") };
                let r = if let Token::Plus = t { a + b } else { a * b };
                st.push(r);
            }
        }
    }
    match st.pop() {
        Some(v) => Ok(v),
        None => Err("empty"),
    }
}

fn main() {
    let prog = [Token::Num(2), Token::Num(3), Token::Plus, Token::Num(4), Token::Times];
    println!("{:?}", eval(&prog));
    println!("{:?}", eval(&[Token::Plus]));
    let mut s = Stack::new();
    s.push('a');
    s.push('b');
    println!("{:?} {}", s.peek(), s.len);
    while let Some(c) = s.pop() {
        print!("{} ", c);
    }
    println!();
    let words = ["alpha", "beta", "gamma"];
    let mut longest = "";
    for w in words.iter() {
        if w.len() > longest.len() {
            longest = w;
        }
    }
    println!("{}", longest);
}
