package rac.query;

import java.util.ArrayList;
import java.util.List;

/**
 * The per-thread state of one read operation (Salsa's local state): its stack of active queries and,
 * when blocked, what it waits for. A worker computing part of a {@code getAll} gets its own state whose
 * logical stack starts with its parent's frames at the time of the fork.
 */
final class LocalState {
    final Database db;
    final LocalState parent;
    final List<DatabaseKey> inherited;
    final Thread thread;
    final QueryContext ctx;
    final ArrayList<Frame> stack = new ArrayList<>();

    // Guarded by db.graphLock.
    Slot blockedOnSlot;
    LocalState blockedOwner;
    List<DatabaseKey> blockedStack;
    Database.Fork blockedOnFork;

    /** Set (under the graph lock) when another thread found this blocked state to close a cycle. */
    volatile CycleException pendingCycle;

    LocalState(Database db, LocalState parent, List<DatabaseKey> inherited, Thread thread) {
        this.db = db;
        this.parent = parent;
        this.inherited = inherited;
        this.thread = thread;
        this.ctx = new QueryContext(this);
    }

    Frame push(DatabaseKey key) {
        Frame f = new Frame(key);
        stack.add(f);
        return f;
    }

    void pop() {
        stack.removeLast();
    }

    Frame top() {
        return stack.isEmpty() ? null : stack.getLast();
    }

    DatabaseKey activeKey() {
        return stack.isEmpty() ? (inherited.isEmpty() ? null : inherited.getLast()) : stack.getLast().key;
    }

    /** The inherited frames followed by this state's own frames. */
    List<DatabaseKey> logicalStack() {
        List<DatabaseKey> out = new ArrayList<>(inherited.size() + stack.size());
        out.addAll(inherited);
        for (Frame f : stack) {
            out.add(f.key);
        }
        return out;
    }

    void clearBlocked() {
        blockedOnSlot = null;
        blockedOwner = null;
        blockedStack = null;
        blockedOnFork = null;
    }

    @Override
    public String toString() {
        return "LocalState[" + thread.getName() + "]";
    }
}
