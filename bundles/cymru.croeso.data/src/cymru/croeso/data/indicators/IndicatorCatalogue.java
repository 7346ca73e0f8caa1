package cymru.croeso.data.indicators;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Properties;

/**
 * The Migrant Integration Framework's catalogue of indicators as shipped with Croeso: 7 domains and their 31 key
 * indicators, read from two UTF-8 tab-separated resources beside this class that were extracted from the framework's
 * text (Welsh Government, "Migrant Integration Framework", first published 18 December 2023, updated 12 July 2024),
 * with Croeso's unofficial Welsh wordings of the domains and indicators from a third resource.
 */
public final class IndicatorCatalogue {
    static final String INDICATORS = "migrant-integration-indicators.tsv";
    static final String QUESTIONS = "migrant-integration-questions.tsv";
    static final String WELSH = "migrant-integration-cy.properties";
    private static final int INDICATOR_COLUMNS = 10;
    private static final int QUESTION_COLUMNS = 5;

    private final List<IntegrationDomain> domains;
    private final List<IntegrationIndicator> indicators;

    private IndicatorCatalogue(List<IntegrationDomain> domains, List<IntegrationIndicator> indicators) {
        this.domains = List.copyOf(domains);
        this.indicators = List.copyOf(indicators);
    }

    /** Reads the catalogue shipped in this bundle. */
    public static IndicatorCatalogue load() {
        Map<String, List<SurveyQuestion>> questions = new LinkedHashMap<>();
        for (Row row : rows(QUESTIONS, QUESTION_COLUMNS)) {
            String options = row.cell(4);
            List<String> list = options.isEmpty() ? List.of() : Arrays.asList(options.split(" \\| ", -1));
            questions.computeIfAbsent(row.cell(0) + "." + row.cell(1), k -> new ArrayList<>()).add(new SurveyQuestion(row.cell(3), list));
        }
        Properties welsh = welsh();
        Map<Integer, IntegrationDomain> domains = new LinkedHashMap<>();
        List<IntegrationIndicator> indicators = new ArrayList<>();
        for (Row row : rows(INDICATORS, INDICATOR_COLUMNS)) {
            int d = row.number(0);
            IntegrationDomain domain = domains.computeIfAbsent(d, k -> new IntegrationDomain(k, row.cell(1),
                    welsh(welsh, "domain." + k)));
            int n = row.number(2);
            OptionalInt link = row.cell(4).isEmpty() ? OptionalInt.empty() : OptionalInt.of(row.number(4));
            indicators.add(new IntegrationIndicator(domain, n, row.cell(3), link,
                    new DataAvailability(row.yesNo(5), row.cell(6)), new DataAvailability(row.yesNo(7), row.cell(8)),
                    questions.getOrDefault(d + "." + n, List.of()), row.polarity(9),
                    welsh(welsh, "indicator." + d + "." + n)));
        }
        return new IndicatorCatalogue(new ArrayList<>(domains.values()), indicators);
    }

    public List<IntegrationDomain> domains() {
        return domains;
    }

    /** Every indicator, domain by domain, in the framework's order. */
    public List<IntegrationIndicator> indicators() {
        return indicators;
    }

    /** The indicators of one domain (1 … 7). */
    public List<IntegrationIndicator> indicatorsIn(int domain) {
        return indicators.stream().filter(i -> i.domain().number() == domain).toList();
    }

    /** The indicator with an id such as "2.3". */
    public IntegrationIndicator indicator(String id) {
        return indicators.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                "no integration indicator '" + id + "'; ids run from 1.1 to 7.3 as domain.number, e.g. 2.3"));
    }

    private static Properties welsh() {
        InputStream in = IndicatorCatalogue.class.getResourceAsStream(WELSH);
        if (in == null) {
            throw new IllegalStateException(WELSH + " is missing from the cymru.croeso.data bundle; rebuild the bundle");
        }
        Properties words = new Properties();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            words.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(WELSH + ": cannot be read", e);
        }
        return words;
    }

    private static String welsh(Properties words, String key) {
        String text = words.getProperty(key);
        if (text == null || text.isBlank()) {
            throw new IllegalStateException(WELSH + ": no Welsh wording for " + key + "; add the line " + key + "=…");
        }
        return text.strip();
    }

    private static List<Row> rows(String resource, int columns) {
        InputStream in = IndicatorCatalogue.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing from the cymru.croeso.data bundle; rebuild the bundle");
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    rows.add(new Row(resource, number, line.split("\t", -1), columns));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": cannot be read", e);
        }
        return rows;
    }

    /** One line of a resource, reporting bad cells as file:row:column. */
    private record Row(String file, int line, String[] cells, int columns) {
        Row {
            if (cells.length != columns) {
                throw new IllegalStateException(file + ":" + line + ":1: " + cells.length + " tab-separated cells, expected " + columns
                        + "; re-run the extraction script or fix the row");
            }
        }

        String cell(int i) {
            return cells[i];
        }

        int number(int i) {
            try {
                return Integer.parseInt(cells[i]);
            } catch (NumberFormatException e) {
                throw fault(i, "'" + cells[i] + "' is not a whole number");
            }
        }

        boolean yesNo(int i) {
            return switch (cells[i]) {
                case "yes" -> true;
                case "no" -> false;
                default -> throw fault(i, "'" + cells[i] + "' must be yes or no");
            };
        }

        Polarity polarity(int i) {
            return switch (cells[i]) {
                case "higher" -> Polarity.HIGHER_IS_BETTER;
                case "lower" -> Polarity.LOWER_IS_BETTER;
                default -> throw fault(i, "'" + cells[i] + "' must be higher or lower");
            };
        }

        private IllegalStateException fault(int i, String what) {
            return new IllegalStateException(file + ":" + line + ":" + (i + 1) + ": " + what);
        }
    }
}
