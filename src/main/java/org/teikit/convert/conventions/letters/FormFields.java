package org.teikit.convert.conventions.letters;

import org.teikit.source.Block;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message printed as a form, its header fields and its text in one block: a fax's {@code To: X   From: Y   Date: Z}
 * line, a signals form's {@code TO   O.C. 2nd Bn.} … {@code FROM   Bde H.Q.} boxes, a telegraph form's {@code TO  X} and
 * its text signed {@code — Arthur}, a telex's {@code ATTN}/{@code FM} lines under its answerbacks. A line's cells are
 * the runs between gaps of two spaces or more; a cell is a field when it opens with a label the forms print for the
 * addressee, the sender or the date, followed by a colon, a gap (the value then the next cell) or, for a label in
 * capitals, a space. The date is a date field's, else the handing-in day, else a date stamped among the fields, else
 * the receiving office's.
 */
final class FormFields {
    /** The parties' and date's labels, lower case. */
    private static final Pattern ADDRESSEE = Pattern.compile("to|attn|attention|addressee");
    private static final Pattern SENDER = Pattern.compile("from|fm|sender|originator|signature|signature only|signed|signed by");
    /** A card's or envelope's address field: the addressee where no {@code To} field names one. */
    private static final Pattern ADDRESS = Pattern.compile("address|address side|addressed to");
    /** A field left blank on the printed form: dots or rules to write on ({@code Signed ..........}, {@code ____}). */
    private static final Pattern BLANK = Pattern.compile("^[\\s.…_]*(?:\\.{4,}|…{2,}|_{3,})[\\s.…_]*$");
    /** An address given as the card before's: {@code as before}, {@code as card 1}, {@code the same}. */
    static final Pattern AS_BEFORE = Pattern.compile("(?i)^(?:as\\s+(?:before|above|(?:on\\s+)?(?:card|letter|no\\.?)\\s*\\d+)|(?:the\\s+)?same|ditto)\\b.*");
    private static final Pattern DATE = Pattern.compile("date|dated|sent|day of month");
    private static final Pattern LABELLED = Pattern.compile("^(\\p{L}[\\p{L}'.]*(?:\\s\\p{L}[\\p{L}'.]*){0,2})\\s*:\\s*(.*)$");
    private static final Pattern CAPITAL_LABEL = Pattern.compile("^(TO|ATTN|FM|FROM)\\s+(\\S.*)$");
    /** A telegraph form's "Handed in at 10.55 p.m. on 23 DE 07": the day it was handed in. */
    private static final Pattern HANDED_IN = Pattern.compile("(?i)^handed\\s+in\\s+at\\b.*?\\bon\\s+(.+)$");
    /** A receiving office's stamp ({@code RECEIVED 2.15 A.M. 18 JUNE 1900}): the day the message arrived, not the day it was sent. */
    private static final Pattern RECEIVED = Pattern.compile("(?i)^(?:received|rec(?:eive)?d\\.?|rec'd)\\b[\\s.:]*(.*)$");
    /** A telex answerback: the machine's number, its code, the country letter ({@code 51234 HOLTEX G}). */
    private static final Pattern ANSWERBACK = Pattern.compile("^\\d{4,7}\\s+[A-Z][A-Z0-9]{1,9}\\s+[A-Z]{1,2}$");
    /**
     * A telegram's signature after a dash at the end of its text: {@code … meet with trap — Arthur}.
     */
    private static final Pattern DASH_SIGNATURE = Pattern.compile("\\s[—–]+\\s*(\\p{Lu}[\\p{L}.'\\-]*(?:\\s+\\p{Lu}[\\p{L}.'\\-]*){0,2})\\.?[*†‡§]*$");
    /** The break sign before a signature in a telegram's text in capitals: {@code … LOVE = GEOFFREY}. */
    private static final Pattern BREAK_SIGNATURE = Pattern.compile("\\s=\\s*(\\p{Lu}[\\p{Lu}.'\\-]*(?:\\s+\\p{Lu}[\\p{Lu}.'\\-]*){0,2})\\.?[*†‡§]*$");
    /** The line that opens a quoted or forwarded message: a rule of dashes round words, {@code Begin forwarded message:}, a quote mark. */
    private static final Pattern QUOTED = Pattern.compile("(?i)^(?:[-_=]{2,}\\s*\\p{L}[\\p{L} ]{2,40}?\\s*[-_=]{2,}|begin forwarded message:?|>.*|(?:original|forwarded) message:?)$");
    private static final Pattern GAP = Pattern.compile("\\s{2,}");
    /** A signals log's time of origin with its day: {@code TOO 2140/14} (21.40 on the 14th). */
    private static final Pattern ORIGIN_DAY = Pattern.compile("(?i)^(?:TOO|T\\.O\\.O\\.|time of origin)\\s*:?\\s*\\d{4}Z?\\s*/\\s*(\\d{1,2})$");
    /**
     * The message's own address at the head of its text (a decrypt's {@code FROM HARBOUR COMMANDANT X TO ALL. …}): its
     * originator and addressee, over the call signs of the form's fields.
     */
    private static final Pattern TEXT_ADDRESS = Pattern.compile(
            "^(?:\\p{Lu}[\\p{Lu} ]{1,20}:\\s*)?FROM\\s+(\\p{Lu}[\\p{Lu}\\d ,'()\\-]{1,70}?)\\s+TO\\s+(\\p{Lu}[\\p{Lu}\\d ,'()\\-]{1,70}?)\\.(?:\\s|$)");
    private static final Pattern STAMP_AT_END = Pattern.compile("(\\d{1,2}\\s+\\p{L}{2,9}\\.?\\s+\\d{2,4})\\s*$");
    /** Beyond these a block is running text, not a form. */
    private static final int MAX_LINES = 40, MAX_STAMP = 40;
    /** A party's name before the address the form gives with it (a house number, or street and town): {@code Pendry, 14 Clarence Terrace, Whitby}. */
    private static final Pattern NAME_AND_ADDRESS = Pattern.compile("^([^,\\d]{2,60}?),\\s*(?:\\d{1,4}[A-Za-z]?\\s+\\p{L}.*|\\p{Lu}[^,]*,\\s*\\p{Lu}.*)$");

    /**
     * What a form block gives: the parties, the date as printed, whether the sender is only its signature, and whether
     * the text stands in the block below (the block is then the message's heading).
     */
    record Form(String sender, String addressee, String dateText, boolean signedOnly, int blocks, boolean ownAddress, boolean textBelow,
                boolean card) {
        Form(String sender, String addressee, String dateText, boolean signedOnly) { this(sender, addressee, dateText, signedOnly, 1, false, false); }

        Form(String sender, String addressee, String dateText, boolean signedOnly, int blocks, boolean ownAddress) {
            this(sender, addressee, dateText, signedOnly, blocks, ownAddress, false);
        }

        Form(String sender, String addressee, String dateText, boolean signedOnly, int blocks, boolean ownAddress, boolean textBelow) {
            this(sender, addressee, dateText, signedOnly, blocks, ownAddress, textBelow, false);
        }

        /** Whether the addressee is printed as the form before's ({@code Address side: as card 1}). */
        boolean addresseeAsBefore() { return AS_BEFORE.matcher(addressee).matches(); }

        Form withAddressee(String a) { return new Form(sender, a, dateText, signedOnly, blocks, ownAddress, textBelow, card); }
    }

    private FormFields() {}

    static Optional<Form> read(Block b) {
        if (b.kind() != Block.Kind.PARAGRAPH) return Optional.empty();
        return read(LetterHeading.lines(b));
    }

    /**
     * A card's fields printed in two blocks, its signature and date, then its address side: read as one form where
     * both blocks are field lines only.
     */
    static Optional<Form> read(Block fields, Block address) {
        if (fields.kind() != Block.Kind.PARAGRAPH || address.kind() != Block.Kind.PARAGRAPH) return Optional.empty();
        List<String> lines = new ArrayList<>(LetterHeading.lines(fields));
        lines.addAll(LetterHeading.lines(address));
        return read(lines).map(f -> new Form(f.sender(), f.addressee(), f.dateText(), f.signedOnly(), 2, f.ownAddress()));
    }

    /**
     * A telegraph form's fields in one block ({@code TO:}, {@code Date:}, the office's stamps) over its text in the next,
     * signed at its end after a dash or, in capitals, the telegraph's break sign ({@code … = GEOFFREY}): the fields and
     * that signature.
     */
    static Optional<Form> readSignedBelow(Block fields, Block text) {
        if (fields.kind() != Block.Kind.PARAGRAPH || text.kind() != Block.Kind.PARAGRAPH) return Optional.empty();
        List<String> own = LetterHeading.lines(text);
        if (own.isEmpty()) return Optional.empty();
        String last = own.get(own.size() - 1).strip();
        Matcher broken = BREAK_SIGNATURE.matcher(last);
        // "= NAME" only in a text in capitals, as the wire prints it: "receipts less payments = Balance" signs nothing
        if (broken.find() && last.equals(last.toUpperCase(Locale.ROOT))) last = last.substring(0, broken.start()) + " — " + broken.group(1);
        if (!DASH_SIGNATURE.matcher(last).find()) return Optional.empty();
        List<String> lines = new ArrayList<>(LetterHeading.lines(fields));
        lines.add(last);
        return read(lines).filter(Form::signedOnly).map(f -> new Form(f.sender(), f.addressee(), f.dateText(), true, 1, f.ownAddress(), true));
    }

    /**
     * A form printed box by box with blank lines between (a signals pad's {@code TO} box, the message, then its
     * {@code FROM}/{@code PLACE}/{@code TIME} boxes under it): the heading's blocks of boxes ({@code head}, the
     * addressee's last) and the sender's block below the text, read as one form whose heading is {@code head}.
     */
    static Optional<Form> readSpread(List<Block> head, Block foot) {
        List<String> lines = new ArrayList<>();
        for (Block b : head) {
            if (b.kind() != Block.Kind.PARAGRAPH) return Optional.empty();
            lines.addAll(LetterHeading.lines(b));
        }
        if (foot.kind() != Block.Kind.PARAGRAPH) return Optional.empty();
        lines.addAll(LetterHeading.lines(foot));
        return read(lines).filter(f -> !f.signedOnly())
                .map(f -> new Form(f.sender(), f.addressee(), f.dateText(), false, head.size(), f.ownAddress(), true));
    }

    /**
     * Whether the block's first line is a field naming the addressee ({@code TO     Sirdar   Atbara}), the only one,
     * and none names the sender (a table of postings repeats its {@code TO} lines: no form's box).
     */
    static boolean addressBox(Block b) {
        List<String> lines = LetterHeading.lines(b);
        return b.kind() == Block.Kind.PARAGRAPH && !lines.isEmpty() && boxed(lines) && fieldOf(lines.get(0), ADDRESSEE)
                && lines.stream().filter(l -> fieldOf(l, ADDRESSEE)).count() == 1 && lines.stream().noneMatch(l -> fieldOf(l, SENDER));
    }

    /** Whether the block is boxes and its first line the sender's field ({@code FROM   Brigade Major}), the only one. */
    static boolean senderBox(Block b) {
        List<String> lines = LetterHeading.lines(b);
        return b.kind() == Block.Kind.PARAGRAPH && !lines.isEmpty() && boxed(lines) && fieldOf(lines.get(0), SENDER)
                && lines.stream().filter(l -> fieldOf(l, SENDER)).count() == 1;
    }

    /** Whether every line is a form's boxes: two cells or more, apart by wide gaps ({@code Handed in at  0915    Date  22 Aug}). */
    static boolean boxed(List<String> lines) {
        return !lines.isEmpty() && lines.size() <= MAX_LINES && lines.stream().allMatch(l -> GAP.split(l.strip()).length >= 2);
    }

    private static boolean fieldOf(String line, Pattern labels) {
        String first = GAP.split(line.strip())[0].strip();
        Matcher caps = CAPITAL_LABEL.matcher(line.strip());
        Matcher m = LABELLED.matcher(first);
        String label = m.matches() ? m.group(1) : caps.lookingAt() ? caps.group(1) : first;
        return labels.matcher(label.toLowerCase(Locale.ROOT)).matches();
    }

    private static Optional<Form> read(List<String> lines) {
        if (lines.size() < 2 || lines.size() > MAX_LINES) return Optional.empty();
        // "-----Original Message-----", "> From: …": a message quoted in the one that carries it, no message of its own
        if (QUOTED.matcher(lines.get(0).strip()).matches()) return Optional.empty();
        String to = null, from = null, date = null, handed = null, stamped = null, addressed = null, originDay = null, receipt = null;
        String textFrom = null, textTo = null;
        List<String> answerbacks = new ArrayList<>();
        for (String line : lines) {
            String l = line.strip();
            if (ANSWERBACK.matcher(l).matches()) { answerbacks.add(l); continue; }
            Matcher own = TEXT_ADDRESS.matcher(l);
            if (own.lookingAt() && textFrom == null && from != null) { textFrom = own.group(1).strip(); textTo = own.group(2).strip(); continue; }
            String[] cells = GAP.split(l);
            for (int k = 0; k < cells.length; k++) {
                String cell = cells[k].strip().replaceAll("^\\[|]$", "");
                String label = null, value = null;
                Matcher m = LABELLED.matcher(cell);
                Matcher caps = CAPITAL_LABEL.matcher(cell);
                if (m.matches()) {
                    label = m.group(1);
                    value = m.group(2).isBlank() && k + 1 < cells.length ? cells[++k] : m.group(2);
                } else if (k + 1 < cells.length && known(cell)) {
                    label = cell;
                    value = cells[++k];
                } else if (caps.matches()) {
                    label = caps.group(1);
                    value = caps.group(2);
                }
                Matcher received = RECEIVED.matcher(cell);
                if (received.matches()) {
                    if (receipt == null && isStamp(lastWords(received.group(1)))) receipt = lastWords(received.group(1));
                    continue;
                }
                Matcher origin = ORIGIN_DAY.matcher(cell);
                if (origin.matches() && originDay == null) { originDay = origin.group(1); continue; }
                Matcher h = HANDED_IN.matcher(cell);
                if (h.matches() && handed == null) handed = h.group(1);
                if (label == null) {
                    String d = lastWords(cell);
                    if (stamped == null && isStamp(d)) stamped = d;
                    continue;
                }
                String key = label.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                value = value.strip().replaceAll("^\\[(.*?)]?$", "$1").strip();      // "[A. Ward]": written in on the form
                if (value.isEmpty() || BLANK.matcher(value).matches()) continue;
                if (ADDRESSEE.matcher(key).matches() && to == null) to = party(value);
                else if (SENDER.matcher(key).matches() && from == null) from = party(value);
                else if (DATE.matcher(key).matches() && date == null) date = value;
                else if (ADDRESS.matcher(key).matches() && addressed == null) {
                    addressed = AS_BEFORE.matcher(value).matches() ? value : party(value);
                    if (stamped == null && isStamp(lastWords(value))) stamped = lastWords(value);
                }
                else if (stamped == null && isStamp(lastWords(value))) {
                    stamped = lastWords(value);                    // "Date stamp: WHITBY 2 AU 07"
                }
            }
        }
        boolean signedOnly = false;
        Optional<CardMessage.Message> card = addressed == null || to != null ? Optional.empty() : CardMessage.read(lines);
        if (card.isPresent()) {
            // a postcard described field by field: its message signed at the foot, saluting the addressee by name
            CardMessage.Message m = card.get();
            if (from == null) { from = m.signer(); signedOnly = true; }
            if (!m.saluted().isEmpty()) addressed = m.saluted();
            if (date == null && !m.dateline().isEmpty()) date = m.dateline();
        }
        if (to == null) to = addressed;
        if (to == null && answerbacks.size() >= 2) to = answerbacks.get(0);       // the called machine, then the caller
        if (from == null && answerbacks.size() >= 2) from = answerbacks.get(1);
        if (from == null) {
            Matcher s = DASH_SIGNATURE.matcher(lines.get(lines.size() - 1));
            if (s.find()) { from = s.group(1); signedOnly = true; }
        }
        if (to == null || from == null) return Optional.empty();
        if (textFrom != null) { from = textFrom; to = textTo; }
        // the office of origin's place and date over the text ("CHEFOO 17 JUNE 1900") before the receiving office's stamp
        String when = date != null ? date : handed != null ? handed : originDay != null ? originDay : stamped != null ? stamped
                : receipt != null ? receipt : "";
        return Optional.of(new Form(from, to, when, signedOnly, 1, textFrom != null, false, card.isPresent()));
    }

    private static boolean known(String cell) {
        String k = cell.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return ADDRESSEE.matcher(k).matches() || SENDER.matcher(k).matches() || DATE.matcher(k).matches();
    }

    /** A stamp's date after its office's name: {@code WHITBY 2 AU 07} → {@code 2 AU 07}. */
    private static String lastWords(String value) {
        Matcher m = STAMP_AT_END.matcher(value);
        return m.find() ? m.group(1) : value;
    }

    /** Whether a cell is a date as stamped (tried on short cells only: running text is none). */
    private static boolean isStamp(String cell) {
        return cell.length() <= MAX_STAMP && org.teikit.convert.dates.DateParser.stamped(cell, org.teikit.convert.dates.NumericOrder.DAY_FIRST, "19").isPresent();
    }

    /** The addressee's name without the street address after it. */
    private static String party(String value) {
        Matcher m = NAME_AND_ADDRESS.matcher(value.strip());
        return LetterHeading.mailbox(m.matches() ? m.group(1) : value);
    }
}
