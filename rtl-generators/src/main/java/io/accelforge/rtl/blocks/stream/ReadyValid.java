package io.accelforge.rtl.blocks.stream;

import io.accelforge.rtl.hcl.Bundle;
import io.accelforge.rtl.hcl.Signal;

/**
 * A ready/valid stream port: a word moves on a clock edge where valid and ready are both
 * high. The sender holds valid and data until the word moves. Held in field {@code in}, its
 * ports are named in_valid, in_ready, in_data.
 */
public final class ReadyValid extends Bundle {
    public final Signal valid, ready, data;

    public ReadyValid(Signal valid, Signal ready, Signal data) {
        this.valid = valid;
        this.ready = ready;
        this.data = data;
    }
}
