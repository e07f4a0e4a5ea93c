package io.battlesim.app.leaderboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTests {

    @Test
    void quotesEveryCellAndDoublesQuotes() {
        assertThat(Csv.line(List.of("Mia \"the\" fan", 12, "a,b")))
                .isEqualTo("\"Mia \"\"the\"\" fan\",\"12\",\"a,b\"\r\n");
    }

    @Test
    void defusesCellsASpreadsheetWouldRunAsFormulas() {
        assertThat(Csv.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(Csv.cell("+1+1")).isEqualTo("\"'+1+1\"");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(Csv.cell("-5")).as("a negative number stays a number").isEqualTo("\"-5\"");
    }
}
