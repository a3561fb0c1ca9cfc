package io.accelforge.fpga.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Opening a serial port fails with one clear line for each usual cause (no board is attached here). */
class SerialLinkTest {
    @Test void aMissingPortIsNamedWithThePortsThatExist() {
        LinkException e = assertThrows(LinkException.class, () -> SerialLink.open("/dev/ttyUSB_accelforge_none", 115200, Duration.ofMillis(100)));
        assertTrue(e.getMessage().startsWith("no serial port /dev/ttyUSB_accelforge_none (ports here: "), e.getMessage());
        assertTrue(e.getMessage().endsWith("plug the board in, or pass its port with --port"), e.getMessage());
    }

    @Test void aBareNameIsLookedUpInDev() {
        LinkException e = assertThrows(LinkException.class, () -> SerialLink.open("ttyACM_accelforge_none", 115200, Duration.ofMillis(100)));
        assertTrue(e.getMessage().startsWith("no serial port /dev/ttyACM_accelforge_none"), e.getMessage());
    }

    @Test void aFileThatIsNotATerminalCannotBeOpenedAsAPort() {
        LinkException e = assertThrows(LinkException.class, () -> SerialLink.open("/dev/null", 115200, Duration.ofMillis(100)));
        assertTrue(e.getMessage().startsWith("cannot open /dev/null as a serial port"), e.getMessage());
    }

    @Test void permissionAndBusyErrorsSayWhatToDo() {
        assertEquals("no permission to open /dev/ttyUSB1: add yourself to the group that owns it (sudo usermod -aG dialout $USER, then log in again)",
                SerialLink.diagnose("/dev/ttyUSB1", true, false, false, 0));
        assertEquals(SerialLink.diagnose("/dev/ttyUSB1", true, false, false, 0), SerialLink.diagnose("/dev/ttyUSB1", true, true, true, 13), "EACCES from open()");
        assertEquals("/dev/ttyUSB1 is busy: another program (a serial terminal?) has it open; close it", SerialLink.diagnose("/dev/ttyUSB1", true, true, true, 16));
    }
}
