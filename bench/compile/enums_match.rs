// Enums with data, match with guards and bindings, Option/Result and the ? operator,
// a small recursive expression evaluator. Outside rac's current subset.

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Num(i64),
    Plus,
    Minus,
    Star,
    Slash,
    LParen,
    RParen,
}

#[derive(Debug)]
enum Expr {
    Lit(i64),
    Neg(Box<Expr>),
    Bin(Box<Expr>, char, Box<Expr>),
}

#[derive(Debug, PartialEq)]
enum EvalError {
    DivByZero,
    BadToken(char),
    Unexpected(Option<Token>),
}

fn lex(s: &str) -> Result<Vec<Token>, EvalError> {
    let mut out = Vec::new();
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            ' ' => {}
            '+' => out.push(Token::Plus),
            '-' => out.push(Token::Minus),
            '*' => out.push(Token::Star),
            '/' => out.push(Token::Slash),
            '(' => out.push(Token::LParen),
            ')' => out.push(Token::RParen),
            d if d.is_ascii_digit() => {
                let mut n = 0i64;
                while i < chars.len() && chars[i].is_ascii_digit() {
                    n = n * 10 + chars[i].to_digit(10).unwrap() as i64;
                    i += 1;
                }
                out.push(Token::Num(n));
                continue;
            }
            other => return Err(EvalError::BadToken(other)),
        }
        i += 1;
    }
    Ok(out)
}

struct Parser {
    toks: Vec<Token>,
    pos: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.toks.get(self.pos)
    }
    fn next(&mut self) -> Option<Token> {
        let t = self.toks.get(self.pos).cloned();
        self.pos += 1;
        t
    }
    fn expr(&mut self) -> Result<Expr, EvalError> {
        let mut lhs = self.term()?;
        while let Some(t) = self.peek() {
            let op = match t {
                Token::Plus => '+',
                Token::Minus => '-',
                _ => break,
            };
            self.next();
            let rhs = self.term()?;
            lhs = Expr::Bin(Box::new(lhs), op, Box::new(rhs));
        }
        Ok(lhs)
    }
    fn term(&mut self) -> Result<Expr, EvalError> {
        let mut lhs = self.atom()?;
        loop {
            let op = match self.peek() {
                Some(Token::Star) => '*',
                Some(Token::Slash) => '/',
                _ => return Ok(lhs),
            };
            self.next();
            let rhs = self.atom()?;
            lhs = Expr::Bin(Box::new(lhs), op, Box::new(rhs));
        }
    }
    fn atom(&mut self) -> Result<Expr, EvalError> {
        match self.next() {
            Some(Token::Num(n)) => Ok(Expr::Lit(n)),
            Some(Token::Minus) => Ok(Expr::Neg(Box::new(self.atom()?))),
            Some(Token::LParen) => {
                let e = self.expr()?;
                match self.next() {
                    Some(Token::RParen) => Ok(e),
                    other => Err(EvalError::Unexpected(other)),
                }
            }
            other => Err(EvalError::Unexpected(other)),
        }
    }
}

fn eval(e: &Expr) -> Result<i64, EvalError> {
    Ok(match e {
        Expr::Lit(n) => *n,
        Expr::Neg(inner) => -eval(inner)?,
        Expr::Bin(l, op, r) => {
            let (a, b) = (eval(l)?, eval(r)?);
            match op {
                '+' => a + b,
                '-' => a - b,
                '*' => a * b,
                '/' if b == 0 => return Err(EvalError::DivByZero),
                '/' => a / b,
                _ => unreachable!(),
            }
        }
    })
}

fn run(s: &str) -> Result<i64, EvalError> {
    let toks = lex(s)?;
    let mut p = Parser { toks, pos: 0 };
    let e = p.expr()?;
    if let Some(t) = p.next() {
        return Err(EvalError::Unexpected(Some(t)));
    }
    eval(&e)
}

fn main() {
    let inputs = ["1 + 2 * 3", "(1 + 2) * 3", "-(4 - 10) / 2", "7 / (3 - 3)", "2 $ 3", "(1 + 2", "12 * (3 + 4) - -5"];
    for s in inputs.iter() {
        match run(s) {
            Ok(v) if v > 10 => println!("{:<20} => {} (big)", s, v),
            Ok(v) => println!("{:<20} => {}", s, v),
            Err(EvalError::DivByZero) => println!("{:<20} => division by zero", s),
            Err(e) => println!("{:<20} => error {:?}", s, e),
        }
    }
}
