<?xml version="1.0" encoding="UTF-8"?>
<!-- Drama: cast lists and stage directions (speech and verse are in speech.xsl and prose.xsl). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:views"
    exclude-result-prefixes="#all">

  <xsl:template match="tei:castList | tei:castGroup">
    <div class="{local-name()}">
      <xsl:apply-templates select="tei:head"/>
      <ul class="cast">
        <xsl:for-each select="* except tei:head">
          <li><xsl:apply-templates select="."/></li>
        </xsl:for-each>
      </ul>
    </div>
  </xsl:template>

  <xsl:template match="tei:castItem">
    <span class="castItem">
      <xsl:if test="tei:role/@xml:id"><xsl:attribute name="id" select="tk:target-id(tei:role[@xml:id][1]/@xml:id)"/></xsl:if>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <xsl:template match="tei:role">
    <span class="role"><xsl:apply-templates/></span>
  </xsl:template>
  <xsl:template match="tei:roleDesc">
    <span class="roleDesc"><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="tei:stage">
    <xsl:call-template name="tk:inline-or-block">
      <xsl:with-param name="class" select="string-join(('stage', @type ! ('t-' || tk:slug(.))), ' ')"/>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
