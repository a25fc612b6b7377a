package dev.ajp.benchreport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How numbers are written in tables and charts: a few significant digits (a benchmark's error makes more of them
 * noise), thousands grouped with commas, a point for decimals, the same on every machine (no locale).
 */
final class Numbers {

    private Numbers() {}

    /** {@code 0.123}, {@code 12.3}, {@code 1,230}: three significant digits, trailing zeros kept. */
    static String significant(double value) {
        return significant(value, 3);
    }

    /**
     * A score and its error: {@code 0.123 ± 0.0041}, the score to three significant digits and the error to two;
     * the score alone when the error is unknown (NaN, as after a single measured iteration).
     */
    static String withError(double score, double error) {
        if (Double.isNaN(error) || Double.isInfinite(error)) {
            return significant(score);
        }
        return significant(score) + " ± " + significant(error, 2);
    }

    static String significant(double value, int digits) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        if (value == 0) {
            return "0";
        }
        var magnitude = (int) Math.floor(Math.log10(Math.abs(value)));
        var scale = digits - 1 - magnitude;
        var rounded = new BigDecimal(value).setScale(scale, RoundingMode.HALF_EVEN);
        var decimals = Math.max(0, rounded.scale());
        var format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(rounded.setScale(decimals, RoundingMode.UNNECESSARY));
    }

    /** {@code 1,000}: a whole number with its thousands grouped. */
    static String grouped(long value) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }
}
