package io.accelforge.rtl.blocks.uart;

import io.accelforge.rtl.gen.Generator;
import io.accelforge.rtl.gen.GeneratorProvider;
import java.util.List;

/** UART transmitter and receiver. */
public final class UartGenerators implements GeneratorProvider {
    @Override public List<Generator<?>> generators() {
        return List.of();
    }
}
