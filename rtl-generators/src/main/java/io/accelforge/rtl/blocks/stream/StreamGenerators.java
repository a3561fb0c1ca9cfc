package io.accelforge.rtl.blocks.stream;

import io.accelforge.rtl.gen.Generator;
import io.accelforge.rtl.gen.GeneratorProvider;
import java.util.List;

/** FIFOs and ready/valid buffers. */
public final class StreamGenerators implements GeneratorProvider {
    @Override public List<Generator<?>> generators() {
        return List.of(
                new Generator<>("sync-fifo", "first-word-fall-through FIFO in block RAM, one clock", FifoParams.class,
                        new FifoParams(8, 512),
                        List.of(new FifoParams(1, 2), new FifoParams(72, 4), new FifoParams(36, 65536)),
                        SyncFifo::new),
                new Generator<>("skid-buffer", "two-entry ready/valid slice with registered ready and valid, full throughput",
                        SkidBufferParams.class, new SkidBufferParams(32),
                        List.of(new SkidBufferParams(1), new SkidBufferParams(8), new SkidBufferParams(1024)),
                        SkidBuffer::new));
    }
}
