package org.teikit.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A caption or subtitle file (WebVTT, SubRip) read as a transcription. A cue is a unit of display, not of speech:
 * the cues a WebVTT voice tag ({@code <v Jack Hollins>}) gives one speaker in a row are one turn, written with the
 * voice as its label and the first cue's start time before it ({@code 00:00:15.100 **Jack Hollins:** …}), which the
 * speech conventions read as any timed transcript. A cue without a voice is a paragraph of its own; SubRip, which
 * has no voices, keeps the speakers its text names. The header, styles and regions are the player's, not text; the
 * notes are kept; the later cues' times of a turn are display timing, not kept. Each turn is written on its first
 * cue's line.
 */
public final class CaptionFile {
    private static final Pattern WEBVTT = Pattern.compile("\\A\\uFEFF?\\s*WEBVTT(?:[ \\t][^\\n]*)?(?:\\n|\\z)");
    private static final Pattern SUBRIP = Pattern.compile("\\A\\uFEFF?\\s*\\d{1,6}[ \\t]*\\n" + "[ \\t]*\\d{1,2}:\\d{2}:\\d{2}[,.]\\d{1,3}[ \\t]*-->");
    private static final Pattern TIMING = Pattern.compile("^\\s*((?:\\d{1,2}:)?\\d{1,2}:\\d{2}[,.]\\d{1,3})\\s*-->");
    private static final Pattern VOICE = Pattern.compile("<v(?:\\.[\\w.-]+)?[ \\t]+([^>]{1,80})>");
    private static final Pattern TAG = Pattern.compile("</?(?:[a-z]+(?:\\.[\\w.-]+)*(?:[ \\t][^>]{0,80})?|\\d[\\d:.]{3,12})>");
    private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|nbsp|lrm|rlm|quot|apos);");

    private CaptionFile() {}

    /** The captions written as a transcription: how many cues, how many turns a voice tag names. */
    public record Transcribed(String text, int cues, int voicedTurns, boolean webvtt) {}

    public static boolean isCaptions(String text) {
        return WEBVTT.matcher(text).lookingAt() || SUBRIP.matcher(text).lookingAt();
    }

    public static Transcribed transcribe(String text) {
        boolean webvtt = WEBVTT.matcher(text).lookingAt();
        String[] lines = text.split("\n", -1);
        LinedText out = new LinedText();
        Turn turn = null;
        int cues = 0, voiced = 0;
        int header = firstText(lines);
        for (int i = 0; i < lines.length; ) {
            if (lines[i].isBlank()) { i++; continue; }
            int start = i;
            while (i < lines.length && !lines[i].isBlank()) i++;
            List<String> block = List.of(lines).subList(start, i);
            String first = block.get(0).strip();
            if (start == header && webvtt) continue;                  // WEBVTT and its header fields
            if (webvtt && (first.equals("STYLE") || first.equals("REGION"))) continue;   // the player's, not text
            int timing = timingLine(block);
            if (timing < 0) {
                if (webvtt && first.matches("NOTE(?:\\s.*)?")) {    // a comment: its words are the captioner's, kept
                    List<String> note = new ArrayList<>(block);
                    note.set(0, first.substring(4).strip());
                    int at = start + 1;
                    if (note.get(0).isEmpty()) {
                        note.remove(0);
                        at++;
                    }
                    turn = flush(turn, out);
                    if (!note.isEmpty()) out.block(at, escaped(note));
                    continue;
                }
                turn = flush(turn, out);
                out.block(start + 1, escaped(block));      // not a cue: kept as the file has it
                continue;
            }
            cues++;
            Matcher t = TIMING.matcher(block.get(timing));
            t.find();
            String time = t.group(1);
            int payloadLine = start + timing + 2;
            String payload = String.join("\n", block.subList(timing + 1, block.size()));
            // a cue may change voice within it: each voice's part is its own piece
            Matcher v = VOICE.matcher(payload);
            int pos = 0;
            String voice = null;
            while (true) {
                boolean found = v.find();
                String part = payload.substring(pos, found ? v.start() : payload.length());
                if (!part.isBlank()) {
                    if (turn != null && voice != null && voice.equals(turn.voice)) {
                        turn.add(part);
                    } else {
                        turn = flush(turn, out);
                        turn = new Turn(voice, time, payloadLine);
                        turn.add(part);
                        if (voice != null) voiced++;
                    }
                }
                if (!found) break;
                voice = v.group(1).strip();
                pos = v.end();
            }
            if (voice == null) turn = flush(turn, out);   // a voiceless cue is a paragraph of its own
        }
        flush(turn, out);
        return new Transcribed(out.text(), cues, voiced, webvtt);
    }

    /** One speaker's run of cues, or one voiceless cue. */
    private static final class Turn {
        final String voice;
        final String time;
        final int line;
        final List<String> lines = new ArrayList<>();

        Turn(String voice, String time, int line) {
            this.voice = voice;
            this.time = time;
            this.line = line;
        }

        void add(String part) {
            for (String l : part.split("\n")) if (!l.isBlank()) lines.add(l.strip());
        }
    }

    /** Writes the turn, if any; returns null, no turn being open after it. */
    private static Turn flush(Turn turn, LinedText out) {
        if (turn == null || turn.lines.isEmpty()) return null;
        List<String> text = new ArrayList<>();
        for (int k = 0; k < turn.lines.size(); k++) {
            String line = cueText(turn.lines.get(k));
            if (k > 0) {
                text.add(HtmlPage.escapeStart(line));
                continue;
            }
            String label = turn.voice == null ? "" : "**" + HtmlPage.escape(turn.voice) + ":** ";
            text.add(turn.time + " " + label + line);
        }
        out.block(turn.line, text);
        return null;
    }

    /** A cue's text in the transcription syntax: italics and bold kept, class, language and time tags gone. */
    private static String cueText(String raw) {
        StringBuilder out = new StringBuilder();
        Matcher tag = TAG.matcher(raw);
        int pos = 0;
        while (tag.find()) {
            out.append(HtmlPage.escape(decoded(raw.substring(pos, tag.start()))));
            String t = tag.group();
            if (t.equals("<i>") || t.equals("</i>")) out.append('*');
            else if (t.equals("<b>") || t.equals("</b>")) out.append("**");
            else if (t.equals("<u>") || t.equals("</u>")) out.append(t);
            pos = tag.end();
        }
        out.append(HtmlPage.escape(decoded(raw.substring(pos))));
        return out.toString();
    }

    private static String decoded(String s) {
        return ENTITY.matcher(s).replaceAll(m -> switch (m.group(1)) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "nbsp" -> " ";
            case "quot" -> "\"";
            case "apos" -> "'";
            default -> "";
        });
    }

    private static List<String> escaped(List<String> block) {
        List<String> out = new ArrayList<>();
        for (String l : block) out.add(HtmlPage.escapeStart(cueText(l.strip())));
        return out;
    }

    private static int timingLine(List<String> block) {
        for (int k = 0; k < Math.min(2, block.size()); k++) if (TIMING.matcher(block.get(k)).find()) return k;
        return -1;
    }

    private static int firstText(String[] lines) {
        for (int i = 0; i < lines.length; i++) if (!lines[i].isBlank()) return i;
        return -1;
    }
}
