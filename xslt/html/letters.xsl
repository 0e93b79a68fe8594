<?xml version="1.0" encoding="UTF-8"?>
<!-- Letters and telegrams: opener, salutation, closer and signature laid out as letters are. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:views"
    exclude-result-prefixes="#all">

  <xsl:template match="tei:opener | tei:closer | tei:postscript">
    <div class="{local-name()}">
      <xsl:call-template name="tk:rend-attrs"/>
      <xsl:call-template name="tk:blocks"/>
    </div>
  </xsl:template>

  <xsl:template match="tei:dateline | tei:salute | tei:signed | tei:address | tei:addrLine">
    <xsl:call-template name="tk:inline-or-block">
      <xsl:with-param name="class" select="local-name()"/>
    </xsl:call-template>
    <!-- lines shown one under another (CSS) stay separate words in the text too -->
    <xsl:if test="self::tei:addrLine and following-sibling::*"><xsl:text> </xsl:text></xsl:if>
  </xsl:template>
</xsl:stylesheet>
