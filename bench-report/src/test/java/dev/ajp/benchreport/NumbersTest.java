package dev.ajp.benchreport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "0.1234;  0.123",
                "1;       1.00",
                "12.345;  12.3",
                "999.6;   1,000",
                "1234.5;  1,230",
                "81300.8; 81,300",
                "0.00042; 0.000420",
                "0;       0"
            })
    void numbersAreWrittenWithThreeSignificantDigitsAndGroupedThousands(double value, String written) {
        assertThat(Numbers.significant(value)).isEqualTo(written);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {"0.5; 0.02; 0.500 ± 0.020", "1234.5; 20.3; 1,230 ± 20", "2; NaN; 2.00"})
    void aScoreKeepsThreeDigitsItsErrorTwoAndAnUnknownErrorIsLeftOut(double score, double error, String written) {
        assertThat(Numbers.withError(score, error)).isEqualTo(written);
    }
}
