<?xml version="1.0" encoding="UTF-8"?>
<!--
  The ISO Schematron schema of schema/teikit.odd's constraintSpecs, for the tests: what the TEI's
  extract-isosch does for the subset the ODD uses (patterns, sch:ns and xsl:key declarations in
  constraint), with teikit.sch's query binding.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:sch="http://purl.oclc.org/dsdl/schematron"
    exclude-result-prefixes="tei">

  <xsl:output indent="yes"/>

  <xsl:template match="/">
    <xsl:variable name="constraints" select="//tei:schemaSpec//tei:constraintSpec[@scheme = 'schematron']/tei:constraint"/>
    <sch:schema queryBinding="xslt3">
      <sch:title>teikit encoding rules, from the ODD</sch:title>
      <xsl:for-each-group select="$constraints//sch:ns" group-by="@prefix">
        <sch:ns prefix="{@prefix}" uri="{@uri}"/>
      </xsl:for-each-group>
      <xsl:copy-of select="$constraints/xsl:key"/>
      <xsl:copy-of select="$constraints/sch:pattern"/>
    </sch:schema>
  </xsl:template>
</xsl:stylesheet>
