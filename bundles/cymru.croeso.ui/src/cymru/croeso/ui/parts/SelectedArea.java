package cymru.croeso.ui.parts;

import cymru.croeso.data.sample.WelshAuthority;

/** The area the parts show before the user has chosen one: Cardiff, the largest authority in the sample. */
final class SelectedArea {
    static final String DEFAULT_CODE = "W06000015";

    private SelectedArea() {
    }

    static WelshAuthority initial() {
        return WelshAuthority.all().stream().filter(a -> a.code().equals(DEFAULT_CODE)).findFirst().orElseThrow();
    }
}
