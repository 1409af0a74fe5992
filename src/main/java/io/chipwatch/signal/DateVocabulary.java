package io.chipwatch.signal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words that date an action in a sentence, in the languages the rules cover.
 *
 * @param maxDistance how far (characters) a date expression may sit from the trigger it dates
 * @param months      twelve month patterns, January first, as bare alternatives ({@code april|avril})
 * @param recent      expressions that mean "within days of the article" (weekdays, yesterday, hier...)
 * @param lastMonth   expressions that mean the month before the article's
 * @param lastYear    expressions that mean the year before the article's
 * @param seasons     expressions for a season, each with the last month of that season
 * @param ago         "3 months ago" / "il y a 3 mois", with named groups n/unit (English) and n2/unit2 (French)
 * @param relative    "a week after", "au lendemain de": a trigger after one takes the date of the sentence's
 *                    nearest date expression before it when its own clause has none
 */
public record DateVocabulary(int maxDistance, List<Pattern> months, Pattern recent, Pattern lastMonth, Pattern lastYear,
        List<Season> seasons, Pattern ago, Pattern relative) {

    /** A season as written ("cet été") and the month it ends with (8). */
    public record Season(Pattern pattern, int month) {

        @JsonCreator
        static Season fromYaml(@JsonProperty(value = "pattern", required = true) String pattern,
                @JsonProperty(value = "month", required = true) int month) {
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("season month " + month + " is not 1..12");
            }
            return new Season(Regexes.compile("season pattern", pattern), month);
        }
    }

    public DateVocabulary {
        months = List.copyOf(months);
        seasons = List.copyOf(seasons);
    }

    @JsonCreator
    static DateVocabulary fromYaml(
            @JsonProperty("maxDistance") Integer maxDistance,
            @JsonProperty(value = "months", required = true) List<String> months,
            @JsonProperty(value = "recent", required = true) String recent,
            @JsonProperty(value = "lastMonth", required = true) String lastMonth,
            @JsonProperty(value = "lastYear", required = true) String lastYear,
            @JsonProperty("seasons") List<Season> seasons,
            @JsonProperty(value = "ago", required = true) String ago,
            @JsonProperty("relative") String relative) {
        if (months == null || months.size() != 12) {
            throw new IllegalArgumentException("dates.months must list exactly 12 months, January first");
        }
        List<Pattern> monthPatterns = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            // An optional day before ("31 juillet") or after ("July 31") and an optional year.
            String regex = "(?<![\\w])(?:(?<d1>\\d{1,2})(?:er)?\\s+)?(?:" + months.get(i) + ")(?![\\w])"
                    + "(?:\\s+(?<d2>\\d{1,2})(?!\\d))?(?:,?\\s+(?<y>(?:19|20)\\d{2}))?";
            monthPatterns.add(Regexes.compile("dates.months[" + i + "]", regex));
        }
        Pattern agoPattern = Regexes.compile("dates.ago", ago);
        if (!ago.contains("?<n>") || !ago.contains("?<unit>")) {
            throw new IllegalArgumentException("dates.ago needs the named groups n and unit");
        }
        return new DateVocabulary(maxDistance == null ? 150 : maxDistance, monthPatterns,
                Regexes.compile("dates.recent", recent), Regexes.compile("dates.lastMonth", lastMonth),
                Regexes.compile("dates.lastYear", lastYear),
                seasons == null ? List.of() : seasons, agoPattern,
                Regexes.compile("dates.relative", relative == null ? "(?!)" : relative));
    }
}
