//! Overloadable operators: implementing these traits for a type lets its values be used with
//! the operators. rac applies them to structs and enums; on primitive types the operators are
//! built in.

/// The addition operator `+`.
pub trait Add<Rhs = Self> {
    /// The resulting type after applying the `+` operator.
    type Output;
    /// Performs the `+` operation.
    fn add(self, rhs: Rhs) -> Self::Output;
}

/// The subtraction operator `-`.
pub trait Sub<Rhs = Self> {
    /// The resulting type after applying the `-` operator.
    type Output;
    /// Performs the `-` operation.
    fn sub(self, rhs: Rhs) -> Self::Output;
}

/// The multiplication operator `*`.
pub trait Mul<Rhs = Self> {
    /// The resulting type after applying the `*` operator.
    type Output;
    /// Performs the `*` operation.
    fn mul(self, rhs: Rhs) -> Self::Output;
}

/// The division operator `/`.
pub trait Div<Rhs = Self> {
    /// The resulting type after applying the `/` operator.
    type Output;
    /// Performs the `/` operation.
    fn div(self, rhs: Rhs) -> Self::Output;
}

/// The remainder operator `%`.
pub trait Rem<Rhs = Self> {
    /// The resulting type after applying the `%` operator.
    type Output;
    /// Performs the `%` operation.
    fn rem(self, rhs: Rhs) -> Self::Output;
}

/// The bitwise AND operator `&`.
pub trait BitAnd<Rhs = Self> {
    /// The resulting type after applying the `&` operator.
    type Output;
    /// Performs the `&` operation.
    fn bitand(self, rhs: Rhs) -> Self::Output;
}

/// The bitwise OR operator `|`.
pub trait BitOr<Rhs = Self> {
    /// The resulting type after applying the `|` operator.
    type Output;
    /// Performs the `|` operation.
    fn bitor(self, rhs: Rhs) -> Self::Output;
}

/// The bitwise XOR operator `^`.
pub trait BitXor<Rhs = Self> {
    /// The resulting type after applying the `^` operator.
    type Output;
    /// Performs the `^` operation.
    fn bitxor(self, rhs: Rhs) -> Self::Output;
}

/// The left shift operator `<<`.
pub trait Shl<Rhs = Self> {
    /// The resulting type after applying the `<<` operator.
    type Output;
    /// Performs the `<<` operation.
    fn shl(self, rhs: Rhs) -> Self::Output;
}

/// The right shift operator `>>`.
pub trait Shr<Rhs = Self> {
    /// The resulting type after applying the `>>` operator.
    type Output;
    /// Performs the `>>` operation.
    fn shr(self, rhs: Rhs) -> Self::Output;
}

/// The unary negation operator `-`.
pub trait Neg {
    /// The resulting type after applying the `-` operator.
    type Output;
    /// Performs the unary `-` operation.
    fn neg(self) -> Self::Output;
}

/// The unary logical negation operator `!`.
pub trait Not {
    /// The resulting type after applying the `!` operator.
    type Output;
    /// Performs the unary `!` operation.
    fn not(self) -> Self::Output;
}

/// The addition assignment operator `+=`.
pub trait AddAssign<Rhs = Self> {
    /// Performs the `+=` operation.
    fn add_assign(&mut self, rhs: Rhs);
}

/// The subtraction assignment operator `-=`.
pub trait SubAssign<Rhs = Self> {
    /// Performs the `-=` operation.
    fn sub_assign(&mut self, rhs: Rhs);
}

/// The multiplication assignment operator `*=`.
pub trait MulAssign<Rhs = Self> {
    /// Performs the `*=` operation.
    fn mul_assign(&mut self, rhs: Rhs);
}

/// The division assignment operator `/=`.
pub trait DivAssign<Rhs = Self> {
    /// Performs the `/=` operation.
    fn div_assign(&mut self, rhs: Rhs);
}

/// The remainder assignment operator `%=`.
pub trait RemAssign<Rhs = Self> {
    /// Performs the `%=` operation.
    fn rem_assign(&mut self, rhs: Rhs);
}
