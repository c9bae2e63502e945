struct Unit;
struct Tuple(pub u8, pub(crate) String);
pub struct Record<T> where T: Copy {
    pub a: T,
    pub(in crate::m) b: Vec<T>,
    #[allow(dead_code)]
    c: (),
}
struct TupleWhere<T>(T) where T: Clone;
enum Enum {
    A,
    B(u8, u16),
    C { x: i32, y: i32 },
    D = 5,
}
#[repr(u8)]
enum WithDiscr { X = 1 << 2, Y = 10 }
union U { a: u32, b: f32 }
pub(super) struct Vis;
pub(self) struct Vis2;
