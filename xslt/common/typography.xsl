<?xml version="1.0" encoding="UTF-8"?>
<!-- Typewriter punctuation set as print sets it, for the HTML view only (the TEI and the text view keep
     the source's characters): "straight" → “curly”, ' → ’ (apostrophe) or ‘ ’, a double hyphen → — (– between digits),
     a spaced hyphen → a spaced en dash. Every rule changes one punctuation character for another and
     never a letter or digit, so the words of the text stay as they are (the fidelity checks compare
     runs of letters and digits). teikit sets a text run too long for one string in pieces cut between
     white space and a letter (render/TypographicCuts): no rule may match across such a cut, nor read more
     of the text before than its last character (TypographicCutsTest). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="urn:teikit:views"
    exclude-result-prefixes="#all">

  <!-- What may stand before an opening quotation mark: nothing (the start), a space, an opening bracket,
       a dash, a slash, or an opening quotation mark of the other kind. -->
  <xsl:variable name="tk:opens" as="xs:string" select="'(^|[\s(\[{&#x2014;&#x2013;/&#x201C;&#x2018;-])'"/>

  <!-- $s set typographically; $before is the character the text follows (the end of the text before it
       in the same paragraph; '' at its start), which decides whether a quotation mark at the start opens or
       closes. -->
  <!-- public: teikit calls it from Java too, on the pieces of a long text run (render/Views) -->
  <xsl:function name="tk:typographic" as="xs:string" visibility="public">
    <xsl:param name="s" as="xs:string"/>
    <xsl:param name="before" as="xs:string"/>
    <xsl:choose>
      <xsl:when test="not(matches($s, '[&quot;'']|--|\s-\s|^-\s'))"><xsl:sequence select="$s"/></xsl:when>
      <xsl:otherwise>
        <!-- one character of context in front, taken off again at the end -->
        <xsl:variable name="c" select="if ($before = '') then ' ' else substring($before, string-length($before))"/>
        <!-- a hyphen the text before ends with takes part in no dash here: it is printed already, and a dash
             made of it and this text's first hyphen would take that hyphen away -->
        <xsl:variable name="t" select="(if ($c = '-') then '&#xE000;' else $c) || $s"/>
        <xsl:variable name="t" select="replace($t, '---', '&#x2014;')"/>
        <xsl:variable name="t" select="replace($t, '(\d)--(\d)', '$1&#x2013;$2')"/>
        <xsl:variable name="t" select="replace($t, '--', '&#x2014;')"/>
        <xsl:variable name="t" select="replace($t, '(\s)-(\s)', '$1&#x2013;$2')"/>
        <xsl:variable name="t" select="$c || substring($t, 2)"/>
        <xsl:variable name="t" select="replace($t, $tk:opens || '&quot;', '$1&#x201C;')"/>
        <xsl:variable name="t" select="replace($t, '&quot;', '&#x201D;')"/>
        <!-- ' after a letter, digit or closing punctuation: apostrophe (don't, Stalin's, students') or closing -->
        <xsl:variable name="t" select="replace($t, '([\p{L}\p{N}.,;:!?)\]&#x201D;])''', '$1&#x2019;')"/>
        <!-- an elided century ('49) takes the apostrophe; other marks after a space open -->
        <xsl:variable name="t" select="replace($t, $tk:opens || '''(\d\d)', '$1&#x2019;$2')"/>
        <xsl:variable name="t" select="replace($t, $tk:opens || '''', '$1&#x2018;')"/>
        <xsl:variable name="t" select="replace($t, '''', '&#x2019;')"/>
        <xsl:sequence select="substring($t, 2)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <xsl:function name="tk:typographic" as="xs:string">
    <xsl:param name="s" as="xs:string?"/>
    <xsl:sequence select="tk:typographic(string($s), '')"/>
  </xsl:function>
</xsl:stylesheet>
