<?xml version="1.0" encoding="UTF-8"?>
<!-- Any element no other module knows (TEI or foreign) still shows its text, in a neutral
     span or div classed tei-<localname>; nothing is ever dropped. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:views"
    exclude-result-prefixes="#all">

  <xsl:template match="*" priority="-10">
    <xsl:element name="{if (tk:is-block(.)) then 'div' else 'span'}">
      <xsl:attribute name="class" select="'tei-' || tk:slug(local-name()) || (if (tk:is-tei(.)) then '' else ' foreign')"/>
      <xsl:call-template name="tk:rend-attrs"/>
      <xsl:call-template name="tk:blocks"/>
    </xsl:element>
  </xsl:template>

  <!-- Text in a block container is laid out as paragraphs around the blocks. -->
  <xsl:template name="tk:blocks">
    <xsl:param name="nodes" select="node()"/>
    <xsl:for-each-group select="$nodes" group-adjacent="tk:is-block(.)">
      <xsl:choose>
        <xsl:when test="current-grouping-key()"><xsl:apply-templates select="current-group()"/></xsl:when>
        <xsl:when test="normalize-space(string-join(current-group() ! string(.), '')) = '' and not(current-group()/descendant-or-self::*[self::tei:pb or self::tei:cb or self::tei:fw or self::tei:milestone or self::tei:note or self::tei:gap or self::tei:anchor or self::tei:space])">
          <xsl:apply-templates select="current-group()"/>
        </xsl:when>
        <xsl:when test="tk:is-container(..)">
          <div class="para"><xsl:apply-templates select="current-group()"/></div>
        </xsl:when>
        <xsl:otherwise><xsl:apply-templates select="current-group()"/></xsl:otherwise>
      </xsl:choose>
    </xsl:for-each-group>
  </xsl:template>

  <!-- Language and a rendition hint carried over from TEI attributes. -->
  <xsl:template name="tk:rend-attrs">
    <xsl:if test="@xml:lang"><xsl:attribute name="lang" select="@xml:lang"/></xsl:if>
  </xsl:template>
</xsl:stylesheet>
