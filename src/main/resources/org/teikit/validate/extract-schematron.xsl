<?xml version="1.0" encoding="UTF-8"?>
<!-- Pulls the ISO Schematron embedded in a RELAX NG schema (as TEI's ODD-generated schemas carry it) into a
     standalone sch:schema: namespace declarations once each, top-level lets, patterns, and bare rules wrapped
     in a pattern of their own. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:sch="http://purl.oclc.org/dsdl/schematron"
    exclude-result-prefixes="#all">

  <xsl:template match="/">
    <xsl:variable name="top" select="//sch:*[not(ancestor::sch:*)]"/>
    <xsl:if test="$top[self::sch:pattern or self::sch:rule]">
      <sch:schema queryBinding="xslt2">
        <xsl:for-each-group select="$top[self::sch:ns]" group-by="@prefix || ' ' || @uri">
          <xsl:copy-of select="current-group()[1]"/>
        </xsl:for-each-group>
        <xsl:copy-of select="$top[self::sch:let]"/>
        <xsl:for-each select="$top[self::sch:pattern or self::sch:rule]">
          <xsl:choose>
            <xsl:when test="self::sch:rule">
              <sch:pattern><xsl:copy-of select="."/></sch:pattern>
            </xsl:when>
            <xsl:otherwise><xsl:copy-of select="."/></xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
        <xsl:if test="$top[self::sch:diagnostics]">
          <sch:diagnostics><xsl:copy-of select="$top[self::sch:diagnostics]/*"/></sch:diagnostics>
        </xsl:if>
      </sch:schema>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
