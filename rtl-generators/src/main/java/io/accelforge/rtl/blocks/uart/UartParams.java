package io.accelforge.rtl.blocks.uart;

import io.accelforge.rtl.gen.Param;
import io.accelforge.rtl.gen.Params;

/** Bit period of an 8N1 UART in clock cycles, e.g. 100 MHz / 115200 baud = 868. */
public record UartParams(
        @Param(min = 4, max = 1 << 24, doc = "clock cycles per bit (clock frequency / baud rate)") int clocksPerBit) {
    public UartParams {
        Params.check(UartParams.class, clocksPerBit);
    }
}
