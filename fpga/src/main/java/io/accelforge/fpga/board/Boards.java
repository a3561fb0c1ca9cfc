package io.accelforge.fpga.board;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accelforge.rtl.util.NearestNames;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every board and device known to AccelForge, read from the JSON resources under
 * {@code io/accelforge/fpga/boards/} (listed in its {@code index.json}) and
 * {@code io/accelforge/fpga/devices.json}. Loading checks each board: a known device, the
 * clock among the pins, and for the open flow every pin a user IO of the package.
 */
public final class Boards {
    private static final String BASE = "/io/accelforge/fpga/";
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static volatile Boards builtIn;

    private final Map<String, Board> boards;
    private final Map<String, Device> devices;

    Boards(Map<String, Board> boards, Map<String, Device> devices) {
        this.boards = boards;
        this.devices = devices;
    }

    /** The boards shipped with AccelForge (read once). */
    public static Boards builtIn() {
        Boards b = builtIn;
        if (b == null) {
            synchronized (Boards.class) {
                if (builtIn == null) builtIn = load();
                b = builtIn;
            }
        }
        return b;
    }

    private static Boards load() {
        Map<String, Device> devices = readDevices(BASE + "devices.json");
        Map<String, Board> boards = new LinkedHashMap<>();
        for (String name : read(BASE + "boards/index.json", new TypeReference<List<String>>() {})) {
            String res = BASE + "boards/" + name + ".json";
            Board b = read(res, new TypeReference<Board>() {});
            check(res, b, name, devices);
            boards.put(b.name(), b);
        }
        return new Boards(Collections.unmodifiableMap(boards), Collections.unmodifiableMap(devices));
    }

    /** Fails with the resource and the problem: unknown device, clock not a pin, pins outside the package. */
    static void check(String res, Board b, String expectedName, Map<String, Device> devices) {
        List<String> problems = new ArrayList<>();
        if (!expectedName.equals(b.name())) problems.add("'name' is '" + b.name() + "' but the file is " + expectedName + ".json");
        if (b.flow() == null) problems.add("no 'flow'");
        Device d = devices.get(b.device());
        if (d == null) problems.add("unknown device '" + b.device() + "'" + NearestNames.suggestion(String.valueOf(b.device()), devices.keySet()));
        if (b.clock() == null) problems.add("no 'clock'");
        else if (!b.pins().isEmpty() && b.pin(b.clock().pin()) == null) problems.add("clock pin '" + b.clock().pin() + "' is not among the pins");
        if (b.programmer() == null) problems.add("no 'programmer'");
        if (b.isOpenFlow() && d != null) {
            List<String> sites = d.sites(b.packageName());
            if (sites.isEmpty()) problems.add("device " + d.name() + " has no package '" + b.packageName() + "'");
            else {
                for (Map.Entry<String, Pin> e : b.pins().entrySet()) {
                    if (!sites.contains(e.getValue().site())) {
                        problems.add("pin " + e.getKey() + " at site '" + e.getValue().site() + "' is not a user IO of " + d.name() + "-" + b.packageName());
                    }
                }
            }
        }
        if (!problems.isEmpty()) throw new IllegalStateException(res + ": " + String.join("; ", problems));
    }

    private static Map<String, Device> readDevices(String res) {
        JsonNode root = read(res, new TypeReference<JsonNode>() {});
        Map<String, Device> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            if (e.getKey().startsWith("_")) continue;
            JsonNode n = e.getValue();
            Map<String, Integer> resources = JSON.convertValue(n.path("resources"), new TypeReference<Map<String, Integer>>() {});
            Map<String, List<String>> packages = n.has("packages")
                    ? JSON.convertValue(n.get("packages"), new TypeReference<Map<String, List<String>>>() {}) : Map.of();
            out.put(e.getKey(), new Device(e.getKey(), n.path("family").asText(), n.path("title").asText(),
                    n.path("bitstreamBytes").asLong(0), n.path("dsp").asBoolean(false), resources, packages));
        }
        return out;
    }

    private static <T> T read(String res, TypeReference<T> type) {
        try (InputStream in = Boards.class.getResourceAsStream(res)) {
            if (in == null) throw new IllegalStateException("board data " + res + " is missing from the class path");
            return JSON.readValue(in, type);
        } catch (JacksonException e) {
            throw new IllegalStateException(res + ":" + (e.getLocation() == null ? "" : e.getLocation().getLineNr() + ":") + " " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(res + ": " + e.getMessage(), e);
        }
    }

    public List<Board> all() { return List.copyOf(boards.values()); }

    public List<String> names() { return List.copyOf(boards.keySet()); }

    /** The board called {@code name}; fails with the nearest names. */
    public Board get(String name) {
        Board b = boards.get(name);
        if (b == null) {
            throw new UnknownBoardException("unknown board '" + name + "'" + NearestNames.suggestion(name, boards.keySet())
                    + " (known: " + String.join(", ", boards.keySet()) + ")");
        }
        return b;
    }

    public Device device(String name) {
        Device d = devices.get(name);
        if (d == null) throw new IllegalArgumentException("unknown device '" + name + "'" + NearestNames.suggestion(name, devices.keySet()));
        return d;
    }

    /** The device of {@code b}. */
    public Device deviceOf(Board b) { return device(b.device()); }
}
