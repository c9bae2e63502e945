package rac.diag;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The texts behind {@link Explanations}, written for rac. Each entry is a paragraph, an
 * erroneous example and a hint, assembled into rustc-style markdown by {@link #assemble}.
 */
final class ExplanationTexts {
    private ExplanationTexts() {
    }

    /** Code to markdown text. */
    static final Map<String, String> TEXTS;

    /** Entries separated by lines {@code @@ CODE}; the three parts of an entry by lines {@code --}. */
    private static final String SOURCE = """
        @@ E0004
        A `match` expression does not cover every possible value of the type it inspects. Every value must be handled by some arm.
        --
        enum Light { Red, Green }
        fn f(l: Light) {
            match l {
                Light::Red => {}
            }
        }
        --
        Add arms for the missing patterns, or a wildcard arm `_ => {}` at the end.
        @@ E0005
        A `let` binding (or another place that needs an irrefutable pattern) uses a pattern that may not match the value.
        --
        let x: Option<i32> = Some(1);
        let Some(y) = x;
        --
        Use `if let`, `let ... else`, or a `match` to handle the case where the pattern does not match.
        @@ E0023
        A tuple-struct or enum-variant pattern names a different number of fields than the variant has.
        --
        enum Shape { Point(i32, i32) }
        fn f(s: Shape) {
            let Shape::Point(x) = s;
        }
        --
        Give one sub-pattern per field, or use `..` to skip the rest.
        @@ E0026
        A struct pattern mentions a field that the struct does not have.
        --
        struct P { x: i32 }
        fn f(p: P) {
            let P { z } = p;
        }
        --
        Check the spelling of the field name, or bind it with `name: pattern` using a real field.
        @@ E0027
        A struct pattern leaves out some of the struct's fields.
        --
        struct P { x: i32, y: i32 }
        fn f(p: P) {
            let P { x } = p;
        }
        --
        List every field, or write `..` to ignore the fields you do not need.
        @@ E0029
        A range pattern uses bounds of a type other than `char` or a number.
        --
        fn f(s: &str) {
            match s {
                "a"..="z" => {}
                _ => {}
            }
        }
        --
        Use a guard that compares the value instead: `x if ("a"..="z").contains(&x) => {}`.
        @@ E0030
        The lower bound of an inclusive range pattern is larger than its upper bound, so the range matches nothing.
        --
        fn f(x: u32) {
            match x {
                1000..=5 => {}
                _ => {}
            }
        }
        --
        Write the smaller bound first: `5..=1000`.
        @@ E0040
        A destructor was called directly with `x.drop()`. Rust runs destructors itself and does not allow explicit calls.
        --
        struct S;
        impl Drop for S { fn drop(&mut self) {} }
        fn f(s: S) {
            s.drop();
        }
        --
        Call `std::mem::drop(s)` to drop a value early.
        @@ E0046
        An `impl` of a trait is missing some of the trait's items that have no default.
        --
        trait Speak { fn speak(&self); }
        struct Dog;
        impl Speak for Dog {}
        --
        Implement every required method, associated type and constant of the trait.
        @@ E0053
        A method in a trait `impl` has a signature that differs from the trait's declaration.
        --
        trait T { fn f(&self, x: u8); }
        struct S;
        impl T for S { fn f(&self, x: u16) {} }
        --
        Make the parameter and return types match the trait exactly.
        @@ E0061
        A function or method was called with the wrong number of arguments.
        --
        fn add(a: i32, b: i32) -> i32 { a + b }
        fn main() { add(1); }
        --
        Pass exactly as many arguments as the function declares.
        @@ E0062
        A struct expression gives a value to the same field more than once.
        --
        struct P { x: i32 }
        fn main() { let p = P { x: 1, x: 2 }; }
        --
        Give each field exactly one value.
        @@ E0063
        A struct literal does not give a value to every field.
        --
        struct P { x: i32, y: i32 }
        fn main() { let p = P { x: 1 }; }
        --
        Provide all fields, or use functional update syntax such as `P { x: 1, ..other }`.
        @@ E0069
        A bare `return;` appears in a function whose return type is not `()`.
        --
        fn f() -> u32 {
            return;
        }
        --
        Return a value of the declared type: `return 0;`.
        @@ E0070
        The left-hand side of an assignment is not a place that can be assigned to, such as a literal, a constant or a function call.
        --
        const LIMIT: u32 = 10;
        fn main() { LIMIT = 20; }
        --
        Assign to a variable, a field, an index or a dereference instead.
        @@ E0071
        A struct expression was written with a type that is not a struct, a variant or a union.
        --
        type N = u32;
        fn main() { let n = N { value: 1 }; }
        --
        Struct expressions only build structs, enum variants and unions.
        @@ E0072
        A recursive type contains itself directly, so it would have infinite size.
        --
        struct List { value: i32, next: Option<List> }
        --
        Put the recursive field behind a pointer, for example `Option<Box<List>>`.
        @@ E0080
        Evaluating a constant failed, for example because of an overflow, a division by zero or an out-of-bounds index.
        --
        const X: u8 = 255 + 1;
        --
        Change the constant expression so that it can be computed without error.
        @@ E0106
        A reference type in a signature or type definition has no lifetime and none can be inferred.
        --
        struct Holder { r: &str }
        --
        Name the lifetime: `struct Holder<'a> { r: &'a str }`.
        @@ E0107
        A type, trait or function was given the wrong number of generic arguments.
        --
        struct Pair<T>(T, T);
        fn f(p: Pair<i32, i32>) {}
        --
        Supply as many generic arguments as the item declares.
        @@ E0117
        A trait implementation breaks the orphan rule: neither the trait nor the type is defined in the current crate.
        --
        impl std::fmt::Display for Vec<u8> {
            fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result { Ok(()) }
        }
        --
        Implement the trait for a local type, for example a wrapper struct around `Vec<u8>`.
        @@ E0119
        Two trait implementations overlap: some type would be covered by both.
        --
        trait Greet {}
        impl<T> Greet for T {}
        impl Greet for u8 {}
        --
        Remove one of the implementations or make them cover disjoint types.
        @@ E0133
        An unsafe operation was used outside of an `unsafe` block or function: dereferencing a raw pointer, calling an `unsafe fn`, or accessing a mutable static.
        --
        unsafe fn danger() {}
        fn main() { danger(); }
        --
        Wrap the operation in `unsafe { ... }` after checking that it is sound.
        @@ E0191
        A trait object type does not specify an associated type of its trait.
        --
        trait Source { type Item; }
        fn f(s: &dyn Source) {}
        --
        Give the associated type: `&dyn Source<Item = u8>`.
        @@ E0201
        A trait `impl` defines the same item twice.
        --
        trait T { fn go(&self); }
        struct S;
        impl T for S {
            fn go(&self) {}
            fn go(&self) {}
        }
        --
        Remove one of the duplicates. (Duplicates in inherent `impl` blocks are E0592.)
        @@ E0203
        A type parameter has more than one relaxed bound such as `?Sized`.
        --
        fn f<T: ?Sized + ?Sized>(t: &T) {}
        --
        Write the relaxed bound only once.
        @@ E0204
        `Copy` was implemented or derived for a type with a field that is not `Copy`.
        --
        #[derive(Clone, Copy)]
        struct S { name: String }
        --
        Remove the `Copy` implementation, or make every field `Copy`.
        @@ E0207
        A generic parameter of an `impl` is not constrained by the implemented type, the trait, or an associated type binding.
        --
        struct S;
        impl<T> S { fn f() {} }
        --
        Remove the unused parameter or use it in the self type or trait.
        @@ E0220
        An associated type was named that the trait does not declare.
        --
        trait Source { type Item; }
        fn f<T: Source<Itme = u8>>(t: T) {}
        --
        Check the spelling against the associated types of the trait.
        @@ E0223
        An associated type was used on a type without saying which trait it comes from.
        --
        trait Source { type Item; }
        struct S;
        impl Source for S { type Item = u8; }
        fn f(x: S::Item) {}
        --
        Use a fully qualified path: `<S as Source>::Item`.
        @@ E0252
        Two imports bring the same name into one namespace of a module.
        --
        use std::fmt::Result;
        use std::io::Result;
        --
        Rename one of them with `as`, for example `use std::io::Result as IoResult;`.
        @@ E0255
        An import has the same name as an item defined in the same module.
        --
        use std::collections::HashMap;
        struct HashMap;
        --
        Rename the import with `as` or rename the local item.
        @@ E0261
        A lifetime was used that has not been declared.
        --
        fn first(x: &'a str) -> &'a str { x }
        --
        Declare it in the generic parameters: `fn first<'a>(x: &'a str) -> &'a str`.
        @@ E0262
        A lifetime parameter uses a reserved name such as `'static` or `'_`.
        --
        fn f<'static>(x: &'static str) {}
        --
        Choose another name for the lifetime parameter.
        @@ E0263
        The same lifetime parameter was declared twice in one list. Current compilers report this as E0403.
        --
        fn f<'a, 'a>(x: &'a str) {}
        --
        Remove the duplicate or rename it.
        @@ E0267
        `break` or `continue` was used inside a closure (or async block) but refers to a loop outside it.
        --
        fn main() {
            loop {
                let f = || break;
            }
        }
        --
        Control the loop from outside the closure, for example by returning a value from it.
        @@ E0268
        `break` or `continue` was used outside of any loop.
        --
        fn main() { break; }
        --
        Only use `break` and `continue` inside `loop`, `while` or `for`.
        @@ E0277
        A type was used where a trait is required, but the type does not implement that trait.
        --
        fn show<T: std::fmt::Display>(t: T) {}
        struct S;
        fn main() { show(S); }
        --
        Implement the trait for the type, use a type that implements it, or relax the bound.
        @@ E0282
        The compiler cannot infer a type here and needs an annotation.
        --
        fn main() { let v = Vec::new(); }
        --
        Annotate the binding, for example `let v: Vec<u8> = Vec::new();`, or use a turbofish.
        @@ E0283
        Several trait implementations could apply and the compiler cannot choose one without more type information.
        --
        fn main() {
            let total = [1, 2, 3].iter().sum();
            println!("{}", total);
        }
        --
        State the type: `let total: i32 = ...` or `sum::<i32>()`.
        @@ E0308
        An expression has a different type from the one its context expects.
        --
        let n: u32 = "seven";
        --
        Make the types agree: change the expression, the annotation, or convert the value.
        @@ E0309
        A value of a generic type is stored somewhere that must live for a lifetime `'a`, but nothing says that the type outlives `'a`.
        --
        fn keep<'a, T>(x: T) -> Box<dyn Fn() + 'a> {
            Box::new(move || { let _ = &x; })
        }
        --
        Add an outlives bound such as `T: 'a`.
        @@ E0310
        A type parameter must outlive `'static` but no such bound is given.
        --
        fn boxed<T>(t: T) -> Box<dyn std::any::Any> { Box::new(t) }
        --
        Add the bound `T: 'static`.
        @@ E0364
        A `pub use` tries to re-export an item whose visibility is narrower than `pub`.
        --
        mod m { pub(crate) fn f() {} }
        pub use m::f;
        --
        Make the item `pub`, or re-export it with the same narrower visibility.
        @@ E0365
        A `pub use` tries to re-export a private module.
        --
        mod inner { pub fn f() {} }
        pub use inner as outer;
        --
        Declare the module `pub mod inner`, or do not re-export it.
        @@ E0369
        A binary operator was applied to a type that does not implement the matching operator trait.
        --
        struct P;
        fn main() { let x = P + P; }
        --
        Implement the operator trait (for example `std::ops::Add`) or convert the operands.
        @@ E0373
        A closure may outlive the function it is created in, but it borrows a local variable of that function.
        --
        fn make() -> Box<dyn Fn() -> u32> {
            let n = 3;
            Box::new(|| n)
        }
        --
        Use a `move` closure so that it takes ownership of what it captures.
        @@ E0381
        A variable was used before it was given a value on every path.
        --
        fn main() {
            let x: i32;
            println!("{}", x);
        }
        --
        Initialize the variable before using it.
        @@ E0382
        A value was used after it was moved somewhere else.
        --
        fn main() {
            let s = String::from("hi");
            let t = s;
            println!("{}", s);
        }
        --
        Borrow instead of moving, clone the value, or stop using the moved-from variable.
        @@ E0383
        A field was assigned after its struct value had been moved away, so there was no value left to write into. Current compilers report this situation as E0382 instead.
        --
        struct S { a: i32 }
        impl Drop for S { fn drop(&mut self) {} }
        fn main() {
            let mut s = S { a: 1 };
            drop(s);
            s.a = 2;
        }
        --
        Do not write into a value after moving out of it; build a new value instead.
        @@ E0384
        An immutable variable was assigned a second time.
        --
        fn main() {
            let x = 1;
            x = 2;
        }
        --
        Declare it mutable with `let mut x = 1;` or introduce a new binding.
        @@ E0390
        An inherent `impl` was written for a type that is not defined in the current crate, such as a primitive type.
        --
        impl u8 { fn double(self) -> u8 { self * 2 } }
        --
        Define a trait with the method and implement it for the type instead.
        @@ E0392
        A type or lifetime parameter is declared on a struct or enum but never used in it.
        --
        struct Empty<T>;
        --
        Use the parameter in a field, remove it, or add a `PhantomData<T>` field.
        @@ E0403
        The same generic parameter name was declared twice in one list.
        --
        fn f<T, T>(a: T) {}
        --
        Give each parameter a different name.
        @@ E0404
        Something that is not a trait was used where a trait is expected, such as in an `impl ... for` or a bound.
        --
        struct Wing;
        struct Bird;
        impl Wing for Bird {}
        --
        Use a trait in that position.
        @@ E0405
        A trait name was used that is not defined or imported in this scope.
        --
        struct S;
        impl Flyable for S {}
        --
        Check the spelling, define the trait, or bring it into scope with `use`.
        @@ E0407
        A trait `impl` defines a method that the trait does not declare.
        --
        trait T { fn a(&self); }
        struct S;
        impl T for S {
            fn a(&self) {}
            fn b(&self) {}
        }
        --
        Remove the extra method, move it to an inherent `impl`, or add it to the trait.
        @@ E0411
        `Self` was used outside of an impl, a trait or a type definition.
        --
        fn f() -> Self { }
        --
        `Self` only has a meaning inside impls, traits and type definitions; name the type instead.
        @@ E0408
        An or-pattern binds a variable in some of its alternatives but not in all of them; the arm could not know its value.
        --
        fn f(x: (i32, i32)) {
            match x {
                (y, 1) | (1, z) => {}
                _ => {}
            }
        }
        --
        Bind the same names in every alternative, or use separate arms.
        @@ E0412
        Current compilers report this as E0425. A type name was used that is not defined or imported in this scope.
        --
        fn f(x: Widget) {}
        --
        Check the spelling, define the type, or import it with `use`.
        @@ E0415
        The same name is used for two parameters of one function.
        --
        fn f(x: i32, x: i32) {}
        --
        Give each parameter its own name.
        @@ E0416
        The same name is bound twice in one pattern.
        --
        fn main() {
            let (a, a) = (1, 2);
        }
        --
        Use a different name for each binding in the pattern.
        @@ E0422
        A struct literal uses a name that is not a struct (or is not defined).
        --
        fn main() { let p = Pointy { x: 1 }; }
        --
        Check the name, or define a struct with that name.
        @@ E0423
        A name was used as a value (called or constructed) but it refers to something else, like a struct with named fields or a module.
        --
        struct P { x: i32 }
        fn main() { let p = P(1); }
        --
        Use the right syntax for the item: `P { x: 1 }` for a struct with named fields.
        @@ E0424
        `self` was used in an associated function that has no `self` parameter.
        --
        struct S;
        impl S {
            fn f() { self.g(); }
            fn g(&self) {}
        }
        --
        Add a `self` receiver to the function, or do not use `self`.
        @@ E0425
        A name was used that does not resolve to any value in scope: a variable, function or constant.
        --
        fn main() { let y = x + 1; }
        --
        Check the spelling, declare the variable, or import the item.
        @@ E0426
        A `break` or `continue` names a loop label that is not declared.
        --
        fn main() {
            loop { break 'outer; }
        }
        --
        Declare the label on an enclosing loop: `'outer: loop { ... }`.
        @@ E0428
        The same name is defined twice in one namespace of a module.
        --
        struct Thing;
        struct Thing;
        --
        Rename or remove one of the definitions.
        @@ E0429
        `self` was imported on its own in a `use` declaration.
        --
        use std::fmt::self;
        --
        Write `use std::fmt;` or import it inside braces: `use std::fmt::{self};`.
        @@ E0432
        A `use` declaration names a path that cannot be found.
        --
        use something::missing;
        --
        Check the path; in editions from 2018 on, paths inside the crate start with `crate::`.
        @@ E0527
        An array pattern without `..` has a different number of elements than the
        array it matches.
        --
        let [a, b] = [1, 2, 3];
        --
        Match every element, or add `..` to skip some:
        `let [a, b, ..] = [1, 2, 3];`.
        @@ E0528
        An array pattern with `..` names more elements than the array has.
        --
        let [a, b, c, ..] = [1, 2];
        --
        Remove patterns until they fit the array's length.
        @@ E0529
        A slice pattern (`[a, b]`) was used to match a value that is neither an
        array nor a slice.
        --
        let [a] = 5;
        --
        Match an array or a slice, or use a pattern of the value's type.
        @@ E0533
        A path that names a struct-like or unit item was used where a value or a pattern of another kind was expected, for instance a struct-like variant used without braces.
        --
        enum E { V { a: u8 } }
        fn main() { let e = E::V; }
        --
        Use the item as declared: `E::V { a: 1 }` for a struct-like variant.
        @@ E0559
        A struct-like enum variant was built with a field it does not have.
        --
        enum E { V { a: u8 } }
        fn main() { let e = E::V { b: 1 }; }
        --
        Use the field names declared in the variant.
        @@ E0574
        A path in a struct expression or pattern names something that is not a struct, a variant or a union.
        --
        mod m {}
        fn main() { let x = m { a: 1 }; }
        --
        Name a struct, an enum variant or a union there.
        @@ E0583
        A `mod name;` declaration has no file to load: neither `name.rs` nor `name/mod.rs` exists next to
        the file that declares it (or in the directory a `#[path]` attribute names).
        --
        mod missing;
        --
        Create the file, fix the module's name, or write the module inline: `mod missing { ... }`.
        @@ E0433
        A path used in code refers to a crate, module or type that cannot be found.
        --
        fn main() { let m = HashMap::new(); }
        --
        Import the item with `use std::collections::HashMap;` or write its full path.
        @@ E0434
        An inner function tried to use a local variable of the function that contains it.
        --
        fn outer() {
            let n = 1;
            fn inner() -> i32 { n }
        }
        --
        Pass the value as a parameter, or use a closure, which can capture its environment.
        @@ E0435
        A non-constant value was used where a constant is required, such as an array length.
        --
        fn main() {
            let n = 3;
            let a = [0; n];
        }
        --
        Use a constant (`const N: usize = 3;`) or a `Vec`.
        @@ E0437
        A trait `impl` defines an associated type that the trait does not declare.
        --
        trait T {}
        struct S;
        impl T for S { type Extra = u8; }
        --
        Remove the associated type or add it to the trait.
        @@ E0438
        A trait `impl` defines an associated constant that the trait does not declare.
        --
        trait T {}
        struct S;
        impl T for S { const N: u8 = 1; }
        --
        Remove the constant or add it to the trait.
        @@ E0446
        Current compilers warn about this with the `private_interfaces` lint instead. A public item exposes a private type in its interface.
        --
        struct Secret;
        pub fn leak() -> Secret { Secret }
        --
        Make the type public or the function private.
        @@ E0449
        A visibility qualifier was written where it has no effect, such as on items of a trait `impl`.
        --
        trait T { fn f(&self); }
        struct S;
        impl T for S { pub fn f(&self) {} }
        --
        Remove the `pub`; items of a trait impl have the trait's visibility.
        @@ E0451
        A struct literal or pattern names a field that is private from here.
        --
        mod m { pub struct P { secret: i32 } }
        fn main() { let p = m::P { secret: 1 }; }
        --
        Make the field `pub`, or construct the value through a public function.
        @@ E0463
        An `extern crate` names a crate that could not be found.
        --
        extern crate no_such_crate;
        --
        Check the crate name and that the crate is passed to the compiler.
        @@ E0499
        A variable was mutably borrowed more than once at a time.
        --
        fn main() {
            let mut s = String::new();
            let a = &mut s;
            let b = &mut s;
            a.push('x');
        }
        --
        Let the first mutable borrow end before taking the second one.
        @@ E0502
        A value was borrowed mutably while an immutable borrow of it is still in use (or the reverse).
        --
        fn main() {
            let mut v = vec![1];
            let first = &v[0];
            v.push(2);
            println!("{}", first);
        }
        --
        Finish using the shared borrow before mutating, or copy the value out first.
        @@ E0503
        A value was used while it was mutably borrowed.
        --
        fn main() {
            let mut n = 1;
            let r = &mut n;
            let m = n + 1;
            *r += 1;
        }
        --
        Stop using the mutable borrow before reading the value directly.
        @@ E0505
        A value was moved while a borrow of it was still in use.
        --
        fn consume(s: String) {}
        fn main() {
            let s = String::new();
            let r = &s;
            consume(s);
            println!("{}", r);
        }
        --
        Let the borrow end before moving the value, or clone it.
        @@ E0506
        A value was assigned to while it was borrowed.
        --
        fn main() {
            let mut n = 1;
            let r = &n;
            n = 2;
            println!("{}", r);
        }
        --
        Let the borrow end before assigning.
        @@ E0507
        A value was moved out of a place that is only borrowed, such as through a reference or out of an index.
        --
        fn f(v: &Vec<String>) -> String {
            v[0]
        }
        --
        Clone the value, borrow it, or use a method like `std::mem::take`.
        @@ E0515
        A function returns a reference to a local variable, which is dropped when the function returns.
        --
        fn make() -> &'static str {
            let s = String::from("x");
            &s
        }
        --
        Return an owned value such as `String` instead of a reference.
        @@ E0521
        A borrowed value escapes the function body, for example into a thread or a `'static` place.
        --
        fn spawn_it(x: &i32) {
            std::thread::spawn(move || println!("{}", x));
        }
        --
        Pass an owned value, or require the reference to be `'static`.
        @@ E0560
        A struct literal names a field that the struct does not have.
        --
        struct P { x: i32 }
        fn main() { let p = P { x: 1, y: 2 }; }
        --
        Remove the field or fix its name.
        @@ E0562
        `impl Trait` was written in a position where it is not allowed, such as the type of a `let` binding.
        --
        fn main() {
            let x: impl Clone = 1;
        }
        --
        Use a concrete type or a generic parameter there.
        @@ E0571
        `break` with a value was used in a `for` or `while` loop; only `loop` can produce a value.
        --
        fn main() {
            let r = for i in 0..3 { break i; };
        }
        --
        Use `loop` if you need a value, or `break` without one.
        @@ E0579
        The lower bound of an exclusive range pattern is not less than its upper bound, so the range matches nothing.
        --
        fn f(x: u32) {
            match x {
                5..5 => {}
                _ => {}
            }
        }
        --
        Make the upper bound larger than the lower one, or use an inclusive range `5..=5`.
        @@ E0586
        An inclusive range pattern has no upper bound.
        --
        fn f(x: u32) {
            match x {
                5..= => {}
                _ => {}
            }
        }
        --
        Give the range an end (`5..=9`), or use the half-open `5..`.
        @@ E0592
        Two inherent `impl` blocks of the same type define items with the same name.
        --
        struct S;
        impl S { fn go(&self) {} }
        impl S { fn go(&self) {} }
        --
        Rename or remove one of the items.
        @@ E0594
        A value was assigned to through a place that is not mutable.
        --
        fn main() {
            let p = (1, 2);
            p.0 = 3;
        }
        --
        Declare the binding with `mut`, or assign through a `&mut` reference.
        @@ E0596
        A mutable borrow was taken of something that is not declared mutable.
        --
        fn main() {
            let v = Vec::new();
            v.push(1);
        }
        --
        Declare the variable with `let mut`, or take `&mut` parameters.
        @@ E0597
        A value was dropped while something still borrows it.
        --
        fn main() {
            let r;
            {
                let n = 5;
                r = &n;
            }
            println!("{}", r);
        }
        --
        Make the borrowed value live at least as long as the borrow, for example by declaring it earlier.
        @@ E0599
        A method or associated item was called on a type that does not have it.
        --
        struct S;
        fn main() { S.fly(); }
        --
        Check the name, implement the method, or import the trait that provides it.
        @@ E0600
        A unary operator (`!` or `-`) was applied to a type that does not implement it.
        --
        fn main() { let s = -"text"; }
        --
        Implement `std::ops::Neg` or `std::ops::Not` for the type, or use a suitable value.
        @@ E0603
        A path names an item that is private to another module.
        --
        mod m { fn hidden() {} }
        fn main() { m::hidden(); }
        --
        Mark the item `pub` (or `pub(crate)`) if it should be usable from outside.
        @@ E0604
        A cast with `as` to `char` was made from a type other than `u8`.
        --
        fn main() { let c = 66u32 as char; }
        --
        Use `char::from_u32`, which checks that the value is a valid character.
        @@ E0605
        An `as` cast was used between types that are not primitive; `as` only converts between primitive types and coerces to trait objects.
        --
        fn main() {
            let v = vec![1u8];
            let n = v as u32;
        }
        --
        Use a conversion method instead, such as `From`, `TryFrom` or `parse`.
        @@ E0606
        An `as` cast is not valid between these two types, for example from a reference to an integer.
        --
        fn main() {
            let x = &0u8;
            let y = x as u32;
        }
        --
        Dereference first: `*x as u32`.
        @@ E0608
        Indexing with `[]` was used on a type that does not implement `Index`.
        --
        fn main() { let n = 7u8; let d = n[0]; }
        --
        Only index arrays, slices, vectors, maps and types implementing `std::ops::Index`.
        @@ E0609
        A field was accessed that the type does not have.
        --
        struct P { x: i32 }
        fn main() { let p = P { x: 1 }; let y = p.y; }
        --
        Check the field name against the struct definition.
        @@ E0610
        A field was accessed on a value of a primitive type, which has no fields.
        --
        fn main() { let n = 5u8; let f = n.value; }
        --
        Only structs, tuples and unions have fields.
        @@ E0614
        The dereference operator `*` was applied to a value that is not a pointer and does not implement `Deref`.
        --
        fn main() { let n = 5u32; let m = *n; }
        --
        Remove the `*`, or dereference a reference or smart pointer.
        @@ E0615
        A method was accessed as if it were a field, without calling it.
        --
        struct S;
        impl S { fn size(&self) -> u8 { 1 } }
        fn main() { let n = S.size; }
        --
        Call the method: `S.size()`.
        @@ E0616
        A private field was accessed from outside the module that defines it.
        --
        mod m { pub struct P { secret: i32 } impl P { pub fn new() -> P { P { secret: 0 } } } }
        fn main() { let s = m::P::new().secret; }
        --
        Make the field `pub` or add a public getter method.
        @@ E0618
        Something that is not a function was called like one.
        --
        fn main() { let n = 5; n(); }
        --
        Only call functions, closures and other values that implement the `Fn` traits.
        @@ E0620
        A cast to an unsized type such as a slice was attempted.
        --
        fn main() { let v = &[1, 2][..] as [i32]; }
        --
        Cast to a reference or pointer to the unsized type instead, such as `&[i32]`.
        @@ E0624
        A private method or associated function was called from outside its module.
        --
        mod m { pub struct S; impl S { fn secret(&self) {} } }
        fn main() { m::S.secret(); }
        --
        Make the method `pub` if it is meant to be called from outside.
        @@ E0658
        An unstable language feature or library item was used. Unstable features need a nightly compiler and a `#![feature(...)]` attribute.
        --
        fn main() {
            let x: ! = panic!();
        }
        --
        Avoid the feature, or use a nightly compiler with the matching `#![feature(...)]`.
        @@ E0689
        A method was called on a numeric literal or value whose exact numeric type is not known.
        --
        fn main() { let x = 2.0.powi(2); }
        --
        Give the literal a type with a suffix (`2.0_f64`) or annotate the binding.
        @@ E0695
        An unlabeled `break` or `continue` inside a labeled block would leave that
        block for a loop outside it.
        --
        loop {
            'a: {
                break;
            }
        }
        --
        Give the `break` or `continue` the label of the loop (or of the block) it
        is meant for.
        @@ E0716
        A temporary value was dropped while a borrow of it is still in use.
        --
        fn main() {
            let w: &str = String::from("y").as_str();
            println!("{}", w);
        }
        --
        Store the temporary in a named variable so it lives long enough.
        @@ E0728
        `.await` was used outside of an `async` function or block.
        --
        async fn work() {}
        fn main() { work().await; }
        --
        Only use `.await` inside `async fn` or `async { ... }` blocks.
        @@ E0744
        Current compilers no longer emit this code. An expression that constant evaluation does not support was used in a constant context.
        --
        const N: i32 = { async { 0 }.await };
        --
        Compute the value with constructs that constant evaluation supports.
        @@ E0746
        A function returns a trait object by value (`dyn Trait`), whose size is unknown.
        --
        trait Shape {}
        struct Sq;
        impl Shape for Sq {}
        fn make() -> dyn Shape { Sq }
        --
        Return `impl Shape` for one concrete type, or `Box<dyn Shape>`.
        @@ E0764
        A mutable reference was created in a constant, which is not allowed.
        --
        const R: &mut u8 = &mut 0;
        --
        Use a shared reference, or a `static` with interior mutability.
        @@ E0765
        A string literal is missing its closing double quote.
        --
        fn main() {
            let s = "unterminated;
        }
        --
        Add the closing `"`.
        """;

    static {
        Map<String, String> m = new TreeMap<>();
        for (String entry : SOURCE.split("(?m)^@@ ")) {
            if (entry.isBlank()) {
                continue;
            }
            int nl = entry.indexOf('\n');
            String code = entry.substring(0, nl).strip();
            String[] parts = entry.substring(nl + 1).split("(?m)^--\n");
            if (parts.length != 3) {
                throw new IllegalStateException("malformed explanation " + code);
            }
            m.put(code, assemble(code, parts[0].strip(), parts[1].strip(), parts[2].strip()));
        }
        TEXTS = Collections.unmodifiableMap(m);
    }

    static String assemble(String code, String paragraph, String example, String hint) {
        return wrap(paragraph) + "\n\nErroneous code example:\n\n```compile_fail," + code + "\n" + example
            + "\n```\n\n" + wrap(hint) + "\n";
    }

    /** Word-wraps prose at 80 columns, as rustc's explanation texts are wrapped. */
    static String wrap(String text) {
        StringBuilder out = new StringBuilder();
        int col = 0;
        for (String word : text.split("\\s+")) {
            if (col > 0 && col + 1 + word.length() > 80) {
                out.append('\n');
                col = 0;
            } else if (col > 0) {
                out.append(' ');
                col++;
            }
            out.append(word);
            col += word.length();
        }
        return out.toString();
    }
}
