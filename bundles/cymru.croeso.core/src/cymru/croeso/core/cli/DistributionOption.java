package cymru.croeso.core.cli;

import java.util.Locale;

import cymru.croeso.engine.uncertainty.Distribution;

/**
 * Reads a distribution from an option value: {@code normal:MEAN,SD}, {@code uniform:MIN,MAX},
 * {@code triangular:MIN,MODE,MAX} or {@code fixed:VALUE}, e.g. {@code --migration normal:1,0.2}.
 */
final class DistributionOption {

    private DistributionOption() {
    }

    static Distribution parse(String option, String text) {
        int colon = text.indexOf(':');
        String kind = (colon < 0 ? text : text.substring(0, colon)).trim().toLowerCase(Locale.ROOT);
        String[] parts = colon < 0 ? new String[0] : text.substring(colon + 1).split(",");
        double[] v = new double[parts.length];
        try {
            for (int i = 0; i < parts.length; i++) {
                v[i] = Double.parseDouble(parts[i].trim());
            }
            Distribution d = switch (kind) {
                case "normal" -> v.length == 2 ? new Distribution.Normal(v[0], v[1]) : null;
                case "uniform" -> v.length == 2 ? new Distribution.Uniform(v[0], v[1]) : null;
                case "triangular" -> v.length == 3 ? new Distribution.Triangular(v[0], v[1], v[2]) : null;
                case "fixed" -> v.length == 1 ? new Distribution.Fixed(v[0]) : null;
                default -> null;
            };
            if (d != null) {
                return d;
            }
        } catch (NumberFormatException e) {
            // falls through to the message that shows the accepted forms
        } catch (IllegalArgumentException e) {
            throw new UserError(AnalysisMessages.format("uncertainty.badDistributionValues", option, text,
                    e.getMessage()));
        }
        throw new UserError(AnalysisMessages.format("uncertainty.badDistribution", option, text));
    }
}
