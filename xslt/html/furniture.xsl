<?xml version="1.0" encoding="UTF-8"?>
<!-- Page furniture: running heads, catchwords, stamps, page and column breaks. Shown as quiet
     marks that the reader can hide with the "page marks" checkbox (CSS only). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:views"
    exclude-result-prefixes="#all">

  <xsl:template match="tei:fw">
    <span class="mark fw fw-{(@type, 'other')[1] ! tk:slug(.)}" title="{tk:type-label((@type, 'page furniture')[1])}{@place ! (' (' || . || ')')}"><xsl:apply-templates/></span>
  </xsl:template>

  <!-- an archive stamp: a mark added to the page, one a line (the lb between stamps is kept) -->
  <xsl:template match="tei:stamp">
    <span class="mark stamp" title="{tk:type-label((@type, 'stamp')[1])}"><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="tei:pb | tei:milestone[@unit = 'page']">
    <span class="mark pb" title="page break">
      <xsl:if test="@xml:id"><xsl:attribute name="id" select="tk:target-id(@xml:id)"/></xsl:if>
      <xsl:value-of select="if (@n) then 'p. ' || @n else 'page'"/>
    </span>
  </xsl:template>

  <xsl:template match="tei:cb | tei:milestone[@unit = 'column']">
    <span class="mark cb" title="column break"><xsl:value-of select="if (@n) then 'col. ' || @n else 'col.'"/></span>
  </xsl:template>

  <!-- marginal notes of the source sit in the margin mark style too -->
</xsl:stylesheet>
