package io.accelforge.tpe.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PythonFloatTest {
    @Test void writesShortestDigitsPositionallyAsPythonDoes() {
        assertEquals("91.68309650614964", PythonFloat.repr(91.68309650614964));
        assertEquals("100.0", PythonFloat.repr(100.0));
        assertEquals("0.0", PythonFloat.repr(0.0));
        assertEquals("0.703125", PythonFloat.repr(0.703125));
        assertEquals("0.0001", PythonFloat.repr(1e-4));
        assertEquals("1234567.5", PythonFloat.repr(1234567.5));
    }

    @Test void writesTinyAndHugeValuesInPythonsScientificForm() {
        assertEquals("2.4e-05", PythonFloat.repr(2.4e-5));
        assertEquals("1e-07", PythonFloat.repr(1e-7));
        assertEquals("-3.5e-10", PythonFloat.repr(-3.5e-10));
        assertEquals("1e+16", PythonFloat.repr(1e16));
        assertEquals("1.2345e+20", PythonFloat.repr(1.2345e20));
    }
}
