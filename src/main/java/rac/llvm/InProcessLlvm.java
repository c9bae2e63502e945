package rac.llvm;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * The LLVM back end running inside the JVM: libLLVM's C API (LLVM 15 where installed, else 14)
 * called through Java's FFM API.
 *
 * <p>The library is loaded and initialised once per process ({@link #load()}): the X86 target is
 * registered and {@code -opaque-pointers} is set, which LLVM 14 needs to read rac's {@code ptr}
 * IR. Each compilation then gets its own {@code LLVMContext} (LLVM compiles modules of distinct
 * contexts in parallel), and borrows a target machine for its opt level from a small pool, so a
 * machine is never used by two threads at once. Everything LLVM allocates is freed before the
 * call returns.
 */
@SuppressWarnings("restricted") // native access is this class's purpose; the JVM runs with --enable-native-access
public final class InProcessLlvm implements LlvmBackend {

    /**
     * Where libLLVM is looked for, in order; a bare name goes through the dynamic loader. LLVM 15
     * comes first: its opaque-pointer support is complete, while LLVM 14's optimiser crashes on
     * some loops (see {@link Llvm14Pipelines}, which works around it).
     */
    static final List<String> CANDIDATES = List.of(
            "/usr/lib/llvm-15/lib/libLLVM-15.so",
            "/usr/lib/x86_64-linux-gnu/libLLVM-15.so.1",
            "/usr/lib/x86_64-linux-gnu/libLLVM-15.so",
            "/usr/lib/llvm-14/lib/libLLVM-14.so",
            "/usr/lib/x86_64-linux-gnu/libLLVM-14.so.1",
            "/usr/lib/x86_64-linux-gnu/libLLVM-14.so",
            "/usr/local/lib/libLLVM-14.so",
            "libLLVM-15.so.1",
            "libLLVM-14.so.1",
            "libLLVM-14.so");

    /**
     * The LLVM options rustc sets for every compilation that change generated code: no
     * {@code llvm.assume} for alignment when inlining, and function merging through aliases.
     */
    static final List<String> RUSTC_LLVM_OPTIONS = List.of(
            "-preserve-alignment-assumptions-during-inlining=false",
            "-mergefunc-use-aliases");

    /** rustc's generic x86-64 CPU: no host-specific features, so results compare fairly. */
    static final String CPU = "x86-64";

    // LLVMVerifierFailureAction, LLVMCodeGenOptLevel, LLVMRelocMode, LLVMCodeModel, LLVMCodeGenFileType
    private static final int RETURN_STATUS_ACTION = 2;
    private static final int RELOC_PIC = 2;
    private static final int CODE_MODEL_DEFAULT = 0;
    private static final int ASSEMBLY_FILE = 0;
    private static final int OBJECT_FILE = 1;
    private static final int FUNCTION_INDEX = -1; // LLVMAttributeFunctionIndex, ~0U

    private static final Object LOCK = new Object();
    /** The errors LLVM reports while this thread works on a module (the handler runs on it). */
    private static final ThreadLocal<List<String>> DIAGNOSTICS = new ThreadLocal<>();
    private static final int SEVERITY_ERROR = 0; // LLVMDSError
    private static volatile InProcessLlvm instance;
    private static volatile LlvmException loadFailure;

    private final String libraryPath;
    private final int majorVersion;
    private final Api api;
    private final MemorySegment target;
    private final String triple;
    /** The upcall LLVM calls with each diagnostic, instead of printing it and exiting on errors. */
    private final MemorySegment diagnosticHandler;
    /** Idle target machines, per opt level. */
    private final List<ConcurrentLinkedDeque<MemorySegment>> machinePool = List.of(
            new ConcurrentLinkedDeque<>(), new ConcurrentLinkedDeque<>(),
            new ConcurrentLinkedDeque<>(), new ConcurrentLinkedDeque<>());
    private final AtomicInteger[] pooledMachines = {
        new AtomicInteger(), new AtomicInteger(), new AtomicInteger(), new AtomicInteger()};
    /** Idle target machines kept per opt level; more are disposed when given back. */
    private static final int MAX_POOLED = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

    private InProcessLlvm(String libraryPath, int majorVersion, Api api, MemorySegment target, String triple) {
        this.libraryPath = libraryPath;
        this.majorVersion = majorVersion;
        this.api = api;
        this.target = target;
        this.triple = triple;
        try {
            MethodHandle handler = java.lang.invoke.MethodHandles.lookup().findVirtual(InProcessLlvm.class,
                    "onDiagnostic", java.lang.invoke.MethodType.methodType(void.class, MemorySegment.class,
                            MemorySegment.class)).bindTo(this);
            this.diagnosticHandler = Linker.nativeLinker().upcallStub(handler,
                    FunctionDescriptor.ofVoid(ADDRESS, ADDRESS), Arena.global());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Loads and initialises libLLVM, the first of {@link #CANDIDATES} that loads (once per process;
     * later calls return the same instance).
     * The environment variable {@code RAC_LIBLLVM} names a library to try first.
     *
     * @throws LlvmException when no candidate library loads, with what was tried
     */
    public static InProcessLlvm load() {
        InProcessLlvm result = instance;
        if (result != null) {
            return result;
        }
        synchronized (LOCK) {
            if (instance != null) {
                return instance;
            }
            if (loadFailure != null) {
                throw loadFailure;
            }
            List<String> candidates = new ArrayList<>();
            String override = System.getenv("RAC_LIBLLVM");
            if (override != null && !override.isBlank()) {
                candidates.add(override);
            }
            candidates.addAll(CANDIDATES);
            List<String> problems = new ArrayList<>();
            for (String candidate : candidates) {
                SymbolLookup lookup;
                try {
                    lookup = candidate.contains("/")
                            ? (Files.exists(Path.of(candidate))
                                    ? SymbolLookup.libraryLookup(Path.of(candidate), Arena.global())
                                    : null)
                            : SymbolLookup.libraryLookup(candidate, Arena.global());
                } catch (IllegalArgumentException | IllegalCallerException e) {
                    problems.add(candidate + ": " + e.getMessage());
                    continue;
                }
                if (lookup == null) {
                    problems.add(candidate + ": no such file");
                    continue;
                }
                try {
                    instance = initialise(candidate, new Api(lookup));
                    return instance;
                } catch (RuntimeException e) {
                    problems.add(candidate + ": " + e.getMessage());
                }
            }
            loadFailure = new LlvmException("could not load libLLVM-15 or libLLVM-14 in-process: " + String.join("; ", problems));
            throw loadFailure;
        }
    }

    private static InProcessLlvm initialise(String path, Api api) {
        try (Arena arena = Arena.ofConfined()) {
            api.initX86TargetInfo.invokeExact();
            api.initX86Target.invokeExact();
            api.initX86TargetMC.invokeExact();
            api.initX86AsmPrinter.invokeExact();
            api.initX86AsmParser.invokeExact();
            // LLVM 14 reads `ptr` only in opaque-pointer mode; this must precede every context.
            // LLVM 17 dropped the option (pointers are always opaque) and an unknown option would
            // make LLVM exit the process, so pass it only to a library older than that.
            int major = api.majorVersion(arena, path);
            if (major < 14) {
                throw new LlvmException("LLVM " + major + " is too old (rac needs 14 or newer)");
            }
            List<String> options = new ArrayList<>(List.of("rac"));
            if (major < 17) {
                options.add("-opaque-pointers");
            }
            options.addAll(RUSTC_LLVM_OPTIONS);
            MemorySegment argv = arena.allocate(ADDRESS, options.size());
            for (int i = 0; i < options.size(); i++) {
                argv.setAtIndex(ADDRESS, i, arena.allocateFrom(options.get(i)));
            }
            api.parseCommandLineOptions.invokeExact(options.size(), argv, arena.allocateFrom(""));
            installFatalErrorHandler(api);

            MemorySegment defaultTriple = (MemorySegment) api.getDefaultTargetTriple.invokeExact();
            String hostTriple = cString(defaultTriple);
            api.disposeMessage.invokeExact(defaultTriple);
            String triple = hostTriple.startsWith("x86_64-") && hostTriple.endsWith("linux-gnu")
                    ? "x86_64-unknown-linux-gnu" : hostTriple;

            MemorySegment targetOut = arena.allocate(ADDRESS);
            MemorySegment errorOut = arena.allocate(ADDRESS);
            int failed = (int) api.getTargetFromTriple.invokeExact(arena.allocateFrom(triple), targetOut, errorOut);
            if (failed != 0) {
                throw new LlvmException("no LLVM target for " + triple + ": " + api.takeMessage(errorOut));
            }
            return new InProcessLlvm(path, major, api, targetOut.get(ADDRESS, 0), triple);
        } catch (LlvmException e) {
            throw e;
        } catch (Throwable t) {
            throw new LlvmException("initialising libLLVM failed: " + t, t);
        }
    }

    /**
     * Makes LLVM's fatal errors ({@code report_fatal_error}, after which LLVM ends the process
     * whatever the handler does) end it the way a rustc ICE does: the message on stderr as
     * {@code error: internal compiler error: LLVM ERROR: ...} and exit status 101, rather than
     * LLVM's exit(1) or abort() with a JVM crash report.
     */
    private static void installFatalErrorHandler(Api api) throws Throwable {
        MethodHandle handler = java.lang.invoke.MethodHandles.lookup().findStatic(InProcessLlvm.class,
                "onFatalError", java.lang.invoke.MethodType.methodType(void.class, MemorySegment.class));
        MemorySegment stub = Linker.nativeLinker().upcallStub(handler, FunctionDescriptor.ofVoid(ADDRESS),
                Arena.global());
        api.installFatalErrorHandler.invokeExact(stub);
    }

    /** Exit status of a rustc internal compiler error. */
    static final int ICE_EXIT_STATUS = 101;

    @SuppressWarnings("unused") // called from native code
    private static void onFatalError(MemorySegment reason) {
        String text;
        try {
            text = cString(reason).strip();
        } catch (Throwable t) {
            text = "(unreadable reason)";
        }
        System.out.flush();
        System.err.println("error: internal compiler error: LLVM ERROR: " + text);
        System.err.flush();
        Runtime.getRuntime().halt(ICE_EXIT_STATUS);
    }

    /** The library this instance was loaded from. */
    public String libraryPath() {
        return libraryPath;
    }

    /** The loaded library's major version (14, 15, ...). */
    public int majorVersion() {
        return majorVersion;
    }

    /** The target triple code is generated for. */
    public String triple() {
        return triple;
    }

    @Override
    public String description() {
        return "in-process LLVM " + majorVersion + " (" + libraryPath + ")";
    }

    @Override
    public byte[] compileToObject(String llvmIr, String moduleName, int optLevel) {
        LlvmBackend.checkOptLevel(optLevel);
        return codegen(llvmIr, moduleName, optLevel, OBJECT_FILE);
    }

    @Override
    public String compileToAssembly(String llvmIr, String moduleName, int optLevel) {
        LlvmBackend.checkOptLevel(optLevel);
        return new String(codegen(llvmIr, moduleName, optLevel, ASSEMBLY_FILE), StandardCharsets.UTF_8);
    }

    @Override
    public String optimizeIr(String llvmIr, int optLevel) {
        LlvmBackend.checkOptLevel(optLevel);
        return withModule(llvmIr, "module", (arena, module) -> {
            MemorySegment machine = acquireMachine(optLevel);
            try {
                prepareModule(arena, module, machine);
                runPasses(arena, module, machine, optLevel);
            } finally {
                releaseMachine(optLevel, machine);
            }
            MemorySegment text = (MemorySegment) api.printModuleToString.invokeExact(module);
            try {
                return cString(text);
            } finally {
                api.disposeMessage.invokeExact(text);
            }
        });
    }

    @Override
    public String verify(String llvmIr) {
        try {
            withModule(llvmIr, "module", (arena, module) -> null);
            return null;
        } catch (LlvmException e) {
            return e.getMessage();
        }
    }

    private byte[] codegen(String llvmIr, String moduleName, int optLevel, int fileType) {
        return withModule(llvmIr, moduleName, (arena, module) -> {
            MemorySegment machine = acquireMachine(optLevel);
            try {
                prepareModule(arena, module, machine);
                runPasses(arena, module, machine, optLevel);
                MemorySegment errorOut = arena.allocate(ADDRESS);
                MemorySegment bufferOut = arena.allocate(ADDRESS);
                int failed = (int) api.targetMachineEmitToMemoryBuffer.invokeExact(
                        machine, module, fileType, errorOut, bufferOut);
                if (failed != 0) {
                    throw new LlvmException("LLVM code generation failed: " + api.takeMessage(errorOut));
                }
                MemorySegment buffer = bufferOut.get(ADDRESS, 0);
                try {
                    MemorySegment start = (MemorySegment) api.getBufferStart.invokeExact(buffer);
                    long size = (long) api.getBufferSize.invokeExact(buffer);
                    return start.reinterpret(size).toArray(JAVA_BYTE);
                } finally {
                    api.disposeMemoryBuffer.invokeExact(buffer);
                }
            } finally {
                releaseMachine(optLevel, machine);
            }
        });
    }

    /**
     * LLVM's diagnostic callback: keeps errors for the compilation running on this thread and
     * drops warnings, remarks and notes (rustc does not show LLVM's either). Must not throw: an
     * exception escaping an upcall ends the JVM.
     */
    @SuppressWarnings("unused") // called from native code
    private void onDiagnostic(MemorySegment info, MemorySegment unusedContext) {
        try {
            int severity = (int) api.getDiagInfoSeverity.invokeExact(info);
            if (severity != SEVERITY_ERROR) {
                return;
            }
            MemorySegment description = (MemorySegment) api.getDiagInfoDescription.invokeExact(info);
            String text = cString(description);
            api.disposeMessage.invokeExact(description);
            List<String> errors = DIAGNOSTICS.get();
            if (errors != null) {
                errors.add(text.strip());
            }
        } catch (Throwable t) {
            List<String> errors = DIAGNOSTICS.get();
            if (errors != null) {
                errors.add("(could not read an LLVM diagnostic: " + t + ")");
            }
        }
    }

    /** Work done on a parsed, verified module; may throw anything a downcall throws. */
    @FunctionalInterface
    private interface ModuleAction<T> {
        T apply(Arena arena, MemorySegment module) throws Throwable;
    }

    /** Parses and verifies {@code llvmIr} in a fresh context, runs {@code action}, frees it all. */
    private <T> T withModule(String llvmIr, String moduleName, ModuleAction<T> action) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment context = (MemorySegment) api.contextCreate.invokeExact();
            List<String> errors = new ArrayList<>();
            DIAGNOSTICS.set(errors);
            try {
                // Without a handler, LLVM prints diagnostics to stderr and exit()s on an error.
                api.contextSetDiagnosticHandler.invokeExact(context, diagnosticHandler, MemorySegment.NULL);
                byte[] bytes = llvmIr.getBytes(StandardCharsets.UTF_8);
                MemorySegment data = arena.allocateFrom(JAVA_BYTE, bytes);
                MemorySegment buffer = (MemorySegment) api.createMemoryBufferWithMemoryRangeCopy.invokeExact(
                        data, (long) bytes.length, arena.allocateFrom(moduleName));
                MemorySegment moduleOut = arena.allocate(ADDRESS);
                MemorySegment errorOut = arena.allocate(ADDRESS);
                // LLVMParseIRInContext takes ownership of the buffer, even on failure.
                int failed = (int) api.parseIRInContext.invokeExact(context, buffer, moduleOut, errorOut);
                if (failed != 0) {
                    throw new LlvmException(api.takeMessage(errorOut).strip());
                }
                MemorySegment module = moduleOut.get(ADDRESS, 0);
                try {
                    MemorySegment verifyOut = arena.allocate(ADDRESS);
                    int broken = (int) api.verifyModule.invokeExact(module, RETURN_STATUS_ACTION, verifyOut);
                    String message = api.takeMessage(verifyOut);
                    if (broken != 0) {
                        throw new LlvmException(moduleName + ": invalid LLVM IR: " + message.strip());
                    }
                    T result = action.apply(arena, module);
                    if (!errors.isEmpty()) {
                        throw new LlvmException(moduleName + ": " + String.join("\n", errors));
                    }
                    return result;
                } finally {
                    api.disposeModule.invokeExact(module);
                }
            } finally {
                DIAGNOSTICS.remove();
                api.contextDispose.invokeExact(context);
            }
        } catch (LlvmException e) {
            throw e;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new LlvmException("libLLVM call failed: " + t, t);
        }
    }

    /**
     * Gives the module the machine's data layout (whatever the IR says: code generation would
     * impose it anyway, and optimising under another layout would disagree with it), the machine's
     * triple when the IR names none, and {@code "target-cpu"="x86-64"} to every function that has
     * no target-cpu (as {@code llc -mcpu} and {@code opt -mcpu} do).
     */
    private void prepareModule(Arena arena, MemorySegment module, MemorySegment machine) throws Throwable {
        MemorySegment currentTriple = (MemorySegment) api.getTarget.invokeExact(module);
        if (currentTriple.equals(MemorySegment.NULL) || cString(currentTriple).isEmpty()) {
            api.setTarget.invokeExact(module, arena.allocateFrom(triple));
        }
        MemorySegment layout = (MemorySegment) api.createTargetDataLayout.invokeExact(machine);
        try {
            api.setModuleDataLayout.invokeExact(module, layout);
        } finally {
            api.disposeTargetData.invokeExact(layout);
        }
        MemorySegment context = (MemorySegment) api.getModuleContext.invokeExact(module);
        MemorySegment key = arena.allocateFrom("target-cpu");
        MemorySegment value = arena.allocateFrom(CPU);
        MemorySegment cpuAttribute = (MemorySegment) api.createStringAttribute.invokeExact(
                context, key, "target-cpu".length(), value, CPU.length());
        for (MemorySegment function = (MemorySegment) api.getFirstFunction.invokeExact(module);
                !function.equals(MemorySegment.NULL);
                function = (MemorySegment) api.getNextFunction.invokeExact(function)) {
            MemorySegment existing = (MemorySegment) api.getStringAttributeAtIndex.invokeExact(
                    function, FUNCTION_INDEX, key, "target-cpu".length());
            if (existing.equals(MemorySegment.NULL)) {
                api.addAttributeAtIndex.invokeExact(function, FUNCTION_INDEX, cpuAttribute);
            }
        }
    }

    /**
     * Runs {@code default<On>} with rustc's tuning: vectorisers and function merging from O2 on,
     * loop unrolling and interleaving always.
     * Like rustc, level 0 runs the O0 pipeline too: it optimises nothing but inlines
     * {@code alwaysinline} functions.
     */
    private void runPasses(Arena arena, MemorySegment module, MemorySegment machine, int optLevel) throws Throwable {
        MemorySegment options = (MemorySegment) api.createPassBuilderOptions.invokeExact();
        try {
            int vectorize = optLevel >= 2 ? 1 : 0;
            api.passBuilderOptionsSetLoopVectorization.invokeExact(options, vectorize);
            api.passBuilderOptionsSetSLPVectorization.invokeExact(options, vectorize);
            api.passBuilderOptionsSetLoopInterleaving.invokeExact(options, 1);
            api.passBuilderOptionsSetLoopUnrolling.invokeExact(options, 1);
            api.passBuilderOptionsSetMergeFunctions.invokeExact(options, vectorize);
            String pipeline = majorVersion <= 14 ? Llvm14Pipelines.forLevel(optLevel) : "default<O" + optLevel + ">";
            MemorySegment error = (MemorySegment) api.runPasses.invokeExact(
                    module, arena.allocateFrom(pipeline), machine, options);
            if (!error.equals(MemorySegment.NULL)) {
                MemorySegment message = (MemorySegment) api.getErrorMessage.invokeExact(error);
                String text = cString(message);
                api.disposeErrorMessage.invokeExact(message);
                throw new LlvmException("LLVM optimisation failed: " + text);
            }
        } finally {
            api.disposePassBuilderOptions.invokeExact(options);
        }
    }

    private MemorySegment acquireMachine(int optLevel) throws Throwable {
        MemorySegment machine = machinePool.get(optLevel).pollFirst();
        if (machine != null) {
            pooledMachines[optLevel].decrementAndGet();
            return machine;
        }
        try (Arena arena = Arena.ofConfined()) {
            machine = (MemorySegment) api.createTargetMachine.invokeExact(target, arena.allocateFrom(triple),
                    arena.allocateFrom(CPU), arena.allocateFrom(""), optLevel, RELOC_PIC, CODE_MODEL_DEFAULT);
        }
        if (machine.equals(MemorySegment.NULL)) {
            throw new LlvmException("LLVMCreateTargetMachine failed for " + triple);
        }
        return machine;
    }

    private void releaseMachine(int optLevel, MemorySegment machine) throws Throwable {
        if (pooledMachines[optLevel].incrementAndGet() <= MAX_POOLED) {
            machinePool.get(optLevel).addFirst(machine);
        } else {
            pooledMachines[optLevel].decrementAndGet();
            api.disposeTargetMachine.invokeExact(machine);
        }
    }

    static String cString(MemorySegment pointer) {
        return pointer.reinterpret(Long.MAX_VALUE).getString(0);
    }

    /** Downcall handles for the part of LLVM's C API rac uses. */
    private static final class Api {
        final MethodHandle initX86TargetInfo;
        final MethodHandle initX86Target;
        final MethodHandle initX86TargetMC;
        final MethodHandle initX86AsmPrinter;
        final MethodHandle initX86AsmParser;
        final MethodHandle parseCommandLineOptions;
        final MethodHandle getDefaultTargetTriple;
        final MethodHandle getTargetFromTriple;
        final MethodHandle createTargetMachine;
        final MethodHandle disposeTargetMachine;
        final MethodHandle getVersion;
        final MethodHandle createTargetDataLayout;
        final MethodHandle setModuleDataLayout;
        final MethodHandle disposeTargetData;
        final MethodHandle getTarget;
        final MethodHandle setTarget;
        final MethodHandle contextCreate;
        final MethodHandle contextDispose;
        final MethodHandle createMemoryBufferWithMemoryRangeCopy;
        final MethodHandle parseIRInContext;
        final MethodHandle verifyModule;
        final MethodHandle disposeModule;
        final MethodHandle disposeMessage;
        final MethodHandle printModuleToString;
        final MethodHandle targetMachineEmitToMemoryBuffer;
        final MethodHandle getBufferStart;
        final MethodHandle getBufferSize;
        final MethodHandle disposeMemoryBuffer;
        final MethodHandle createPassBuilderOptions;
        final MethodHandle disposePassBuilderOptions;
        final MethodHandle passBuilderOptionsSetLoopVectorization;
        final MethodHandle passBuilderOptionsSetSLPVectorization;
        final MethodHandle passBuilderOptionsSetLoopInterleaving;
        final MethodHandle passBuilderOptionsSetLoopUnrolling;
        final MethodHandle passBuilderOptionsSetMergeFunctions;
        final MethodHandle runPasses;
        final MethodHandle getErrorMessage;
        final MethodHandle getModuleContext;
        final MethodHandle installFatalErrorHandler;
        final MethodHandle contextSetDiagnosticHandler;
        final MethodHandle getDiagInfoSeverity;
        final MethodHandle getDiagInfoDescription;
        final MethodHandle createStringAttribute;
        final MethodHandle getFirstFunction;
        final MethodHandle getNextFunction;
        final MethodHandle getStringAttributeAtIndex;
        final MethodHandle addAttributeAtIndex;
        final MethodHandle disposeErrorMessage;

        private final SymbolLookup lookup;
        private final Linker linker = Linker.nativeLinker();

        Api(SymbolLookup lookup) {
            this.lookup = lookup;
            initX86TargetInfo = fn("LLVMInitializeX86TargetInfo", null);
            initX86Target = fn("LLVMInitializeX86Target", null);
            initX86TargetMC = fn("LLVMInitializeX86TargetMC", null);
            initX86AsmPrinter = fn("LLVMInitializeX86AsmPrinter", null);
            initX86AsmParser = fn("LLVMInitializeX86AsmParser", null);
            parseCommandLineOptions = fn("LLVMParseCommandLineOptions", null, JAVA_INT, ADDRESS, ADDRESS);
            getDefaultTargetTriple = fn("LLVMGetDefaultTargetTriple", ADDRESS);
            getTargetFromTriple = fn("LLVMGetTargetFromTriple", JAVA_INT, ADDRESS, ADDRESS, ADDRESS);
            createTargetMachine = fn("LLVMCreateTargetMachine", ADDRESS,
                    ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT);
            disposeTargetMachine = fn("LLVMDisposeTargetMachine", null, ADDRESS);
            // LLVMGetVersion exists from LLVM 16 on; libLLVM-14 lacks it.
            getVersion = lookup.find("LLVMGetVersion").map(symbol -> linker.downcallHandle(symbol,
                    FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS))).orElse(null);
            createTargetDataLayout = fn("LLVMCreateTargetDataLayout", ADDRESS, ADDRESS);
            setModuleDataLayout = fn("LLVMSetModuleDataLayout", null, ADDRESS, ADDRESS);
            disposeTargetData = fn("LLVMDisposeTargetData", null, ADDRESS);
            getTarget = fn("LLVMGetTarget", ADDRESS, ADDRESS);
            setTarget = fn("LLVMSetTarget", null, ADDRESS, ADDRESS);
            contextCreate = fn("LLVMContextCreate", ADDRESS);
            contextDispose = fn("LLVMContextDispose", null, ADDRESS);
            createMemoryBufferWithMemoryRangeCopy = fn("LLVMCreateMemoryBufferWithMemoryRangeCopy", ADDRESS,
                    ADDRESS, JAVA_LONG, ADDRESS);
            parseIRInContext = fn("LLVMParseIRInContext", JAVA_INT, ADDRESS, ADDRESS, ADDRESS, ADDRESS);
            verifyModule = fn("LLVMVerifyModule", JAVA_INT, ADDRESS, JAVA_INT, ADDRESS);
            disposeModule = fn("LLVMDisposeModule", null, ADDRESS);
            disposeMessage = fn("LLVMDisposeMessage", null, ADDRESS);
            printModuleToString = fn("LLVMPrintModuleToString", ADDRESS, ADDRESS);
            targetMachineEmitToMemoryBuffer = fn("LLVMTargetMachineEmitToMemoryBuffer", JAVA_INT,
                    ADDRESS, ADDRESS, JAVA_INT, ADDRESS, ADDRESS);
            getBufferStart = fn("LLVMGetBufferStart", ADDRESS, ADDRESS);
            getBufferSize = fn("LLVMGetBufferSize", JAVA_LONG, ADDRESS);
            disposeMemoryBuffer = fn("LLVMDisposeMemoryBuffer", null, ADDRESS);
            createPassBuilderOptions = fn("LLVMCreatePassBuilderOptions", ADDRESS);
            disposePassBuilderOptions = fn("LLVMDisposePassBuilderOptions", null, ADDRESS);
            passBuilderOptionsSetLoopVectorization = fn("LLVMPassBuilderOptionsSetLoopVectorization", null,
                    ADDRESS, JAVA_INT);
            passBuilderOptionsSetSLPVectorization = fn("LLVMPassBuilderOptionsSetSLPVectorization", null,
                    ADDRESS, JAVA_INT);
            passBuilderOptionsSetLoopInterleaving = fn("LLVMPassBuilderOptionsSetLoopInterleaving", null,
                    ADDRESS, JAVA_INT);
            passBuilderOptionsSetLoopUnrolling = fn("LLVMPassBuilderOptionsSetLoopUnrolling", null,
                    ADDRESS, JAVA_INT);
            passBuilderOptionsSetMergeFunctions = fn("LLVMPassBuilderOptionsSetMergeFunctions", null,
                    ADDRESS, JAVA_INT);
            runPasses = fn("LLVMRunPasses", ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS);
            getModuleContext = fn("LLVMGetModuleContext", ADDRESS, ADDRESS);
            installFatalErrorHandler = fn("LLVMInstallFatalErrorHandler", null, ADDRESS);
            contextSetDiagnosticHandler = fn("LLVMContextSetDiagnosticHandler", null, ADDRESS, ADDRESS, ADDRESS);
            getDiagInfoSeverity = fn("LLVMGetDiagInfoSeverity", JAVA_INT, ADDRESS);
            getDiagInfoDescription = fn("LLVMGetDiagInfoDescription", ADDRESS, ADDRESS);
            createStringAttribute = fn("LLVMCreateStringAttribute", ADDRESS,
                    ADDRESS, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT);
            getFirstFunction = fn("LLVMGetFirstFunction", ADDRESS, ADDRESS);
            getNextFunction = fn("LLVMGetNextFunction", ADDRESS, ADDRESS);
            getStringAttributeAtIndex = fn("LLVMGetStringAttributeAtIndex", ADDRESS,
                    ADDRESS, JAVA_INT, ADDRESS, JAVA_INT);
            addAttributeAtIndex = fn("LLVMAddAttributeAtIndex", null, ADDRESS, JAVA_INT, ADDRESS);
            getErrorMessage = fn("LLVMGetErrorMessage", ADDRESS, ADDRESS);
            disposeErrorMessage = fn("LLVMDisposeErrorMessage", null, ADDRESS);
        }

        private MethodHandle fn(String name, MemoryLayout result, MemoryLayout... args) {
            MemorySegment symbol = lookup.find(name)
                    .orElseThrow(() -> new LlvmException("symbol " + name + " not found"));
            FunctionDescriptor descriptor = result == null
                    ? FunctionDescriptor.ofVoid(args) : FunctionDescriptor.of(result, args);
            return linker.downcallHandle(symbol, descriptor);
        }

        /**
         * The library's major version: from LLVMGetVersion (LLVM 16 on), else from a
         * {@code LLVM-<major>} in its file name, else 14 (the conservative guess).
         */
        int majorVersion(Arena arena, String path) throws Throwable {
            if (getVersion == null) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("LLVM-(\\d+)").matcher(path);
                return m.find() ? Integer.parseInt(m.group(1)) : 14;
            }
            MemorySegment parts = arena.allocate(JAVA_INT, 3);
            getVersion.invokeExact(parts, parts.asSlice(4), parts.asSlice(8));
            return parts.getAtIndex(JAVA_INT, 0);
        }

        /** Reads the C string an out-parameter points to (or "" if NULL) and frees it. */
        String takeMessage(MemorySegment out) throws Throwable {
            MemorySegment message = out.get(ADDRESS, 0);
            if (message.equals(MemorySegment.NULL)) {
                return "";
            }
            try {
                return cString(message);
            } finally {
                disposeMessage.invokeExact(message);
            }
        }
    }
}
