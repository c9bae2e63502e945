package rac.syntax.ast;

import rac.syntax.SyntaxKind;

/** A binary operator, grouped as rustc groups them (arithmetic, logic, comparison, assignment). */
public enum BinaryOp {
    ADD("+", Group.ARITH), SUB("-", Group.ARITH), MUL("*", Group.ARITH), DIV("/", Group.ARITH),
    REM("%", Group.ARITH), BIT_AND("&", Group.ARITH), BIT_OR("|", Group.ARITH), BIT_XOR("^", Group.ARITH),
    SHL("<<", Group.ARITH), SHR(">>", Group.ARITH),
    AND("&&", Group.LOGIC), OR("||", Group.LOGIC),
    EQ("==", Group.CMP), NE("!=", Group.CMP), LT("<", Group.CMP), LE("<=", Group.CMP), GT(">", Group.CMP),
    GE(">=", Group.CMP),
    ASSIGN("=", Group.ASSIGN),
    ADD_ASSIGN("+=", Group.COMPOUND), SUB_ASSIGN("-=", Group.COMPOUND), MUL_ASSIGN("*=", Group.COMPOUND),
    DIV_ASSIGN("/=", Group.COMPOUND), REM_ASSIGN("%=", Group.COMPOUND), BIT_AND_ASSIGN("&=", Group.COMPOUND),
    BIT_OR_ASSIGN("|=", Group.COMPOUND), BIT_XOR_ASSIGN("^=", Group.COMPOUND), SHL_ASSIGN("<<=", Group.COMPOUND),
    SHR_ASSIGN(">>=", Group.COMPOUND);

    /** Operator families. */
    public enum Group { ARITH, LOGIC, CMP, ASSIGN, COMPOUND }

    private final String text;
    private final Group group;

    BinaryOp(String text, Group group) {
        this.text = text;
        this.group = group;
    }

    public String text() {
        return text;
    }

    public Group group() {
        return group;
    }

    public boolean isAssignment() {
        return group == Group.ASSIGN || group == Group.COMPOUND;
    }

    public boolean isComparison() {
        return group == Group.CMP;
    }

    /** For a compound assignment, the arithmetic operator it applies ({@code +=} gives {@code +}); else null. */
    public BinaryOp compoundBase() {
        return switch (this) {
            case ADD_ASSIGN -> ADD;
            case SUB_ASSIGN -> SUB;
            case MUL_ASSIGN -> MUL;
            case DIV_ASSIGN -> DIV;
            case REM_ASSIGN -> REM;
            case BIT_AND_ASSIGN -> BIT_AND;
            case BIT_OR_ASSIGN -> BIT_OR;
            case BIT_XOR_ASSIGN -> BIT_XOR;
            case SHL_ASSIGN -> SHL;
            case SHR_ASSIGN -> SHR;
            default -> null;
        };
    }

    /** The operator for an operator token kind, or null. */
    public static BinaryOp of(SyntaxKind k) {
        return switch (k) {
            case PLUS -> ADD;
            case MINUS -> SUB;
            case STAR -> MUL;
            case SLASH -> DIV;
            case PERCENT -> REM;
            case AMP -> BIT_AND;
            case PIPE -> BIT_OR;
            case CARET -> BIT_XOR;
            case SHL -> SHL;
            case SHR -> SHR;
            case AMP2 -> AND;
            case PIPE2 -> OR;
            case EQ2 -> EQ;
            case NEQ -> NE;
            case L_ANGLE -> LT;
            case LTEQ -> LE;
            case R_ANGLE -> GT;
            case GTEQ -> GE;
            case EQ -> ASSIGN;
            case PLUSEQ -> ADD_ASSIGN;
            case MINUSEQ -> SUB_ASSIGN;
            case STAREQ -> MUL_ASSIGN;
            case SLASHEQ -> DIV_ASSIGN;
            case PERCENTEQ -> REM_ASSIGN;
            case AMPEQ -> BIT_AND_ASSIGN;
            case PIPEEQ -> BIT_OR_ASSIGN;
            case CARETEQ -> BIT_XOR_ASSIGN;
            case SHLEQ -> SHL_ASSIGN;
            case SHREQ -> SHR_ASSIGN;
            default -> null;
        };
    }
}
