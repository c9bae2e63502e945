//@ run-pass
// #[derive(PartialEq)] (== and != field by field, enums by variant), #[derive(Clone)] .clone(), == on arrays, tuples and Option: built in until traits exist.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Suit {
    Hearts,
    Spades,
}

#[derive(Debug, Clone, PartialEq)]
struct Card {
    suit: Suit,
    rank: u8,
    name: &'static str,
}

#[derive(Debug, PartialEq)]
enum Event {
    Click { x: i32, y: i32 },
    Key(char),
    Quit,
}

fn main() {
    let a = Card { suit: Suit::Hearts, rank: 10, name: "ten" };
    let b = a.clone();
    let c = Card { suit: Suit::Spades, ..a.clone() };
    println!("{} {} {}", a == b, a == c, a != c);
    println!("{:?}", c);
    println!("{}", Suit::Hearts == Suit::Hearts);
    let evs = [Event::Click { x: 1, y: 2 }, Event::Key('q'), Event::Quit];
    println!("{}", evs[0] == Event::Click { x: 1, y: 2 });
    println!("{}", evs[0] == Event::Click { x: 1, y: 3 });
    println!("{}", evs[1] == Event::Key('q'));
    println!("{}", evs[1] == Event::Quit);
    println!("{}", evs[2] == Event::Quit);
    println!("{}", Some(3) == Some(3));
    println!("{}", [1, 2, 3] == [1, 2, 3]);
    let x = 5;
    let y = x.clone();
    println!("{} {}", y, (1, "a") == (1, "a"));
}
