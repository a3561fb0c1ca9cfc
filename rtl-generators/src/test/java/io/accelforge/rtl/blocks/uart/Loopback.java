package io.accelforge.rtl.blocks.uart;

import static io.accelforge.rtl.hcl.Hcl.Bool;
import static io.accelforge.rtl.hcl.Hcl.UInt;

import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;

/** A transmitter wired to a receiver, for loopback tests. */
final class Loopback extends Module {
    final Input data, valid;
    final Output ready, rxData, rxValid, rxFramingError, line;
    private final UartTx tx;
    private final UartRx rx;

    Loopback(UartParams p) {
        super(p);
        data = input(UInt(8));
        valid = input(Bool());
        ready = output(Bool());
        rxData = output(UInt(8));
        rxValid = output(Bool());
        rxFramingError = output(Bool());
        line = output(Bool());

        tx = instance(new UartTx(p));
        rx = instance(new UartRx(p));
        tx.data.set(data);
        tx.valid.set(valid);
        ready.set(tx.ready);
        rx.rxd.set(tx.txd);
        line.set(tx.txd);
        rxData.set(rx.data);
        rxValid.set(rx.valid);
        rxFramingError.set(rx.framingError);
    }
}
