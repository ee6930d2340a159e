package dev.sitrep.i18n;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The short name of a time zone at an instant, as people write it after a time: {@code CET}, {@code CEST},
 * {@code EST}, {@code UTC}, and {@code UTC+5:30} for a zone without a common abbreviation.
 *
 * <p>sitrep keeps its own table instead of asking the JDK ({@code DateTimeFormatter} pattern {@code z}): the JDK's
 * answer depends on its CLDR version and, in some runs, on which locale's names were loaded first (the same build
 * wrote {@code CET} or {@code GMT+01:00}), and a page must not change with the machine that builds it. Whether the
 * zone keeps daylight saving time at the instant comes from the zone's rules, so the name follows the rules of the
 * JDK's time-zone data like the times themselves do.
 *
 * <p>An abbreviation that is ambiguous across continents (China's and Cuba's {@code CST} beside the United States')
 * is left out; those zones get their offset. A language may write an abbreviation its own way with the optional
 * string {@code zone.<abbreviation>} ({@code zone.CET = MEZ}), see {@link Strings#zoneName}.
 */
public final class ZoneNames {

    private static final int HOUR = 3600;

    /** A zone's abbreviations and the offset of its standard time; daylight is null for a zone that has none. */
    private record Names(String standard, String daylight, int standardSeconds) {
    }

    private static final Map<String, Names> NAMES = new HashMap<>();

    static {
        names("UTC", null, 0, "Etc/UTC", "Etc/UCT", "Etc/Universal", "Etc/Zulu", "UCT", "Universal", "Zulu", "Z",
                "Etc/GMT", "Etc/GMT0", "Etc/GMT+0", "Etc/GMT-0", "Etc/Greenwich", "GMT", "GMT0", "Greenwich");
        names("GMT", "BST", 0, "Europe/London", "Europe/Belfast", "Europe/Guernsey", "Europe/Isle_of_Man",
                "Europe/Jersey", "GB", "GB-Eire");
        names("GMT", "IST", 0, "Europe/Dublin", "Eire");
        names("WET", "WEST", 0, "Europe/Lisbon", "Portugal", "Atlantic/Canary", "Atlantic/Madeira", "Atlantic/Faroe",
                "Atlantic/Faeroe", "WET");
        names("CET", "CEST", HOUR, "Europe/Amsterdam", "Europe/Andorra", "Europe/Belgrade", "Europe/Berlin",
                "Europe/Bratislava", "Europe/Brussels", "Europe/Budapest", "Europe/Busingen", "Europe/Copenhagen",
                "Europe/Gibraltar", "Europe/Ljubljana", "Europe/Luxembourg", "Europe/Madrid", "Europe/Malta",
                "Europe/Monaco", "Europe/Oslo", "Europe/Paris", "Europe/Podgorica", "Europe/Prague", "Europe/Rome",
                "Europe/San_Marino", "Europe/Sarajevo", "Europe/Skopje", "Europe/Stockholm", "Europe/Tirane",
                "Europe/Vaduz", "Europe/Vatican", "Europe/Vienna", "Europe/Warsaw", "Europe/Zagreb",
                "Europe/Zurich", "Africa/Ceuta", "Arctic/Longyearbyen", "Poland", "CET", "MET");
        names("EET", "EEST", 2 * HOUR, "Europe/Athens", "Europe/Bucharest", "Europe/Chisinau", "Europe/Helsinki",
                "Europe/Kiev", "Europe/Kyiv", "Europe/Mariehamn", "Europe/Riga", "Europe/Sofia", "Europe/Tallinn",
                "Europe/Uzhgorod", "Europe/Vilnius", "Europe/Zaporozhye", "Asia/Beirut", "Asia/Famagusta",
                "Asia/Nicosia", "Europe/Nicosia", "Africa/Cairo", "Egypt", "Africa/Tripoli", "Libya", "EET");
        names("MSK", null, 3 * HOUR, "Europe/Moscow", "Europe/Simferopol", "W-SU");
        names("EST", "EDT", -5 * HOUR, "America/New_York", "America/Detroit", "America/Toronto", "America/Montreal",
                "America/Nassau", "America/Iqaluit", "America/Nipigon", "America/Thunder_Bay",
                "America/Indiana/Indianapolis", "America/Indianapolis", "America/Fort_Wayne",
                "America/Indiana/Marengo", "America/Indiana/Petersburg", "America/Indiana/Vevay",
                "America/Indiana/Vincennes", "America/Indiana/Winamac", "America/Kentucky/Louisville",
                "America/Louisville", "America/Kentucky/Monticello", "America/Port-au-Prince", "America/Grand_Turk",
                "US/Eastern", "US/Michigan", "US/East-Indiana", "Canada/Eastern", "EST5EDT");
        names("EST", null, -5 * HOUR, "America/Jamaica", "America/Panama", "America/Cancun", "America/Cayman",
                "America/Atikokan", "Jamaica");
        names("CST", "CDT", -6 * HOUR, "America/Chicago", "America/Winnipeg", "America/Menominee",
                "America/Rainy_River",
                "America/Rankin_Inlet", "America/Resolute", "America/Matamoros", "America/Indiana/Knox",
                "America/Knox_IN", "America/Indiana/Tell_City", "America/North_Dakota/Beulah",
                "America/North_Dakota/Center", "America/North_Dakota/New_Salem", "US/Central", "US/Indiana-Starke",
                "Canada/Central", "CST6CDT");
        names("CST", null, -6 * HOUR, "America/Regina", "America/Swift_Current", "America/Mexico_City",
                "America/Monterrey",
                "America/Merida", "America/Bahia_Banderas", "America/Belize", "America/Costa_Rica",
                "America/El_Salvador", "America/Guatemala", "America/Tegucigalpa", "America/Managua",
                "Canada/Saskatchewan", "Mexico/General");
        names("MST", "MDT", -7 * HOUR, "America/Denver", "America/Edmonton", "America/Boise", "America/Cambridge_Bay",
                "America/Inuvik", "America/Ciudad_Juarez", "America/Ojinaga", "America/Yellowknife", "US/Mountain",
                "Canada/Mountain", "Navajo", "America/Shiprock", "MST7MDT");
        names("MST", null, -7 * HOUR, "America/Phoenix", "America/Creston", "America/Dawson_Creek",
                "America/Fort_Nelson",
                "America/Hermosillo", "America/Mazatlan", "US/Arizona");
        names("PST", "PDT", -8 * HOUR, "America/Los_Angeles", "America/Vancouver", "America/Tijuana",
                "America/Ensenada",
                "America/Santa_Isabel", "US/Pacific", "Canada/Pacific", "Mexico/BajaNorte", "PST8PDT");
        names("AKST", "AKDT", -9 * HOUR, "America/Anchorage", "America/Juneau", "America/Metlakatla", "America/Nome",
                "America/Sitka", "America/Yakutat", "US/Alaska");
        names("HST", "HDT", -10 * HOUR, "America/Adak", "America/Atka", "US/Aleutian");
        names("HST", null, -10 * HOUR, "Pacific/Honolulu", "Pacific/Johnston", "US/Hawaii");
        names("AST", "ADT", -4 * HOUR, "America/Halifax", "America/Glace_Bay", "America/Goose_Bay", "America/Moncton",
                "America/Thule", "Atlantic/Bermuda", "Canada/Atlantic");
        names("AST", null, -4 * HOUR, "America/Puerto_Rico", "America/Santo_Domingo", "America/Barbados",
                "America/Martinique", "America/Port_of_Spain", "America/St_Thomas", "America/Virgin",
                "America/Anguilla", "America/Antigua", "America/Aruba", "America/Curacao", "America/Dominica",
                "America/Grenada", "America/Guadeloupe", "America/Kralendijk", "America/Lower_Princes",
                "America/Marigot", "America/Montserrat", "America/St_Barthelemy", "America/St_Kitts",
                "America/St_Lucia", "America/St_Vincent", "America/Tortola");
        names("NST", "NDT", -(3 * HOUR + 1800), "America/St_Johns", "Canada/Newfoundland");
        names("BRT", null, -3 * HOUR, "America/Sao_Paulo", "Brazil/East", "America/Bahia", "America/Fortaleza",
                "America/Recife", "America/Belem", "America/Maceio", "America/Araguaina", "America/Santarem");
        names("ART", null, -3 * HOUR, "America/Argentina/Buenos_Aires", "America/Buenos_Aires",
                "America/Argentina/Cordoba",
                "America/Cordoba", "America/Argentina/Mendoza", "America/Mendoza");
        names("WAT", null, HOUR, "Africa/Lagos", "Africa/Kinshasa", "Africa/Luanda", "Africa/Douala",
                "Africa/Libreville",
                "Africa/Malabo", "Africa/Niamey", "Africa/Porto-Novo", "Africa/Brazzaville", "Africa/Bangui",
                "Africa/Ndjamena");
        names("CAT", null, 2 * HOUR, "Africa/Maputo", "Africa/Harare", "Africa/Lusaka", "Africa/Blantyre",
                "Africa/Gaborone",
                "Africa/Kigali", "Africa/Bujumbura", "Africa/Lubumbashi", "Africa/Windhoek", "Africa/Juba",
                "Africa/Khartoum");
        names("EAT", null, 3 * HOUR, "Africa/Nairobi", "Africa/Addis_Ababa", "Africa/Dar_es_Salaam", "Africa/Kampala",
                "Africa/Mogadishu", "Africa/Djibouti", "Africa/Asmara", "Indian/Antananarivo", "Indian/Comoro",
                "Indian/Mayotte");
        names("SAST", null, 2 * HOUR, "Africa/Johannesburg", "Africa/Maseru", "Africa/Mbabane");
        names("IST", "IDT", 2 * HOUR, "Asia/Jerusalem", "Asia/Tel_Aviv", "Israel");
        names("IST", null, 5 * HOUR + 1800, "Asia/Kolkata", "Asia/Calcutta");
        names("PKT", null, 5 * HOUR, "Asia/Karachi");
        names("JST", null, 9 * HOUR, "Asia/Tokyo", "Japan");
        names("KST", null, 9 * HOUR, "Asia/Seoul", "ROK");
        names("HKT", null, 8 * HOUR, "Asia/Hong_Kong", "Hongkong");
        names("SGT", null, 8 * HOUR, "Asia/Singapore", "Singapore");
        names("WIB", null, 7 * HOUR, "Asia/Jakarta", "Asia/Pontianak");
        names("AEST", "AEDT", 10 * HOUR, "Australia/Sydney", "Australia/Melbourne", "Australia/Hobart",
                "Australia/Canberra",
                "Australia/ACT", "Australia/NSW", "Australia/Victoria", "Australia/Tasmania", "Australia/Currie");
        names("AEST", null, 10 * HOUR, "Australia/Brisbane", "Australia/Lindeman", "Australia/Queensland");
        names("ACST", "ACDT", 9 * HOUR + 1800, "Australia/Adelaide", "Australia/Broken_Hill", "Australia/South",
                "Australia/Yancowinna");
        names("ACST", null, 9 * HOUR + 1800, "Australia/Darwin", "Australia/North");
        names("AWST", null, 8 * HOUR, "Australia/Perth", "Australia/West");
        names("NZST", "NZDT", 12 * HOUR, "Pacific/Auckland", "Antarctica/McMurdo", "Antarctica/South_Pole", "NZ");
    }

    private ZoneNames() {
    }

    private static void names(String standard, String daylight, int standardSeconds, String... zones) {
        for (String zone : zones) {
            if (NAMES.put(zone, new Names(standard, daylight, standardSeconds)) != null) {
                throw new IllegalStateException("zone listed twice: " + zone);
            }
        }
    }

    /**
     * The English short name of {@code zone} at {@code instant}: its common abbreviation, or its offset from UTC
     * ({@code UTC+5:30}, {@code UTC-3}) when it has none or keeps a time its abbreviation does not stand for.
     */
    public static String of(Instant instant, ZoneId zone) {
        Objects.requireNonNull(instant, "instant");
        Objects.requireNonNull(zone, "zone");
        ZoneOffset offset = zone.getRules().getOffset(instant);
        Names names = NAMES.get(zone.getId());
        if (names != null) {
            // the abbreviation only where the zone keeps the time it stands for: Moscow kept UTC+4 until 2014 and
            // Mexico City daylight saving time until 2022, and those times are written as offsets
            if (offset.getTotalSeconds() == names.standardSeconds()) {
                return names.standard();
            }
            if (names.daylight() != null && offset.getTotalSeconds() == names.standardSeconds() + HOUR) {
                return names.daylight();
            }
        }
        return offset(offset);
    }

    /** The zones the table names, for tests. */
    static java.util.Set<String> zones() {
        return java.util.Collections.unmodifiableSet(NAMES.keySet());
    }

    /** {@code UTC}, {@code UTC+1}, {@code UTC-3}, {@code UTC+5:30}, {@code UTC+5:45}. */
    static String offset(ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        if (total == 0) {
            return "UTC";
        }
        int abs = Math.abs(total);
        int hours = abs / 3600;
        int minutes = abs / 60 % 60;
        StringBuilder out = new StringBuilder("UTC").append(total < 0 ? '-' : '+').append(hours);
        if (minutes != 0 || abs % 60 != 0) {
            out.append(':').append(minutes < 10 ? "0" : "").append(minutes);
        }
        return out.toString();
    }
}
