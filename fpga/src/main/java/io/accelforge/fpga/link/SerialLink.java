package io.accelforge.fpga.link;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@link Transport} over a real serial port (jSerialComm): 8N1 at the shell's baud rate, reads
 * wait up to a timeout. Opening fails with one clear line for the usual causes: no such port
 * (with the ports that exist), no permission (the dialout group), or the port is busy.
 */
public final class SerialLink implements Transport {
    private final SerialPort port;
    private final String name;
    private final int baud;
    private final Duration timeout;

    private SerialLink(SerialPort port, String name, int baud, Duration timeout) {
        this.port = port;
        this.name = name;
        this.baud = baud;
        this.timeout = timeout;
    }

    /** Opens {@code portName} (e.g. /dev/ttyUSB1; a bare name is looked up in /dev). */
    public static SerialLink open(String portName, int baud, Duration timeout) {
        String path = portName.startsWith("/") || portName.toUpperCase(Locale.ROOT).startsWith("COM") ? portName : "/dev/" + portName;
        Path p = Path.of(path);
        boolean unix = path.startsWith("/");
        if (unix && !Files.exists(p)) throw new LinkException(diagnose(path, false, false, false, 0));
        if (unix && (!Files.isReadable(p) || !Files.isWritable(p))) throw new LinkException(diagnose(path, true, Files.isReadable(p), Files.isWritable(p), 0));
        SerialPort sp;
        try {
            sp = SerialPort.getCommPort(path);
        } catch (SerialPortInvalidPortException e) {
            throw new LinkException(diagnose(path, false, false, false, 0));
        }
        sp.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        sp.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, (int) Math.min(Integer.MAX_VALUE, timeout.toMillis()), 0);
        if (!sp.openPort()) throw new LinkException(diagnose(path, true, true, true, sp.getLastErrorCode()));
        sp.flushIOBuffers();
        return new SerialLink(sp, path + " at " + baud + " baud", baud, timeout);
    }

    /** The one-line reason a port could not be opened, with what to do. */
    static String diagnose(String path, boolean exists, boolean readable, boolean writable, int errno) {
        if (!exists || errno == 2) {
            return "no serial port " + path + " (ports here: " + String.join(", ", ports()) + "); plug the board in, or pass its port with --port";
        }
        if (!readable || !writable || errno == 13 || errno == 1) {
            return "no permission to open " + path + ": add yourself to the group that owns it (sudo usermod -aG dialout $USER, then log in again)";
        }
        if (errno == 16) return path + " is busy: another program (a serial terminal?) has it open; close it";
        return "cannot open " + path + " as a serial port" + (errno == 0 ? "" : " (error " + errno + ")") + "; is it the board's UART?";
    }

    /** The serial ports jSerialComm sees. */
    public static List<String> ports() {
        List<String> out = new ArrayList<>();
        for (SerialPort s : SerialPort.getCommPorts()) out.add(s.getSystemPortPath());
        if (out.isEmpty()) out.add("none");
        return out;
    }

    @Override public void write(byte[] bytes) {
        int n = port.writeBytes(bytes, bytes.length, 0);
        if (n != bytes.length) throw new LinkException("writing to " + name + " failed (" + n + " of " + bytes.length + " bytes); was the board unplugged?");
    }

    @Override public int read(byte[] buf, int off, int len) {
        int n = port.readBytes(buf, len, off);
        if (n < 0) throw new LinkException("reading from " + name + " failed; was the board unplugged?");
        return n;
    }

    @Override public void quiet(int byteTimes) {
        try {
            Thread.sleep(Math.max(1, (long) Math.ceil(byteTimes * 10_000.0 / baud)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        port.flushIOBuffers();
    }

    @Override public String describe() { return name; }

    @Override public String timeoutDescription() { return String.format(Locale.ROOT, "%.1f s", timeout.toMillis() / 1000.0); }

    @Override public void close() { port.closePort(); }
}
