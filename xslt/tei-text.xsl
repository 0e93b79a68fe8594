<?xml version="1.0" encoding="UTF-8"?>
<!-- TEI P5 → UTF-8 plain text for reading and proofreading: paragraphs wrapped at $width columns,
     headings underlined, turns as "SPEAKER: …", notes as [n] with their texts at the end of each
     division. Everything the editors add is in [brackets]; every word of the reading text appears,
     in order. Two passes: the TEI becomes a list of blocks (text/blocks.xsl, text/inline.xsl),
     the blocks are laid out (text/layout.xsl). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:views"
    exclude-result-prefixes="#all">

  <xsl:import href="common/functions.xsl"/>
  <xsl:import href="text/inline.xsl"/>
  <xsl:import href="text/blocks.xsl"/>
  <xsl:import href="text/layout.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:param name="width" as="xs:integer" select="72"/>

  <xsl:variable name="tk:note-index" as="map(xs:string, xs:integer)"
      select="map:merge(//tei:text//tei:note ! map{generate-id(.): position()})"/>

  <xsl:template match="/">
    <xsl:variable name="blocks" as="element(block)*">
      <xsl:call-template name="tk:text-header"/>
      <block kind="rule"/>
      <xsl:apply-templates select="//tei:text[not(ancestor::tei:text)]" mode="tk:block"/>
      <xsl:variable name="endnotes" select="//tei:text//tei:note[tk:is-endnote(.)]"/>
      <xsl:if test="$endnotes">
        <block kind="notes-title" group="notes">Endnotes</block>
        <xsl:apply-templates select="$endnotes" mode="tk:note-entry"/>
      </xsl:if>
    </xsl:variable>
    <xsl:value-of select="tk:layout($blocks, $width)"/>
  </xsl:template>
</xsl:stylesheet>
