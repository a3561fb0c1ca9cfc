package io.accelforge.rtl.hcl;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A module whose body is external Verilog: declare its ports (and Verilog parameters) and
 * give its source. Outputs are taken as driven; the interpreter cannot simulate it.
 */
public abstract class BlackBox extends Module {
    private final String verilogName;
    private final Map<String, Long> verilogParams = new LinkedHashMap<>();
    private final Map<String, String> sources = new LinkedHashMap<>();

    protected BlackBox(String verilogName) {
        Names.checkIdentifier(verilogName);
        this.verilogName = verilogName;
    }

    @Override public final String moduleName() { return verilogName; }

    /** A Verilog parameter set on the instance: {@code #(.NAME(value))}. */
    protected final void verilogParameter(String name, long value) {
        Names.checkIdentifier(name);
        verilogParams.put(name, value);
    }

    /** The Verilog source, written beside the generated files as {@code fileName}. */
    protected final void source(String fileName, String verilogText) {
        if (!fileName.matches("[A-Za-z0-9_.-]+\\.s?v")) {
            throw new HclException("black-box source name '" + fileName + "' must be a plain .v/.sv file name", null);
        }
        sources.put(fileName, verilogText);
    }

    public Map<String, Long> verilogParameters() { return Collections.unmodifiableMap(verilogParams); }
    public Map<String, String> sources() { return Collections.unmodifiableMap(sources); }
}
