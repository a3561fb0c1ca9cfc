package io.accelforge.rtl.blocks.uart;

import io.accelforge.rtl.gen.Generator;
import io.accelforge.rtl.gen.GeneratorProvider;
import java.util.List;

/** UART transmitter and receiver. */
public final class UartGenerators implements GeneratorProvider {
    private static final UartParams BAUD_115200_AT_100MHZ = new UartParams(868);
    private static final List<UartParams> CORNERS = List.of(new UartParams(4), new UartParams(5), new UartParams(1 << 24));

    @Override public List<Generator<?>> generators() {
        return List.of(
                new Generator<>("uart-tx", "8N1 UART transmitter with a valid/ready byte input", UartParams.class,
                        BAUD_115200_AT_100MHZ, CORNERS, UartTx::new),
                new Generator<>("uart-rx", "8N1 UART receiver with input synchroniser, mid-bit sampling and framing-error flag",
                        UartParams.class, BAUD_115200_AT_100MHZ, CORNERS, UartRx::new));
    }
}
