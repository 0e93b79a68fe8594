package org.teikit.convert.conventions.letters;

import org.teikit.source.Block;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A letter's catalogue record printed as a markdown table of fields and values before its text, as online editions
 * export it ({@code | Writer | James Rattray |}, {@code | Recipient | … |}, {@code | Date | 1859-02-11 |}): the
 * letter's heading, its parties and date from the record. A record naming no writer and recipient (an account's,
 * {@code | Type | Account |}) heads no letter.
 */
final class CatalogueTable {
    private static final Pattern SENDER = Pattern.compile("writer|author|sender|from|creator|correspondent");
    private static final Pattern ADDRESSEE = Pattern.compile("recipient|addressee|to");
    private static final Pattern DATE = Pattern.compile("date|date of letter|dated");
    /** A table's rule under its header row: {@code |-------|:-----|}. */
    private static final Pattern RULE = Pattern.compile("^\\|?\\s*:?-{3,}:?\\s*(?:\\|\\s*:?-{3,}:?\\s*)*\\|?$");
    /** A row of two cells: {@code | Writer | James Rattray |}. */
    private static final Pattern ROW = Pattern.compile("^\\|([^|]+)\\|([^|]*)\\|$");

    private CatalogueTable() {}

    /** The heading a two-column table of fields gives, where its rows name the writer and the recipient. */
    static Optional<LetterHeading> read(Block b) {
        if (b.kind() != Block.Kind.PARAGRAPH) return Optional.empty();
        List<String> lines = LetterHeading.lines(b);
        if (lines.size() < 3) return Optional.empty();
        String from = null, to = null, date = "";
        for (String line : lines) {
            String l = line.strip();
            if (RULE.matcher(l).matches()) continue;
            var row = ROW.matcher(l);
            if (!row.matches()) return Optional.empty();          // a table of more columns is an account's or a register's
            String label = row.group(1).strip().toLowerCase(Locale.ROOT), value = row.group(2).strip();
            if (value.isEmpty()) continue;
            if (SENDER.matcher(label).matches() && from == null) from = LetterHeading.mailbox(value);
            else if (ADDRESSEE.matcher(label).matches() && to == null) to = LetterHeading.mailbox(value);
            else if (DATE.matcher(label).matches() && date.isEmpty()) date = value;
        }
        if (from == null || to == null) return Optional.empty();
        return Optional.of(new LetterHeading(from, to, "letter", "", date, true));
    }
}
