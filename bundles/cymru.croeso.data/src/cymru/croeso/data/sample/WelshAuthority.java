package cymru.croeso.data.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One of Wales's 22 unitary authorities with its GSS code and its English and Welsh names
 * (names as the Welsh Government publishes them; codes as in the ONS estimates).
 */
public record WelshAuthority(String code, String nameEn, String nameCy) {

    /** The name in the given language: Welsh for {@code cy}, English otherwise. */
    public String name(Locale locale) {
        return "cy".equals(locale.getLanguage()) ? nameCy : nameEn;
    }

    /** All 22, in code order, read from {@code welsh-authorities.csv} beside this class. */
    public static List<WelshAuthority> all() {
        List<WelshAuthority> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                WelshAuthority.class.getResourceAsStream("welsh-authorities.csv"), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",", -1);
                out.add(new WelshAuthority(f[0], f[1], f[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the product's list of Welsh authorities cannot be read", e);
        }
        return List.copyOf(out);
    }
}
