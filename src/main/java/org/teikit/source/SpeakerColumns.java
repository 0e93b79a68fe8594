package org.teikit.source;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * A web page's transcript set as a table, a row a turn: the cell before the last names who speaks. The table shows
 * it by itself: four rows or more, their names short, few and repeating, the speaker changing from row to row as
 * turns do. Such a row is then written as a labelled speech ({@code NAME: text}), which the speech conventions
 * read like any transcript's; any other table stays rows of cells.
 */
final class SpeakerColumns {
    private static final int MIN_ROWS = 4;
    private static final int MAX_NAME_WORDS = 4;
    private static final int MAX_NAME_CHARS = 40;

    private SpeakerColumns() {}

    /** The rows of {@code table} that are turns, or an empty list. */
    static List<Element> turns(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element row : table.select("tr")) {
            if (row.closest("table") != table) continue;   // a table nested in a cell is its own
            List<Element> cells = row.select("> td, > th");
            if (cells.size() >= 2 && cells.size() <= 3 && row.select("> td").size() == cells.size()) rows.add(row);
        }
        if (rows.size() < MIN_ROWS) return List.of();
        List<String> names = new ArrayList<>();
        int nameWords = 0, speechWords = 0;
        for (Element row : rows) {
            String name = speaker(row).text().strip();
            if (name.isEmpty() || name.length() > MAX_NAME_CHARS || name.split("\\s+").length > MAX_NAME_WORDS
                    || name.matches(".*[?!,;]$") || name.matches("[\\d\\s:./-]+")) return List.of();
            names.add(name);
            nameWords += words(name);
            List<Element> cells = row.select("> td");
            speechWords += words(cells.get(cells.size() - 1).text());
        }
        Set<String> distinct = new HashSet<>(names);
        int changes = 0;
        for (int i = 1; i < names.size(); i++) if (!names.get(i).equals(names.get(i - 1))) changes++;
        // and what they say is longer than their names: a column of repeating counties beside towns is no transcript
        boolean turns = distinct.size() >= 2 && distinct.size() * 2 <= names.size() && changes * 2 >= names.size() - 1
                && speechWords >= 2 * nameWords;
        return turns ? rows : List.of();
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** The cell that names the speaker: the one before the last (a time or number may come first). */
    static Element speaker(Element row) {
        List<Element> cells = row.select("> td, > th");
        return cells.get(cells.size() - 2);
    }
}
