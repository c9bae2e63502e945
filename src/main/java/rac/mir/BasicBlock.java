package rac.mir;

import java.util.List;

/** A basic block: straight-line statements and one terminator. */
public record BasicBlock(List<Statement> statements, Terminator terminator) {
    public BasicBlock {
        statements = List.copyOf(statements);
    }
}
