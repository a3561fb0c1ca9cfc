package io.accelforge.fpga.program;

/**
 * What programming a board came to, from the programmer's exit code and output, with a
 * one-line fix and the exit code {@code forge fpga program} returns:
 * 0 OK, 1 FAILED (anything else), 3 NO_CABLE, 4 NO_DEVICE, 5 PERMISSION, 6 UNKNOWN_BOARD.
 */
public enum Outcome {
    OK(0, "programmed", ""),
    NO_CABLE(3, "no programming cable found",
            "plug the board in with a USB data cable and check that lsusb lists its programmer (see the board's USB VID:PID)"),
    NO_DEVICE(4, "the cable answered but no FPGA did",
            "power the board and check its jumpers and JTAG chain; unplug and replug it"),
    PERMISSION(5, "no permission to open the USB programmer",
            "install openFPGALoader's udev rules (99-openfpgaloader.rules into /etc/udev/rules.d, then sudo udevadm control --reload-rules && sudo udevadm trigger), add yourself to the plugdev group and replug the board"),
    UNKNOWN_BOARD(6, "the programmer does not know this board",
            "upgrade openFPGALoader (openFPGALoader --list-boards shows the names it knows), or correct the board's programmer entry"),
    FAILED(1, "programming failed", "read the programmer's output above");

    public final int exitCode;
    public final String meaning;
    public final String fix;

    Outcome(int exitCode, String meaning, String fix) {
        this.exitCode = exitCode;
        this.meaning = meaning;
        this.fix = fix;
    }

    /**
     * Classifies openFPGALoader's exit code and output (stderr and stdout together). Measured
     * with openFPGALoader 0.10 and no board attached: exit 1 with "unable to open ftdi device:
     * -3 (device not found)" then "Failed to claim cable" (SPI boards) or "JTAG init failed"
     * (JTAG boards); "No DFU compatible device found" for DFU boards; "cannot find board" for a
     * name it does not know. libftdi reports an access error as -4 "usb_open() failed" (or
     * libusb's LIBUSB_ERROR_ACCESS), a driver holding the interface as -5.
     */
    public static Outcome classify(int exitCode, String output) {
        String o = output.toLowerCase(java.util.Locale.ROOT);
        if (exitCode == 0 && !o.contains("error")) return OK;
        if (o.contains("cannot find board")) return UNKNOWN_BOARD;
        if (o.contains("unable to open ftdi device: -4") || o.contains("usb_open() failed") || o.contains("libusb_error_access")
                || o.contains("permission denied") || o.contains("unable to claim usb device") || o.contains("unable to open ftdi device: -5")) {
            return PERMISSION;
        }
        if (o.contains("no device found") && !o.contains("no dfu compatible device found")) return NO_DEVICE;
        if (o.contains("unable to open ftdi device: -3") || o.contains("device not found") || o.contains("failed to claim cable")
                || o.contains("no dfu compatible device found") || o.contains("jtag init failed")) {
            return NO_CABLE;
        }
        return exitCode == 0 ? OK : FAILED;
    }
}
