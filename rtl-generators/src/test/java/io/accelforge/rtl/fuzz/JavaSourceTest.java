package io.accelforge.rtl.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.hcl.Module;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java a reproducer prints compiles on its own and builds exactly the hardware that was fuzzed. */
class JavaSourceTest {
    @TempDir Path tmp;

    /** Verilog without comments (they name the Java file and line that built each part). */
    private static Map<String, String> withoutComments(Design d) {
        Map<String, String> out = new LinkedHashMap<>();
        d.verilog().forEach((k, v) -> out.put(k, v.replaceAll("(?m)\\s*//.*$", "")));
        return out;
    }

    @Test void thePrintedClassesCompileAndElaborateToTheSameVerilog() throws Exception {
        List<Path> files = new ArrayList<>();
        Map<String, Design> built = new LinkedHashMap<>();
        boolean withSubs = false;
        boolean withAsync = false;
        for (long seed = 0; seed < 24; seed++) {
            Circuit c = CircuitGenerator.generate(seed, "c" + seed);
            withSubs |= !c.subs().isEmpty();
            withAsync |= c.needsAsyncDomain();
            String top = "repro" + seed;
            FuzzTop[] t = new FuzzTop[1];
            built.put(JavaSource.className(top), Elaborator.elaborate(() -> t[0] = new FuzzTop(top, List.of(c))));
            Path f = tmp.resolve(JavaSource.className(top) + ".java");
            Files.writeString(f, JavaSource.of(t[0], List.of("seed " + seed)));
            files.add(f);
        }
        assertTrue(withSubs && withAsync, "the sample has sub-circuits and asynchronous resets");

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter log = new StringWriter();
        List<String> args = new ArrayList<>(List.of("-d", tmp.resolve("classes").toString(), "-cp", System.getProperty("java.class.path")));
        boolean ok = javac.getTask(log, null, null, args, null, javac.getStandardFileManager(null, null, null).getJavaFileObjectsFromPaths(files)).call();
        assertTrue(ok, "the printed Java does not compile:\n" + log);

        try (URLClassLoader loader = new URLClassLoader(new URL[] {tmp.resolve("classes").toUri().toURL()}, getClass().getClassLoader())) {
            for (Map.Entry<String, Design> e : built.entrySet()) {
                Constructor<?> make = loader.loadClass(e.getKey()).getConstructor();
                Design again = Elaborator.elaborate(() -> {
                    try {
                        return (Module) make.newInstance();
                    } catch (ReflectiveOperationException x) {
                        throw new IllegalStateException(x);
                    }
                });
                assertEquals(withoutComments(e.getValue()), withoutComments(again), e.getKey());
            }
        }
    }
}
