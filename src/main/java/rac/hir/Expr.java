package rac.hir;

import java.util.List;

/**
 * A HIR expression. Children are {@code int} ids into the same {@link Body}'s expression arena
 * ({@code -1} for an absent optional child).
 */
public sealed interface Expr {
    /** An expression that failed to lower (an error was already reported). */
    record Missing() implements Expr { }

    /** A literal. */
    record Lit(Literal value) implements Expr { }

    /** A path resolved to a local binding. */
    record Local(int binding) implements Expr { }

    /** A path resolved to a `const` item. */
    record ConstRef(DefId def) implements Expr { }

    /** A path resolved to a function item, with its explicit generic arguments ({@code f::<u8>}). */
    record FnRef(DefId def, List<TypeRef> generics) implements Expr {
        public FnRef {
            generics = List.copyOf(generics);
        }

        public FnRef(DefId def) {
            this(def, List.of());
        }
    }

    /** A function of the standard library built into rac ({@link StdPaths}), e.g. {@code std::process::exit}. */
    record StdFn(String path) implements Expr { }

    /**
     * {@code lhs op rhs}, including the lazy {@code &&} and {@code ||}; {@code opRange} is where
     * the operator token is (diagnostics point at it).
     */
    record Binary(BinaryOp op, int lhs, int rhs, RelRange opRange) implements Expr { }

    /** {@code -e}, {@code !e}, {@code *e}. */
    record Unary(UnaryOp op, int operand) implements Expr { }

    /** {@code lhs = rhs}; {@code opRange} is where the {@code =} is. */
    record Assign(int lhs, int rhs, RelRange opRange) implements Expr { }

    /** {@code lhs op= rhs}; {@code opRange} is where the operator is. */
    record AssignOp(BinaryOp op, int lhs, int rhs, RelRange opRange) implements Expr { }

    /** {@code callee(args)}. */
    record Call(int callee, List<Integer> args) implements Expr {
        public Call {
            args = List.copyOf(args);
        }
    }

    /** A block {@code { stmts; tail }}; {@code tail} is -1 when the block ends with a statement. */
    record Block(List<Stmt> stmts, int tail) implements Expr {
        public Block {
            stmts = List.copyOf(stmts);
        }
    }

    /** {@code if cond { then } else { otherwise }}; {@code otherwise} is -1 without else. */
    record If(int cond, int then, int otherwise) implements Expr { }

    /**
     * {@code loop { body }}. A {@code while} is lowered to a loop whose body is
     * {@code if cond { body } else { break }}; {@code source} records which it was. A labeled block
     * {@code 'a: { body }} is a {@code Loop} with source {@code LABELED_BLOCK}: its body runs once, its value
     * is the body's or a {@code break 'a value}'s, and unlabeled {@code break}/{@code continue} skip it.
     */
    record Loop(int body, String label, LoopSource source) implements Expr { }

    /** {@code break 'label value}; {@code value} is -1 when absent. */
    record Break(String label, int value) implements Expr { }

    /** {@code continue 'label}. */
    record Continue(String label) implements Expr { }

    /** {@code return value}; {@code value} is -1 when absent. */
    record Return(int value) implements Expr { }

    /** {@code inner?}: the value of an {@code Ok}/{@code Some}, or an early return of the error / {@code None}. */
    record Try(int inner) implements Expr { }

    /** {@code &expr} or {@code &mut expr}. */
    record Ref(boolean mutable, int expr) implements Expr { }

    /** {@code expr as ty}. */
    record Cast(int expr, TypeRef ty) implements Expr { }

    /** A tuple {@code (a, b)}; {@code ()} is unit. */
    record Tuple(List<Integer> elements) implements Expr {
        public Tuple {
            elements = List.copyOf(elements);
        }
    }

    /** {@code base.name} (a tuple index is a name like "0"); {@code nameRange} is where the name is. */
    record Field(int base, String name, RelRange nameRange) implements Expr { }

    /**
     * A formatting macro ({@code print!}, {@code println!}, {@code eprint!}, {@code eprintln!}) whose
     * format string was parsed at lowering: literal pieces and arguments in output order.
     */
    record Print(boolean stderr, List<FmtPiece> pieces, boolean panic, int sink) implements Expr {
        public Print {
            pieces = List.copyOf(pieces);
        }

        public Print(boolean stderr, List<FmtPiece> pieces, boolean panic) {
            this(stderr, pieces, panic, -1);
        }

        public Print(boolean stderr, List<FmtPiece> pieces) {
            this(stderr, pieces, false, -1);
        }
    }

    /**
     * A struct or enum variant constructor used as a value: a unit struct/variant, or the callee of
     * a tuple struct/variant construction ({@code ctor} is the struct's or the variant's def).
     */
    record CtorRef(DefId ctor) implements Expr { }

    /**
     * A struct expression {@code Path { a: e, b, ..base }}; {@code ctor} is the struct's or the
     * variant's def, or null for {@code Self { .. }}; {@code base} is -1 without {@code ..base}.
     */
    record StructLit(DefId ctor, List<FieldInit> fields, int base, RelRange pathRange) implements Expr {
        public StructLit {
            fields = List.copyOf(fields);
        }
    }

    /** A field initializer of a struct expression (shorthand {@code a} is {@code a: a}). */
    record FieldInit(String name, int expr, RelRange nameRange) { }

    /**
     * A path through a type, resolved during type checking: {@code Self} itself ({@code name} null;
     * a unit or tuple struct constructor), or {@code Type::name} (an associated function or const,
     * or an enum variant through {@code Self} or an alias).
     */
    record TypePath(TypeRef ty, String name, RelRange nameRange) implements Expr { }

    /** {@code receiver.name(args)}; {@code nameRange} is where the method name is. */
    record MethodCall(int receiver, String name, List<Integer> args, RelRange nameRange) implements Expr {
        public MethodCall {
            args = List.copyOf(args);
        }
    }

    /** An array expression {@code [a, b, c]}. */
    record Array(List<Integer> elements) implements Expr {
        public Array {
            elements = List.copyOf(elements);
        }
    }

    /** {@code [value; count]}; {@code count} is a constant expression. */
    record ArrayRepeat(int value, int count) implements Expr { }

    /** {@code base[index]}. */
    record Index(int base, int index) implements Expr { }

    /** {@code start..end} / {@code start..=end}; an absent bound is -1. */
    record Range(int start, int end, boolean inclusive) implements Expr { }

    /**
     * {@code 'label: for pat in iterable { body }}. rac lowers the loops it knows (ranges, arrays,
     * slices, and {@code iter()}/{@code rev()}/{@code enumerate()} on them) to counting loops in MIR.
     */
    record For(int pat, int iterable, int body, String label) implements Expr { }

    /**
     * {@code match scrutinee { arms }}; also {@code if let} (two arms, the second {@code _ => else}),
     * {@code while let} (inside a loop: {@code _ => break}) and {@code matches!}, told apart by
     * {@code source}. {@code newArmSpacing} is what rustc puts before an arm it suggests adding
     * after the last one ({@code " "} or a newline and the last arm's indentation); {@code letStart}
     * is where the {@code let} of an {@code if let} / {@code while let} is (-1 otherwise).
     */
    record Match(int scrutinee, List<MatchArm> arms, MatchSource source, String newArmSpacing, int letStart)
            implements Expr {
        public Match {
            arms = List.copyOf(arms);
        }
    }

    /** An arm {@code pat if guard => body} ({@code guard} -1 when absent). */
    record MatchArm(int pat, int guard, int body) { }

    /**
     * {@code asm!(...)}: the template, the operands, the options and the {@code clobber_abi}s. Its
     * type is {@code ()}, or {@code !} with {@code options(noreturn)}.
     */
    record InlineAsm(List<Asm.Piece> template, List<Asm.Operand> operands, List<String> options,
            List<String> clobberAbis) implements Expr {
        public InlineAsm {
            template = List.copyOf(template);
            operands = List.copyOf(operands);
            options = List.copyOf(options);
            clobberAbis = List.copyOf(clobberAbis);
        }
    }

    /** Where a match came from. */
    enum MatchSource { MATCH, IF_LET, WHILE_LET, MATCHES_MACRO }

    /** Where a loop came from. */
    enum LoopSource { LOOP, WHILE, FOR, LABELED_BLOCK }

    /** A piece of a formatted output: a literal string or an argument. */
    sealed interface FmtPiece {
        /** Literal text. */
        record Text(String text) implements FmtPiece { }

        /** The expression {@code arg}, formatted with {@code spec} ({@code {}} is Display). */
        record Arg(int arg, FmtSpec spec) implements FmtPiece {
            public Arg(int arg) {
                this(arg, FmtSpec.DISPLAY);
            }
        }
    }
}
