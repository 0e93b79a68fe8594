package org.teikit.convert.family.wilson;

import nu.xom.Element;
import org.teikit.convert.dates.DateParser;
import org.teikit.source.Block;
import org.teikit.source.Inline;
import org.teikit.tei.Tei;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Wilson Center page's citation, read into a structured {@code bibl}. */
final class WilsonCitation {
    private WilsonCitation() {}

    private static final Pattern QUOTED_TITLE = Pattern.compile("^[\"“](.+?)[\"”],?\\s*(.*)$");
    private static final Pattern CITED_PAGE = Pattern.compile(",\\s*(?:pp?\\.\\s*)?(\\d+(?:[-–]\\d+)?)\\.?\\s*$");
    private static final Pattern IMPRINT = Pattern.compile("\\(([^():]+):\\s*([^()]+?),\\s*(\\d{4})\\)");
    private static final Pattern EDITORS = Pattern.compile(",?\\s*\\beds?\\.\\s+(.+)$");
    private static final Pattern VOLUME = Pattern.compile(",?\\s*\\bVol(?:ume|\\.)\\s+([IVXLC]+|\\d+)\\b");
    private static final Pattern TRANSLATOR = Pattern.compile("(?i)^(translated|translation|trans\\.)\\s+by\\s+(.+)$");

    /**
     * The citation as a structured {@code bibl}:
     * {@code "Title", date, Archive, Series…, Volume VI, eds. A, B (Place: Publisher, 1967), 97.} plus the URL.
     */
    static Element bibl(List<Block> content) {
        Element bibl = Tei.el("bibl");
        String text = "";
        String url = null;
        for (Block b : content) {
            for (Inline i : b.inlines()) {
                if (i instanceof Inline.Styled s && s.style() == Inline.Style.LINK) url = s.plain().strip();
                else text += i.plain();
            }
            text += " ";
        }
        text = text.replaceAll("\\s+", " ").strip();
        Matcher m = QUOTED_TITLE.matcher(text);
        String rest = text;
        if (m.matches()) {
            bibl.appendChild(Tei.text("title", m.group(1), Tei.at("level", "a")));
            rest = m.group(2);
        }
        var dates = org.teikit.convert.dates.DateParser.find(rest);
        if (!dates.isEmpty() && dates.get(0).start() == 0) {
            bibl.appendChild(Tei.text("date", rest.substring(0, dates.get(0).end()), Tei.at("when", dates.get(0).iso())));
            rest = rest.substring(dates.get(0).end()).replaceFirst("^[,\\s]+", "");
        }
        String page = null, volume = null, place = null, publisher = null, year = null;
        List<String> editors = new ArrayList<>();
        Matcher pg = CITED_PAGE.matcher(rest);
        if (pg.find()) { page = pg.group(1); rest = rest.substring(0, pg.start()); }
        Matcher imp = IMPRINT.matcher(rest);
        if (imp.find()) {
            place = imp.group(1).strip(); publisher = imp.group(2).strip(); year = imp.group(3);
            rest = (rest.substring(0, imp.start()) + rest.substring(imp.end())).strip();
        }
        Matcher ed = EDITORS.matcher(rest);
        if (ed.find()) {
            for (String e : ed.group(1).split(",\\s*")) if (!e.isBlank()) editors.add(e.strip());
            rest = rest.substring(0, ed.start());
        }
        Matcher vol = VOLUME.matcher(rest);
        if (vol.find()) { volume = vol.group(1); rest = rest.substring(0, vol.start()) + rest.substring(vol.end()); }
        rest = rest.replaceAll("[.,\\s]+$", "").strip();
        List<String> monograph = new ArrayList<>();
        for (String seg : rest.split(",\\s*(?![^()]*\\))")) {
            String sg = seg.strip();
            if (sg.isEmpty()) continue;
            Matcher tr = TRANSLATOR.matcher(sg);
            if (tr.matches()) {
                bibl.appendChild(Tei.add(Tei.el("respStmt"), Tei.text("resp", tr.group(1) + " by"), Tei.text("name", tr.group(2))));
                continue;
            }
            if (sg.matches("(?i).*digital archive.*")) bibl.appendChild(Tei.text("distributor", sg));
            else if (!sg.contains(":") && sg.matches("(?i).*\\b(papers|collection|records|fonds)$")) bibl.appendChild(Tei.text("title", sg, Tei.at("level", "s")));
            else if (sg.matches("(?i).*\\b(library|archives?|museum|institute|university)\\b.*")) bibl.appendChild(Tei.text("orgName", sg, Tei.at("type", "repository")));
            else monograph.add(sg);
        }
        if (!monograph.isEmpty()) bibl.appendChild(Tei.text("title", String.join(", ", monograph), Tei.at("level", "m")));
        if (volume != null) bibl.appendChild(Tei.text("biblScope", volume, Tei.at("unit", "volume")));
        for (String e : editors) bibl.appendChild(Tei.text("editor", e));
        if (place != null) bibl.appendChild(Tei.text("pubPlace", place));
        if (publisher != null) bibl.appendChild(Tei.text("publisher", publisher));
        if (year != null) bibl.appendChild(Tei.text("date", year, Tei.at("when", year)));
        if (page != null) bibl.appendChild(Tei.text("biblScope", page, Tei.at("unit", "page")));
        if (url != null) {
            bibl.appendChild(Tei.text("idno", url, Tei.at("type", "URI")));
            bibl.appendChild(Tei.text("ref", url, Tei.at("target", url)));
        }
        return bibl;
    }
}
