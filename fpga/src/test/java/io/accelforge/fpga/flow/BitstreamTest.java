package io.accelforge.fpga.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.fpga.board.Boards;
import io.accelforge.fpga.board.Device;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bitstream sanity: the size fixed per device and the header bytes; a file for another device is named as such. */
class BitstreamTest {
    @TempDir Path tmp;
    private final Boards boards = Boards.builtIn();
    private final List<Device> ice40 = List.of(boards.device("up5k"), boards.device("hx1k"), boards.device("hx8k"));

    static byte[] fake(int size) {
        byte[] b = new byte[size];
        System.arraycopy(Bitstream.HEADER, 0, b, 0, Bitstream.HEADER.length);
        return b;
    }

    @Test void aFileOfTheDevicesSizeAndHeaderPassesWithItsHash() throws Exception {
        Path f = Files.write(tmp.resolve("ok.bin"), fake(104090));
        Bitstream b = Bitstream.check(f, boards.device("up5k"), ice40);
        assertEquals(104090, b.bytes());
        assertEquals(Bitstream.sha256(fake(104090)), b.sha256());
    }

    @Test void anHx1kBitstreamIsRefusedForAnUp5kAndNamedAsHx1k() throws Exception {
        Path f = Files.write(tmp.resolve("stick.bin"), fake(32220));
        FlowException e = assertThrows(FlowException.class, () -> Bitstream.check(f, boards.device("up5k"), ice40));
        assertTrue(e.getMessage().contains("has 32220 bytes; a up5k bitstream has 104090 (it is the size of a hx1k bitstream)"), e.getMessage());
    }

    @Test void aFileWithoutTheHeaderIsNotABitstream() throws Exception {
        Path f = Files.write(tmp.resolve("top.asc"), new byte[104090]);
        FlowException e = assertThrows(FlowException.class, () -> Bitstream.check(f, boards.device("up5k"), ice40));
        assertTrue(e.getMessage().contains("run icepack on the .asc first"), e.getMessage());
    }
}
