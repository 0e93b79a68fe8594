<?xml version="1.0" encoding="UTF-8"?>
<!-- The text of the HTML view set typographically (common/typography.xsl); code-like content keeps its characters. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:views"
    exclude-result-prefixes="#all">

  <!-- Elements whose characters are data, not prose: identifiers, code, markup examples, URLs, formulae. -->
  <xsl:variable name="tk:literal" as="xs:string*" select="
      ('code','ident','gi','att','val','tag','eg','egXML','formula','idno','email','ptr','graphic','num','measure')"/>

  <!-- True when teikit renders with text runs too long for one string kept out of the tree (render/LongTexts):
       U+FDD0 n U+FDD1 then stands for such a run. -->
  <xsl:param name="tk:long-texts" as="xs:boolean" select="false()"/>

  <xsl:template match="text()[ancestor::tei:text]">
    <xsl:choose>
      <xsl:when test="ancestor::*[local-name() = $tk:literal or @xml:space = 'preserve' or not(tk:is-tei(.))]">
        <xsl:value-of select="."/>
      </xsl:when>
      <!-- a run's mark passes tk:typographic unchanged, and its edges kept in the tree are set as in the whole
           run; the mark turned to U+FDD4 n U+FDD5 asks for the run itself to be set by tk:typographic as it
           is written out (in pieces cut where no rule reaches across: render/TypographicCuts) -->
      <xsl:when test="$tk:long-texts and contains(., '&#xFDD0;')">
        <xsl:value-of select="translate(tk:typographic(., tk:text-before(.)), '&#xFDD0;&#xFDD1;', '&#xFDD4;&#xFDD5;')"/>
      </xsl:when>
      <xsl:when test="not(matches(., '[&quot;'']|-'))">
        <xsl:value-of select="."/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="tk:typographic(., tk:text-before(.))"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The text just before $t in the same block (paragraph, head, line, note …), '' at the block's start. -->
  <xsl:function name="tk:text-before" as="xs:string">
    <xsl:param name="t" as="text()"/>
    <xsl:variable name="block" select="$t/ancestor::tei:*[local-name() = $tk:structural or self::tei:note][1]"/>
    <xsl:variable name="prev" select="$t/preceding::text()[1]"/>
    <xsl:sequence select="if (exists($prev) and exists($prev/ancestor::* intersect $block)
        and empty(($prev/ancestor::tei:note except $t/ancestor::tei:note))) then string($prev) else ''"/>
  </xsl:function>
</xsl:stylesheet>
