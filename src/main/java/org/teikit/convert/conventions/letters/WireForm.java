package org.teikit.convert.conventions.letters;

import org.teikit.source.Block;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A telegraph company's delivered form transcribed in one block, its parts a line each and none labelled: the printed
 * heading ({@code WESTERN UNION TELEGRAM}), the receiving office's lines and stamp, the check line, then the place
 * and date of filing ({@code NEW YORK NY MAY 3 1919}), the address block, the text in capitals and the signature
 * alone on the last line. The filing line dates the telegram (the stamps above it are the receipt's); the line under
 * it is the addressee; the last line the sender.
 */
final class WireForm {
    /** The form's printed heading: a line in capitals naming a telegram or cable. */
    private static final Pattern HEADING = Pattern.compile("^[\\p{Lu}\\d ,.&'\\-]*\\b(?:TELEGRAMS?|CABLEGRAMS?|TELEGRAPH|CABLES?|WIRES?|RADIOGRAMS?)\\b[\\p{Lu}\\d ,.&'\\-]*$");
    /** A signature: a name or two in capitals, nothing else. */
    private static final Pattern SIGNATURE = Pattern.compile("^\\p{Lu}[\\p{Lu}'\\-]*(?:\\s+\\p{Lu}[\\p{Lu}'\\-]*){0,2}\\.?$");
    /** A text line of the wire: capitals, with the word for a full stop or long enough to be text. */
    private static final Pattern TEXT = Pattern.compile("^[\\p{Lu}\\d ,.'?\\-]+$");
    private static final int MIN_LINES = 5, MAX_LINES = 30, HEAD_LINES = 8;

    private WireForm() {}

    static Optional<FormFields.Form> read(Block b) {
        if (b.kind() != Block.Kind.PARAGRAPH) return Optional.empty();
        List<String> lines = LetterHeading.lines(b).stream().map(String::strip).toList();
        int n = lines.size();
        if (n < MIN_LINES || n > MAX_LINES || !HEADING.matcher(lines.get(0)).matches()) return Optional.empty();
        // the last place-and-date line among the head's lines: the filing's (the receiving stamp stands above it)
        int filed = -1;
        String when = "";
        for (int i = 1; i < Math.min(n - 3, HEAD_LINES); i++) {
            Optional<LetterParts.Dateline> d = LetterParts.dateline(lines.get(i));
            if (d.isPresent() && !d.get().placeName().isEmpty() && d.get().when().length() == 10) {
                filed = i;
                when = LetterParts.dateText(lines.get(i)).substring(d.get().dateStart());
            }
        }
        if (filed < 0) return Optional.empty();
        String addressee = lines.get(filed + 1), signature = lines.get(n - 1);
        if (!SIGNATURE.matcher(signature).matches() || LetterParts.dateline(addressee).isPresent()) return Optional.empty();
        boolean text = false;
        for (int i = filed + 2; i < n - 1; i++) {
            if (!TEXT.matcher(lines.get(i)).matches()) return Optional.empty();
            text |= LetterHeading.lines(b).get(i).contains(" STOP ") || lines.get(i).split("\\s+").length >= 6;
        }
        if (!text) return Optional.empty();
        return Optional.of(new FormFields.Form(signature.replaceAll("\\.$", ""), addressee, when, false));
    }
}
