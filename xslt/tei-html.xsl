<?xml version="1.0" encoding="UTF-8"?>
<!-- TEI P5 → one standalone HTML5 page (no network resources, works without JavaScript).
     Entry stylesheet: the page skeleton; each TEI concern lives in its own module. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:views"
    exclude-result-prefixes="#all">

  <xsl:import href="common/functions.xsl"/>
  <xsl:import href="common/authority.xsl"/>
  <xsl:import href="common/typography.xsl"/>
  <xsl:import href="common/dates.xsl"/>
  <xsl:import href="html/fallback.xsl"/>
  <xsl:import href="html/style.xsl"/>
  <xsl:import href="html/header.xsl"/>
  <xsl:import href="html/structure.xsl"/>
  <xsl:import href="html/prose.xsl"/>
  <xsl:import href="html/speech.xsl"/>
  <xsl:import href="html/drama.xsl"/>
  <xsl:import href="html/letters.xsl"/>
  <xsl:import href="html/notes.xsl"/>
  <xsl:import href="html/editorial.xsl"/>
  <xsl:import href="html/furniture.xsl"/>
  <xsl:import href="html/typography.xsl"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no"/>

  <!-- Unknown nodes keep their text (fallback.xsl wraps unknown elements in tei-* spans/divs). -->
  <xsl:mode on-no-match="text-only-copy" warning-on-no-match="false"/>

  <!-- Name of the source file, shown in the footer. -->
  <xsl:param name="source-name" as="xs:string" select="''"/>

  <xsl:variable name="tk:note-index" as="map(xs:string, xs:integer)"
      select="map:merge(//tei:text//tei:note ! map{generate-id(.): position()})"/>
  <xsl:variable name="tk:turn-index" as="map(xs:string, xs:integer)"
      select="map:merge(//tei:text//(tei:sp | tei:u) ! map{generate-id(.): position()})"/>

  <xsl:template match="/">
    <xsl:variable name="lang" select="((//tei:text)[1]/@xml:lang, /*/@xml:lang, (//tei:langUsage/tei:language/@ident)[1], 'und')[. != ''][1]"/>
    <html lang="{$lang}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="teikit"/>
        <title><xsl:value-of select="tk:typographic(tk:title(.))"/></title>
        <style><xsl:value-of select="$tk:css"/></style>
      </head>
      <body>
        <a class="skip" href="#text">Skip to the text</a>
        <!-- direct children of body, before the text: CSS hides the marks via the sibling selector -->
        <input type="checkbox" id="show-marks" class="marks-toggle" checked="checked"/>
        <label for="show-marks" class="marks-label">Show page and margin marks</label>
        <xsl:call-template name="tk:page-header"/>
        <xsl:variable name="side" as="element()*">
          <xsl:call-template name="tk:toc"/>
          <xsl:call-template name="tk:persons-panel"/>
        </xsl:variable>
        <div class="layout{if (empty($side)) then ' single' else ''}">
          <xsl:if test="exists($side)">
            <div class="side"><xsl:sequence select="$side"/></div>
            <!-- Contents and speakers are open (without JavaScript always); on a narrow screen, where they stand
                 before the text, they start closed so that the text begins on the first screen. -->
            <script>if (matchMedia("(max-width: 59.99rem)").matches) for (const d of document.querySelectorAll(".side details.side-panel")) d.open = false;</script>
          </xsl:if>
          <main id="text">
            <xsl:apply-templates select="//tei:text[not(ancestor::tei:text)]"/>
          </main>
        </div>
        <xsl:call-template name="tk:endnotes"/>
        <footer class="colophon">
          <p>Rendered from <xsl:value-of select="if ($source-name) then $source-name else 'TEI'"/> by teikit.</p>
        </footer>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="tei:teiHeader"/>

  <!-- Here, in the importing stylesheet, so that it precedes every module's template: siblings in
       element-only content are kept apart by a space (see tk:separated). -->
  <xsl:template match="*[tk:separated(.)]" priority="100">
    <xsl:text> </xsl:text>
    <xsl:next-match/>
  </xsl:template>
</xsl:stylesheet>
