package rac.mir;

import java.util.List;

/**
 * The MIR of one function: locals ({@code _0} is the return place, then the arguments) and basic
 * blocks ({@code bb0} is the entry).
 */
public record MirBody(String name, List<LocalDecl> locals, int argCount, List<BasicBlock> blocks) {
    public MirBody {
        locals = List.copyOf(locals);
        blocks = List.copyOf(blocks);
    }
}
