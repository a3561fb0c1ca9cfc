package io.accelforge.rtl.gen;

import java.util.List;

/** A module's generators, found through java.util.ServiceLoader. */
public interface GeneratorProvider {
    List<Generator<?>> generators();
}
