package io.chipwatch.signal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date expressions of a piece of text and resolves each to the latest day it can mean,
 * relative to the article's own date: "in 2022" is 2022-12-31, "en avril" in a December article
 * is April 30 of that year, "last Tuesday" is the article's day.
 */
final class DateExpressions {

    /** A resolved date expression; offsets are relative to the text searched. */
    record Dated(int start, int end, LocalDate latest) {
    }

    private static final Pattern YEAR = Pattern.compile("(?<![\\w.,])(19[89]\\d|20[0-4]\\d)(?![\\w%]|[.,]\\d)");

    /** A month name up to this many months after the article's month is read as coming, not past. */
    private static final int FUTURE_MONTHS = 2;

    private static final int YEAR_AT = 12;
    private static final int RECENT_AT = 13;
    private static final int LAST_MONTH_AT = 14;
    private static final int LAST_YEAR_AT = 15;
    private static final int AGO_AT = 16;
    private static final int SEASONS_AT = 17;

    private final DateVocabulary vocabulary;
    /** "a week after", "la veille de": searched before triggers, see {@link TriggerDates}. */
    private final ScreenedPattern relative;
    /** The expressions, indexed by the {@code *_AT} constants. */
    private final List<Pattern> patterns;
    /** Which expressions can occur in a text; null tries them all. */
    private final StemScreen screen;

    DateExpressions(DateVocabulary vocabulary) {
        this(vocabulary, true);
    }

    /** @param screened whether to skip expressions whose literal stems are not in the text; the same dates either way */
    DateExpressions(DateVocabulary vocabulary, boolean screened) {
        this.vocabulary = vocabulary;
        this.relative = new ScreenedPattern(vocabulary.relative(), screened);
        List<Pattern> all = new ArrayList<>(vocabulary.months());
        all.addAll(List.of(YEAR, vocabulary.recent(), vocabulary.lastMonth(), vocabulary.lastYear(), vocabulary.ago()));
        vocabulary.seasons().forEach(season -> all.add(season.pattern()));
        this.patterns = List.copyOf(all);
        this.screen = screened ? new StemScreen(patterns) : null;
    }

    /** The expressions, in the order a {@link StemScreen.Possible} given to {@link #find(String, StemScreen.Possible, int, LocalDate)} numbers them. */
    List<Pattern> patterns() {
        return patterns;
    }

    DateVocabulary vocabulary() {
        return vocabulary;
    }

    ScreenedPattern relative() {
        return relative;
    }

    /** The dated expressions in {@code text}, in text order, for an article published on {@code today}. */
    List<Dated> find(String text, LocalDate today) {
        return find(text, RequiredStems.foldToChars(text), 0, today);
    }

    /**
     * As {@link #find(String, LocalDate)}, for a sentence whose folded form (by
     * {@link RequiredStems#foldToChars(String)}) is already at hand: {@code folded} from {@code offset} on
     * is {@code text} folded.
     */
    List<Dated> find(String text, char[] folded, int offset, LocalDate today) {
        return find(text, screen == null ? StemScreen.Possible.all(patterns.size(), offset)
                : screen.candidates(folded, offset, offset + text.length()), offset, today);
    }

    /**
     * As {@link #find(String, LocalDate)}, for a text at {@code offset} of an article, given which
     * expressions can match in a stretch of the article that contains it (see {@link StemScreen}).
     */
    List<Dated> find(String text, StemScreen.Possible possible, int offset, LocalDate today) {
        // Each expression is searched as repeated find() would, from the starts the screen allows.
        List<Dated> found = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            int month = m + 1;
            each(possible, m, vocabulary.months().get(m), text, offset,
                    matcher -> found.add(new Dated(matcher.start(), matcher.end(), month(matcher, month, today))));
        }
        each(possible, YEAR_AT, YEAR, text, offset, year -> {
            int y = Integer.parseInt(year.group(1));
            // The article's own year says nothing about how recent an action is.
            if (y != today.getYear()) {
                add(found, year.start(), year.end(), LocalDate.of(y, 12, 31));
            }
        });
        each(possible, RECENT_AT, vocabulary.recent(), text, offset,
                recent -> add(found, recent.start(), recent.end(), today));
        each(possible, LAST_MONTH_AT, vocabulary.lastMonth(), text, offset,
                lastMonth -> add(found, lastMonth.start(), lastMonth.end(), YearMonth.from(today).minusMonths(1).atEndOfMonth()));
        each(possible, LAST_YEAR_AT, vocabulary.lastYear(), text, offset,
                lastYear -> add(found, lastYear.start(), lastYear.end(), LocalDate.of(today.getYear() - 1, 12, 31)));
        for (int i = 0; i < vocabulary.seasons().size(); i++) {
            DateVocabulary.Season season = vocabulary.seasons().get(i);
            each(possible, SEASONS_AT + i, season.pattern(), text, offset,
                    matcher -> add(found, matcher.start(), matcher.end(), season(season.month(), today)));
        }
        each(possible, AGO_AT, vocabulary.ago(), text, offset, ago -> add(found, ago.start(), ago.end(), ago(ago, today)));
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /**
     * Gives each match of expression {@code p} in {@code text} to {@code action}, in the order
     * repeated {@link Matcher#find()} finds them; no matcher is made for an expression the screen
     * ruled out (most of them, in most sentences).
     */
    private static void each(StemScreen.Possible possible, int p, Pattern pattern, String text, int offset,
            Consumer<Matcher> action) {
        if (!possible.patterns().get(p)) {
            return;
        }
        Matcher matcher = pattern.matcher(text);
        for (int from = 0; possible.find(p, matcher, offset, from); from = StemScreen.resume(matcher)) {
            action.accept(matcher);
        }
    }

    /** Keeps the first reading of a span: "31 juillet 2025" is one date, not a month and a year. */
    private static void add(List<Dated> found, int start, int end, LocalDate date) {
        for (Dated d : found) {
            if (start < d.end() && end > d.start()) {
                return;
            }
        }
        found.add(new Dated(start, end, date));
    }

    private static LocalDate month(Matcher matcher, int month, LocalDate today) {
        String day = matcher.group("d1") != null ? matcher.group("d1") : matcher.group("d2");
        int year = matcher.group("y") != null ? Integer.parseInt(matcher.group("y")) : today.getYear();
        YearMonth ym = YearMonth.of(year, month);
        if (matcher.group("y") == null && ym.atDay(1).isAfter(today)
                && ym.minusMonths(FUTURE_MONTHS).isAfter(YearMonth.from(today))) {
            // "en novembre" in a March article is last November; "from August 1" in a July
            // article is next month.
            ym = ym.minusYears(1);
        }
        int d = day == null ? ym.lengthOfMonth() : Math.min(Math.max(1, Integer.parseInt(day)), ym.lengthOfMonth());
        return ym.atDay(d);
    }

    private static LocalDate season(int lastMonth, LocalDate today) {
        YearMonth end = YearMonth.of(today.getYear(), lastMonth);
        YearMonth start = end.minusMonths(2);
        if (start.atDay(1).isAfter(today)) {
            end = end.minusYears(1);
        } else if (!end.atEndOfMonth().isBefore(today)) {
            // "cet été" written during the summer: as recent as the article.
            return today;
        }
        return end.atEndOfMonth();
    }

    private static LocalDate ago(Matcher matcher, LocalDate today) {
        String n = matcher.group("n") != null ? matcher.group("n") : group(matcher, "n2");
        String unit = matcher.group("unit") != null ? matcher.group("unit") : group(matcher, "unit2");
        if (n == null || unit == null) {
            return today;
        }
        long count = Long.parseLong(n);
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("day") || u.startsWith("jour")) {
            return today.minusDays(count);
        }
        if (u.startsWith("week") || u.startsWith("semaine")) {
            return today.minusWeeks(count);
        }
        if (u.startsWith("month") || u.startsWith("mois")) {
            return today.minusMonths(count);
        }
        return today.minusYears(count);
    }

    private static String group(Matcher matcher, String name) {
        try {
            return matcher.group(name);
        } catch (IllegalArgumentException noSuchGroup) {
            return null;
        }
    }
}
