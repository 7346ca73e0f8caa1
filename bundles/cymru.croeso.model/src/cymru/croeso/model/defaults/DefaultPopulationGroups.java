package cymru.croeso.model.defaults;

import java.util.List;

import cymru.croeso.model.CroesoFactory;
import cymru.croeso.model.PopulationGroup;

/**
 * The six origin and migration-status groups a new project starts with; users may edit the set afterwards.
 *
 * <p>Source: Croeso's product description ("The model"), following the Welsh Government's Migrant Integration
 * Framework, which measures first-generation migrants by country of birth, so children born in the UK to migrant
 * parents are UK-born. Refugees include people arriving through resettlement schemes.
 */
public final class DefaultPopulationGroups {

    public static final String UK_BORN = "uk-born";
    public static final String EU_EEA = "eu-eea";
    public static final String THIRD_COUNTRY = "third-country";
    public static final String ASYLUM_SEEKERS = "asylum-seekers";
    public static final String REFUGEES = "refugees";
    public static final String INTERNATIONAL_STUDENTS = "international-students";

    private DefaultPopulationGroups() {
    }

    /** New, uncontained groups in the default order; UK-born first, as the group births join. */
    public static List<PopulationGroup> create() {
        return List.of(
                group(UK_BORN, "UK-born", "Wedi'u geni yn y DU", true),
                group(EU_EEA, "EU/EEA nationals", "Dinasyddion yr UE/AEE", false),
                group(THIRD_COUNTRY, "Other (third-country) nationals", "Dinasyddion eraill (trydydd gwledydd)", false),
                group(ASYLUM_SEEKERS, "Asylum seekers", "Ceiswyr lloches", false),
                group(REFUGEES, "Refugees (including resettlement)", "Ffoaduriaid (gan gynnwys ailsefydlu)", false),
                group(INTERNATIONAL_STUDENTS, "International students", "Myfyrwyr rhyngwladol", false));
    }

    private static PopulationGroup group(String id, String nameEn, String nameCy, boolean ukBorn) {
        PopulationGroup group = CroesoFactory.eINSTANCE.createPopulationGroup();
        group.setId(id);
        group.setNameEn(nameEn);
        group.setNameCy(nameCy);
        group.setUkBorn(ukBorn);
        return group;
    }
}
