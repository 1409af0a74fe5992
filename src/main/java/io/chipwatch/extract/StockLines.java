package io.chipwatch.extract;

import java.util.regex.Pattern;

/**
 * Lines that are page furniture by their wording alone, whatever the site and wherever they sit:
 * advert labels, "Read more" and "Lire aussi" prompts, share and follow calls, bylines, datelines,
 * publication stamps, copyright notices, unrendered templates. Each pattern matches a whole short
 * line, so a sentence of the article that merely starts with the same word is kept.
 */
final class StockLines {

    private static final Pattern STOCK_LINE = Pattern.compile(
            "(?iu)^(?:advertisement|advertising|advertisement - scroll to continue|advertisement · scroll to continue|"
                    + "sponsored|anzeige|publicit[ée]|werbung|pubblicit[àa]|publicidad|\\(?ad\\)?|"
                    + "share|share this|share this (?:article|story)|share on \\w+|share via.*|"
                    + "follow\\b.*\\b(?:twitter|facebook|instagram|linkedin|tiktok|youtube|threads|bluesky)\\b.*|"
                    + "follow (?:us|me) .*|sign up\\b.*|subscribe\\b.*|abonnez-vous\\b.*|inscrivez-vous\\b.*|"
                    + "read more\\b.*|read also\\b.*|see also\\b.*|more:.*|"
                    + "related(?: articles?| stories| coverage| content| news| links| reading)?(?::.*)?|"
                    + "lire aussi\\b.*|à lire aussi\\b.*|a lire aussi\\b.*|lire la suite\\b.*|voir aussi\\b.*|"
                    + "lesen sie auch\\b.*|mehr zum thema\\b.*|weiterlesen\\b.*|"
                    + "leer más\\b.*|lee también\\b.*|ver también\\b.*|leggi anche\\b.*|"
                    + "continue reading\\b.*|click here\\b.*|tap here\\b.*|image:.*|photo:.*|credit:.*|"
                    + "getty images|afp|reuters|ap photo\\b.*|all rights reserved\\b.*|"
                    + "watch(?: the)? video\\b.*|play video\\b.*|\\d{1,2}:\\d{2}|"
                    + "more on this(?: story| topic)?|more from .{1,40}|most (?:read|popular|viewed)|top stories|"
                    + "you (?:may|might) also like|recommended(?: for you)?|trending(?: now)?|editor'?s picks|"
                    + "sponsored content|from our partners|around the web|latest news|les plus lus|à la une|"
                    + "sur le même sujet|dans la même rubrique|meistgelesen|das könnte sie auch interessieren|"
                    + "más leídas|lo más leído|también te puede interesar|i più letti|"
                    + "print|email|email this page|back to top|top|- ?end ?-|end|###|\\*\\*\\*|"
                    + "loading(?:\\.{3}|…)?|chargement(?:\\.{3}|…| en cours.*)?)$");
    private static final int STOCK_LINE_MAX = 120;
    /** A byline on its own: "By Jane Doe", "Par Claire Montel et Paul Roux". */
    private static final Pattern BYLINE = Pattern.compile(
            "(?u)^(?i:by|par|von|por|di|door|av|af)\\s+\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){0,3}"
                    + "(?:\\s*(?:,|and|et|und|y|e)\\s*\\p{Lu}[\\p{L}.'’ -]+)*\\s*$");
    /** A date on its own: "9 October 2025", "Thursday, 12.05.2015 10:30". */
    private static final Pattern DATELINE = Pattern.compile(
            "(?iu)^[\\p{L}]*[,.]?\\s*\\d{1,4}[./\\s-]+(?:\\p{L}+\\.?|\\d{1,2})[./\\s-]+\\d{2,4}"
                    + "(?:[,\\s]+(?:à|at|um|a las)?\\s*\\d{1,2}[:h.]\\d{2}\\s*(?:uhr|am|pm|utc|gmt)?)?\\s*$");
    /** "Published 10 Oct 2025 - Updated ...": a publication stamp, whatever its date format. */
    private static final Pattern PUBLICATION_LINE = Pattern.compile(
            "(?iu)^(?:publié|mis à jour|modifié|published|updated|posted|last updated|veröffentlicht|aktualisiert|"
                    + "stand|publicado|actualizado|pubblicato|aggiornato|gepubliceerd)\\b.{0,40}\\d.*(?<![.!?])$");
    private static final int BYLINE_MAX = 80;
    /** "Copyright 2019 The Associated Press. All rights reserved. This material may not be..." */
    private static final Pattern COPYRIGHT_LINE = Pattern.compile("(?is)^(?:©|\\(c\\)\\s|copyright\\b).*");
    private static final int COPYRIGHT_LINE_MAX = 300;

    private StockLines() {
    }

    /** Whether a whole line of text (whitespace already collapsed) is furniture by its wording. */
    static boolean isFurniture(String line) {
        int length = line.length();
        if (length <= COPYRIGHT_LINE_MAX && COPYRIGHT_LINE.matcher(line).matches()) {
            return true;
        }
        if (line.contains("{{") && line.contains("}}")) {
            return true; // an unrendered client-side template, not text
        }
        if (length <= STOCK_LINE_MAX && STOCK_LINE.matcher(line).matches()) {
            return true;
        }
        return length <= BYLINE_MAX && (BYLINE.matcher(line).matches() || DATELINE.matcher(line).matches()
                || PUBLICATION_LINE.matcher(line).matches());
    }
}
