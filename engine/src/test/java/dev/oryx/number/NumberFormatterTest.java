package dev.oryx.number;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumberFormatterTest {

    @Test
    void toFixedExamples() {
        assertEquals("123.4560000000", NumberFormatter.toFixed(123.456, 10));
        assertEquals("1", NumberFormatter.toFixed(0.5, 0));
        assertEquals("3", NumberFormatter.toFixed(2.5, 0));
        assertEquals("2", NumberFormatter.toFixed(1.5, 0));
        assertEquals("-3", NumberFormatter.toFixed(-2.5, 0));
        // The double nearest 1.45 is 1.4499999999999999555910790149937..., so no tie.
        assertEquals("1.4", NumberFormatter.toFixed(1.45, 1));
        assertEquals("1.00", NumberFormatter.toFixed(1.005, 2));
        assertEquals("1e+21", NumberFormatter.toFixed(1e21, 2));
        assertEquals("-1e+21", NumberFormatter.toFixed(-1e21, 2));
        assertEquals("999999999999999868928.00", NumberFormatter.toFixed(999999999999999900000.0, 2));
        assertEquals("-0.0000006", NumberFormatter.toFixed(-0.0000006, 7));
        assertEquals("-0.00", NumberFormatter.toFixed(-0.0000001, 2));
        assertEquals("0.00", NumberFormatter.toFixed(-0.0, 2));
        assertEquals("0", NumberFormatter.toFixed(0.0, 0));
        assertEquals("0.1000000000000000055511151231257827021181583404541015625000",
                NumberFormatter.toFixed(0.1, 58));
        assertEquals("0." + "0".repeat(100), NumberFormatter.toFixed(Double.MIN_VALUE, 100));
        assertEquals("12345678901234567168.000", NumberFormatter.toFixed(12345678901234567890.0, 3));
        assertEquals("NaN", NumberFormatter.toFixed(Double.NaN, 2));
        assertEquals("-Infinity", NumberFormatter.toFixed(Double.NEGATIVE_INFINITY, 2));
        assertEquals("42.000", NumberFormatter.toFixed(42, 3));
    }

    @Test
    void toExponentialExamples() {
        assertEquals("1.23e+5", NumberFormatter.toExponential(123456, 2));
        assertEquals("1.2346e+5", NumberFormatter.toExponential(123456, 4));
        assertEquals("1e+0", NumberFormatter.toExponential(1, -1));
        assertEquals("1.5e-7", NumberFormatter.toExponential(1.5e-7, -1));
        assertEquals("1.23456e+5", NumberFormatter.toExponential(123456, -1));
        assertEquals("0e+0", NumberFormatter.toExponential(0, -1));
        assertEquals("0.000e+0", NumberFormatter.toExponential(-0.0, 3));
        assertEquals("-5e-324", NumberFormatter.toExponential(-Double.MIN_VALUE, -1));
        assertEquals("4.94e-324", NumberFormatter.toExponential(Double.MIN_VALUE, 2));
        // The double nearest 9.95 is 9.9499999999999992894..., below the tie.
        assertEquals("9.9e+0", NumberFormatter.toExponential(9.95, 1));
        assertEquals("1e+1", NumberFormatter.toExponential(9.5, 0));
        assertEquals("1.0e+1", NumberFormatter.toExponential(9.96, 1));
        assertEquals("3e+0", NumberFormatter.toExponential(2.5, 0));
        assertEquals("Infinity", NumberFormatter.toExponential(Double.POSITIVE_INFINITY, 2));
    }

    @Test
    void toPrecisionExamples() {
        assertEquals("123.5", NumberFormatter.toPrecision(123.456, 4));
        assertEquals("1.2e+5", NumberFormatter.toPrecision(123456, 2));
        assertEquals("123456", NumberFormatter.toPrecision(123456, 6));
        assertEquals("123456.0", NumberFormatter.toPrecision(123456, 7));
        assertEquals("0.00001", NumberFormatter.toPrecision(0.00001, 1));
        assertEquals("0.0000012", NumberFormatter.toPrecision(0.000001234, 2));
        assertEquals("1.2e-7", NumberFormatter.toPrecision(0.0000001234, 2));
        assertEquals("1.00e+21", NumberFormatter.toPrecision(1e21, 3));
        assertEquals("0.00", NumberFormatter.toPrecision(0, 3));
        assertEquals("0", NumberFormatter.toPrecision(-0.0, 1));
        assertEquals("-1e+2", NumberFormatter.toPrecision(-99.5, 1));
        assertEquals("3", NumberFormatter.toPrecision(2.5, 1));
        assertEquals("NaN", NumberFormatter.toPrecision(Double.NaN, 3));
    }
}
