package io.accelforge.tpe.topology;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A GEMM workload in SCALE-Sim v2's topology format ({@code topologies/GEMM_mnk/*.csv}): a
 * header {@code Layer,M,N,K,}, then one row per layer, {@code fc1,36,47,98,}. A layer is
 * C (M x N) = A (M x K) x B (K x N); the trailing comma is optional, blank lines are skipped,
 * and CRLF line ends are accepted. Layer IDs are the rows' positions from 0, as in SCALE-Sim's
 * reports.
 *
 * @param source the file name that errors name ({@code layers.csv:3: ...})
 */
public record Topology(String source, List<Layer> layers) {
    /** The largest M, N or K a row may give. */
    public static final int MAX_DIM = 1 << 20;

    /** One row: {@code line} is its 1-based line in the file. */
    public record Layer(int line, String name, int m, int n, int k) {
        public Layer {
            if (name.isBlank()) throw new IllegalArgumentException("a layer needs a name");
            if (m < 1 || n < 1 || k < 1) throw new IllegalArgumentException("layer " + name + ": M, N and K must be at least 1");
        }

        /** Multiply-accumulates of the layer: M x N x K. */
        public long macs() { return (long) m * n * k; }

        /** "36x98x47" (M x K x N, the order the rest of the project writes GEMMs in). */
        public String shape() { return m + "x" + k + "x" + n; }
    }

    public Topology {
        layers = List.copyOf(layers);
        if (layers.isEmpty()) throw new IllegalArgumentException(source + ": no layers");
    }

    public static Topology read(Path file) throws IOException {
        return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Parses the text of a topology file; a malformed line is a {@link TopologyException} naming {@code source:line}. */
    public static Topology parse(String source, String text) {
        String[] lines = text.split("\r?\n", -1);
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) first++;
        if (first == lines.length) throw new TopologyException(source, 1, "the file is empty; expected the header 'Layer,M,N,K,' and one row per layer");
        checkHeader(source, first + 1, lines[first]);
        List<Layer> layers = new ArrayList<>();
        for (int i = first + 1; i < lines.length; i++) {
            if (lines[i].isBlank()) continue;
            layers.add(row(source, i + 1, lines[i]));
        }
        if (layers.isEmpty()) throw new TopologyException(source, first + 1, "no layers after the header; add rows such as 'fc1,36,47,98,' (name, M, N, K)");
        return new Topology(source, layers);
    }

    private static void checkHeader(String source, int line, String text) {
        List<String> cells = cells(text);
        boolean gemm = cells.size() == 4 && cells.get(1).equalsIgnoreCase("M") && cells.get(2).equalsIgnoreCase("N") && cells.get(3).equalsIgnoreCase("K");
        if (!gemm) {
            throw new TopologyException(source, line, "header '" + text.strip() + "' is not a GEMM topology; expected 'Layer,M,N,K,' "
                    + "(SCALE-Sim's GEMM_mnk format; convolution topologies are not supported)");
        }
    }

    private static Layer row(String source, int line, String text) {
        List<String> cells = cells(text);
        if (cells.size() != 4) {
            throw new TopologyException(source, line, cells.size() + " cell" + (cells.size() == 1 ? "" : "s") + " in '" + text.strip()
                    + "'; expected 4: layer name, M, N, K (e.g. 'fc1,36,47,98,')");
        }
        String name = cells.getFirst();
        if (name.isEmpty()) throw new TopologyException(source, line, "the layer name (first cell) is empty; allowed: any text without commas");
        return new Layer(line, name, dim(source, line, "M", cells.get(1)), dim(source, line, "N", cells.get(2)), dim(source, line, "K", cells.get(3)));
    }

    private static int dim(String source, int line, String what, String cell) {
        String allowed = "allowed: a whole number from 1 to " + String.format(Locale.ROOT, "%,d", MAX_DIM);
        long v;
        try {
            v = Long.parseLong(cell);
        } catch (NumberFormatException e) {
            throw new TopologyException(source, line, what + " = '" + cell + "' is not a whole number; " + allowed);
        }
        if (v < 1 || v > MAX_DIM) throw new TopologyException(source, line, what + " = " + cell + " is out of range; " + allowed);
        return (int) v;
    }

    /** The trimmed cells of a line, without the empty cell after a trailing comma. */
    private static List<String> cells(String text) {
        List<String> cells = new ArrayList<>();
        for (String c : text.split(",", -1)) cells.add(c.strip());
        if (cells.size() > 1 && cells.getLast().isEmpty()) cells.removeLast();
        return cells;
    }
}
