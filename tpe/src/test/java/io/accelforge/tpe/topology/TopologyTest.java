package io.accelforge.tpe.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopologyTest {
    @Test void readsScaleSimGemmRowsAsNameMNK() {
        Topology t = Topology.parse("layers.csv", "Layer,M,N,K,\nfc1,36,47,98,\nfc2, 8 , 9 , 10,\n");
        assertEquals(List.of(new Topology.Layer(2, "fc1", 36, 47, 98), new Topology.Layer(3, "fc2", 8, 9, 10)), t.layers());
        assertEquals("36x98x47", t.layers().getFirst().shape());
    }

    @Test void acceptsCrlfBlankLinesAndRowsWithoutTrailingComma() {
        // SCALE-Sim's own GEMM_mnk files end lines in CRLF; its test file spells the header 'Layer Name, M, N, K,'
        Topology t = Topology.parse("t.csv", "Layer Name, M, N, K,\r\n\r\nTest 1, 128, 64, 256,\r\nb,1,2,3\r\n\r\n");
        assertEquals(List.of(new Topology.Layer(3, "Test 1", 128, 64, 256), new Topology.Layer(4, "b", 1, 2, 3)), t.layers());
    }

    @Test void readsTheExampleTopology() throws IOException {
        Topology t = Topology.read(Path.of("..", "examples", "topologies", "small-gemm.csv"));
        assertEquals("small-gemm.csv", t.source());
        assertEquals(new Topology.Layer(2, "fc1", 36, 47, 98), t.layers().getFirst());
    }

    @Test void rejectsAValueThatIsNotANumberNamingFileLineAndWhatIsAllowed() {
        TopologyException e = assertThrows(TopologyException.class, () -> Topology.parse("layers.csv", "Layer,M,N,K,\nfc1,36,47,98,\nfc2,8,x9,10,\n"));
        assertEquals("layers.csv:3: N = 'x9' is not a whole number; allowed: a whole number from 1 to 1,048,576", e.getMessage());
    }

    @Test void rejectsZeroAndTooLargeDimensions() {
        assertEquals("layers.csv:2: K = 0 is out of range; allowed: a whole number from 1 to 1,048,576",
                assertThrows(TopologyException.class, () -> Topology.parse("layers.csv", "Layer,M,N,K,\nfc1,36,47,0,\n")).getMessage());
        assertEquals("layers.csv:2: M = 2000000 is out of range; allowed: a whole number from 1 to 1,048,576",
                assertThrows(TopologyException.class, () -> Topology.parse("layers.csv", "Layer,M,N,K,\nfc1,2000000,47,1,\n")).getMessage());
    }

    @Test void rejectsARowWithTheWrongNumberOfCells() {
        TopologyException e = assertThrows(TopologyException.class, () -> Topology.parse("layers.csv", "Layer,M,N,K,\n\nfc1,36,47,\n"));
        assertEquals("layers.csv:3: 3 cells in 'fc1,36,47,'; expected 4: layer name, M, N, K (e.g. 'fc1,36,47,98,')", e.getMessage());
    }

    @Test void rejectsAnEmptyLayerName() {
        TopologyException e = assertThrows(TopologyException.class, () -> Topology.parse("layers.csv", "Layer,M,N,K,\n ,1,2,3,\n"));
        assertEquals("layers.csv:2: the layer name (first cell) is empty; allowed: any text without commas", e.getMessage());
    }

    @Test void rejectsAConvolutionTopologyHeader() {
        TopologyException e = assertThrows(TopologyException.class, () -> Topology.parse("alexnet.csv",
                "Layer name, IFMAP Height, IFMAP Width, Filter Height, Filter Width, Channels, Num Filter, Strides,\nConv1,227,227,11,11,3,96,4,\n"));
        assertEquals("alexnet.csv:1: header 'Layer name, IFMAP Height, IFMAP Width, Filter Height, Filter Width, Channels, Num Filter, Strides,' "
                + "is not a GEMM topology; expected 'Layer,M,N,K,' (SCALE-Sim's GEMM_mnk format; convolution topologies are not supported)", e.getMessage());
    }

    @Test void rejectsAnEmptyFileAndAHeaderWithoutLayers() {
        assertEquals("empty.csv:1: the file is empty; expected the header 'Layer,M,N,K,' and one row per layer",
                assertThrows(TopologyException.class, () -> Topology.parse("empty.csv", "\n")).getMessage());
        assertEquals("h.csv:1: no layers after the header; add rows such as 'fc1,36,47,98,' (name, M, N, K)",
                assertThrows(TopologyException.class, () -> Topology.parse("h.csv", "Layer,M,N,K,\n")).getMessage());
    }
}
