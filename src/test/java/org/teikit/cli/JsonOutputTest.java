package org.teikit.cli;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Teikit;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** {@code --format json} of convert, diff and build: one strict JSON document on stdout, holding the documented fields. */
class JsonOutputTest {
    @TempDir Path dir;

    private static final String DIARY = "# A diary\n\nIt rained.\n", NOTES = "# Notes\n\nA word.[^7]\n";

    /** The one JSON document of standard output, parsed strictly (nothing before or after it). */
    static JsonObject parse(String stdout) throws Exception {
        JsonReader reader = new JsonReader(new StringReader(stdout));
        reader.setStrictness(Strictness.STRICT);
        JsonElement e = new Gson().getAdapter(JsonElement.class).read(reader);
        assertEquals(JsonToken.END_DOCUMENT, reader.peek(), "one document, nothing after it");
        return e.getAsJsonObject();
    }

    private static JsonObject byField(JsonArray a, String field, String endsWith) {
        for (JsonElement e : a) {
            if (e.getAsJsonObject().get(field).getAsString().endsWith(endsWith)) return e.getAsJsonObject();
        }
        throw new AssertionError("no " + field + " ending " + endsWith + " in " + a);
    }

    @Test
    void convertGivesEachFilesStatusWarningsAndWordCountsAndNothingElse() throws Exception {
        Path diary = Files.writeString(dir.resolve("diary.txt"), DIARY), notes = Files.writeString(dir.resolve("notes.txt"), NOTES);
        Path out = dir.resolve("tei");
        ConvertCommandTest.Run r = ConvertCommandTest.run("convert", "--format", "json", "-o", out.toString(), diary.toString(), notes.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err(), "no human line in json mode");
        JsonObject doc = parse(r.out());
        assertEquals(Teikit.VERSION, doc.get("teikit").getAsString());
        assertEquals("convert", doc.get("command").getAsString());
        assertEquals(0, doc.get("exit").getAsInt());

        JsonObject d = byField(doc.getAsJsonArray("files"), "source", "diary.txt");
        assertEquals(out.resolve("diary.xml").toString(), d.get("tei").getAsString());
        assertEquals("generic", d.get("family").getAsString());
        assertEquals("created", d.get("status").getAsString());
        assertEquals(0, d.getAsJsonArray("warnings").size());
        JsonObject f = d.getAsJsonObject("fidelity");
        assertTrue(f.get("faithful").getAsBoolean());
        // "A diary It rained": four words of text in both files
        assertEquals(4, f.getAsJsonObject("sourceWords").get("total").getAsInt());
        assertEquals(4, f.getAsJsonObject("teiWords").get("text").getAsInt());
        assertEquals(0, f.get("lost").getAsInt());

        JsonObject n = byField(doc.getAsJsonArray("files"), "source", "notes.txt");
        JsonObject w = n.getAsJsonArray("warnings").get(0).getAsJsonObject();
        assertEquals(3, w.get("line").getAsInt());
        assertEquals("note reference 7 has no definition in the source: kept as an empty note", w.get("message").getAsString());
        assertFalse(n.has("decisions"), "decisions only with --explain");
        JsonObject explained = parse(ConvertCommandTest.run("convert", "--format", "json", "--explain", "--dry-run", "-o", out.toString(),
                notes.toString()).out()).getAsJsonArray("files").get(0).getAsJsonObject();
        JsonObject family = explained.getAsJsonArray("decisions").get(0).getAsJsonObject();
        assertEquals("family", family.get("topic").getAsString());
        assertTrue(family.get("line").isJsonNull(), "the family is a decision about the whole document");
        assertTrue(family.get("message").getAsString().startsWith("generic: "), family.toString());

        JsonObject s = doc.getAsJsonObject("summary");
        assertEquals(2, s.get("files").getAsInt());
        assertEquals(2, s.get("created").getAsInt());
        assertEquals(1, s.get("warnings").getAsInt());

        JsonObject again = parse(ConvertCommandTest.run("convert", "--format", "json", "-o", out.toString(), diary.toString()).out());
        assertEquals("unchanged", again.getAsJsonArray("files").get(0).getAsJsonObject().get("status").getAsString());

        Path tei = out.resolve("diary.xml");
        Files.writeString(tei, Files.readString(tei).replace("It rained.", "It poured."));
        ConvertCommandTest.Run edited = ConvertCommandTest.run("convert", "--format", "json", "-o", out.toString(), diary.toString());
        assertEquals(0, edited.code(), edited.err());
        JsonObject kept = parse(edited.out()).getAsJsonArray("files").get(0).getAsJsonObject();
        assertEquals("kept", kept.get("status").getAsString());
        assertTrue(kept.get("message").getAsString().endsWith("; use --force to overwrite it"), kept.toString());
        assertTrue(kept.get("fidelity").isJsonNull(), "a hand-edited file is not compared: " + kept);
    }

    @Test
    void aDiffThatCannotReadItsFilesWritesNoJsonAndSaysWhyOnStandardError() throws Exception {
        Path src = Files.writeString(dir.resolve("a.txt"), DIARY);
        ConvertCommandTest.Run r = ConvertCommandTest.run("diff", "--format", "json", src.toString(), dir.resolve("missing.xml").toString());
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().contains(dir.resolve("missing.xml") + ": cannot read: no such file"), r.err());
    }

    @Test
    void aFailedConversionIsAFileWithItsPlaceAndExitTwo() throws Exception {
        Path src = dir.resolve("latin1.txt");
        Files.write(src, "ok\nna\u00efve".getBytes(StandardCharsets.ISO_8859_1));
        ConvertCommandTest.Run r = ConvertCommandTest.run("convert", "--format", "json", "-o", dir.resolve("tei").toString(), src.toString());
        assertEquals(2, r.code());
        JsonObject doc = parse(r.out());
        assertEquals(2, doc.get("exit").getAsInt());
        JsonObject f = doc.getAsJsonArray("files").get(0).getAsJsonObject();
        assertEquals("failed", f.get("status").getAsString());
        assertTrue(f.get("family").isJsonNull());
        assertEquals(2, f.get("line").getAsInt());
        assertEquals(3, f.get("column").getAsInt());
        assertEquals(src + ":2:3: byte 0xEF at offset 5 is not valid UTF-8 (is the file Latin-1 or Windows-1252? convert it, or pass --encoding)",
                f.get("message").getAsString());
        assertTrue(f.get("fidelity").isJsonNull());
        assertEquals(1, doc.getAsJsonObject("summary").get("failed").getAsInt());
    }

    @Test
    void jsonAndTeiOnStandardOutputAreAUsageError() throws Exception {
        Path diary = Files.writeString(dir.resolve("diary.txt"), DIARY);
        ConvertCommandTest.Run r = ConvertCommandTest.run("convert", "--format", "json", "--stdout", diary.toString());
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("teikit: --format json writes its report to standard output, where --stdout writes the TEI"), r.err());
        assertEquals(2, ConvertCommandTest.run("convert", "--format", "yaml", diary.toString()).code());
    }

    @Test
    void diffGivesEachDifferenceWithItsPlaceInBothFiles() throws Exception {
        Path src = Files.writeString(dir.resolve("a.txt"), DIARY);
        // the title is the header's, not text: "A diary" is lost; "rained" became "snowed"
        Path tei = Files.writeString(dir.resolve("a.xml"), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt>"
                + "<title>A diary</title></titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc>"
                + "</teiHeader><text><body>\n<p>It snowed.</p></body></text></TEI>\n");
        ConvertCommandTest.Run r = ConvertCommandTest.run("diff", "--format", "json", src.toString(), tei.toString());
        assertEquals(1, r.code(), r.err());
        JsonObject doc = parse(r.out());
        assertEquals("diff", doc.get("command").getAsString());
        assertEquals(1, doc.get("exit").getAsInt());
        JsonObject title = null, rained = null, snowed = null;
        for (JsonElement e : doc.getAsJsonArray("differences")) {
            JsonObject o = e.getAsJsonObject();
            switch (o.get("text").getAsString()) {
                case "A diary" -> title = o;
                case "rained" -> rained = o;
                case "snowed" -> snowed = o;
                default -> fail("unexpected difference " + o);
            }
        }
        assertNotNull(title);
        assertEquals("lost", title.get("kind").getAsString());
        assertEquals(2, title.get("words").getAsInt());
        assertEquals(src.toString(), title.getAsJsonObject("source").get("file").getAsString());
        assertEquals(1, title.getAsJsonObject("source").get("line").getAsInt());
        assertEquals(3, title.getAsJsonObject("source").get("column").getAsInt());
        assertEquals("lost", rained.get("kind").getAsString());
        assertEquals(3, rained.getAsJsonObject("source").get("line").getAsInt());
        assertEquals(4, rained.getAsJsonObject("source").get("column").getAsInt());
        assertEquals("added", snowed.get("kind").getAsString());
        assertEquals(tei.toString(), snowed.getAsJsonObject("tei").get("file").getAsString());
        assertEquals(2, snowed.getAsJsonObject("tei").get("line").getAsInt());
        assertEquals(7, snowed.getAsJsonObject("tei").get("column").getAsInt());
        JsonObject s = doc.getAsJsonObject("summary");
        assertFalse(s.get("faithful").getAsBoolean());
        assertEquals(3, s.get("lost").getAsInt());
        assertEquals(1, s.get("added").getAsInt());
        assertEquals(4, s.getAsJsonObject("sourceWords").get("total").getAsInt());
        assertEquals(2, s.getAsJsonObject("teiWords").get("total").getAsInt());
    }

    @Test
    void buildGivesEveryStageAndItsExitStatus() throws Exception {
        Path root = dir.resolve("edition");
        Files.createDirectories(root.resolve("sources"));
        Files.writeString(root.resolve("sources/diary.txt"), DIARY);
        Files.writeString(root.resolve("sources/notes.txt"), NOTES);
        ConvertCommandTest.Run r = ConvertCommandTest.run("build", "--format", "json", "-C", root.toString());
        JsonObject doc = parse(r.out());
        assertEquals("build", doc.get("command").getAsString());
        assertEquals(r.code(), doc.get("exit").getAsInt());
        assertEquals("", r.err());

        JsonObject convert = doc.getAsJsonObject("convert");
        assertEquals(2, convert.getAsJsonObject("summary").get("created").getAsInt());
        JsonObject notes = byField(convert.getAsJsonArray("files"), "source", "notes.txt");
        assertEquals(root.resolve("tei/notes.xml").toString(), notes.get("tei").getAsString());
        assertEquals("note reference 7 has no definition in the source: kept as an empty note", notes.getAsJsonArray("warnings").get(0).getAsJsonObject().get("message").getAsString());

        JsonObject diary = byField(doc.getAsJsonObject("fidelity").getAsJsonArray("files"), "source", "diary.txt");
        assertTrue(diary.getAsJsonObject("fidelity").get("faithful").getAsBoolean());
        assertEquals(root.resolve("tei/diary.xml").toString(), diary.get("tei").getAsString());
        assertEquals(0, diary.getAsJsonArray("differences").size());
        assertEquals(0, doc.getAsJsonObject("fidelity").get("unfaithful").getAsInt());

        // validate's own --format json document: a file each, the persons index included
        JsonObject validate = doc.getAsJsonObject("validate");
        assertEquals(3, validate.getAsJsonObject("summary").get("files").getAsInt());
        assertEquals("valid", byField(validate.getAsJsonArray("files"), "file", "diary.xml").get("verdict").getAsString());
        assertEquals(root.resolve("tei/persons.xml").toString(), doc.getAsJsonObject("index").get("persons").getAsString());

        JsonObject render = doc.getAsJsonObject("render");
        assertEquals(2, render.get("pages").getAsInt());
        assertEquals(2, render.get("texts").getAsInt());
        assertEquals(0, render.getAsJsonArray("failed").size());
        assertTrue(Files.isRegularFile(root.resolve("build/site/diary.html")));
    }
}
