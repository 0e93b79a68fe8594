<?xml version="1.0" encoding="UTF-8"?>
<!-- Authority records a @ref (or an idno) points at: VIAF, GND, Wikidata, as full URIs or prefixed
     (viaf:N, gnd:N, wd:QN, or any prefix the document declares with prefixDef). Used to link names. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:views"
    exclude-result-prefixes="#all">

  <!-- built-in prefixes, used when the document declares none of that name -->
  <xsl:variable name="tk:authority-prefixes" as="map(xs:string, xs:string)" select="map{
      'viaf': 'https://viaf.org/viaf/', 'gnd': 'https://d-nb.info/gnd/',
      'wd': 'https://www.wikidata.org/wiki/', 'wikidata': 'https://www.wikidata.org/wiki/'}"/>

  <!-- The authority URIs among the pointers of $ref (a @ref value); $context finds the document's prefixDefs. -->
  <xsl:function name="tk:authority-uris" as="xs:string*">
    <xsl:param name="ref" as="xs:string?"/>
    <xsl:param name="context" as="node()"/>
    <xsl:variable name="defs" select="root($context)//tei:teiHeader//tei:prefixDef[@ident][@matchPattern][@replacementPattern]"/>
    <xsl:for-each select="tokenize(normalize-space($ref), ' ')[not(starts-with(., '#'))]">
      <xsl:variable name="prefix" select="substring-before(., ':')"/>
      <xsl:variable name="local" select="substring-after(., ':')"/>
      <xsl:variable name="def" select="$defs[@ident = $prefix][matches($local, '^(' || @matchPattern || ')$')][1]"/>
      <xsl:variable name="uri" select="
          if ($def) then replace($local, '^(' || $def/@matchPattern || ')$', $def/@replacementPattern)
          else if (map:contains($tk:authority-prefixes, lower-case($prefix)) and matches($local, '^[A-Za-z0-9\-]+$'))
            then $tk:authority-prefixes(lower-case($prefix)) || $local
          else ." xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
      <xsl:if test="exists(tk:authority-name($uri))"><xsl:sequence select="$uri"/></xsl:if>
    </xsl:for-each>
  </xsl:function>

  <!-- The authority a URI belongs to (VIAF, GND, Wikidata), or () when it is none of them. -->
  <xsl:function name="tk:authority-name" as="xs:string?">
    <xsl:param name="uri" as="xs:string"/>
    <xsl:sequence select="
        if (matches($uri, '^https?://(www\.)?viaf\.org/viaf/\d+/?$')) then 'VIAF'
        else if (matches($uri, '^https?://d-nb\.info/gnd/[0-9X\-]+/?$')) then 'GND'
        else if (matches($uri, '^https?://(www\.)?wikidata\.org/(wiki|entity)/Q\d+/?$')) then 'Wikidata'
        else ()"/>
  </xsl:function>

  <!-- Small links to the authority records of $ref, after a name. -->
  <xsl:template name="tk:authority-links">
    <xsl:param name="ref" as="xs:string?"/>
    <xsl:for-each select="tk:authority-uris($ref, .)">
      <xsl:text> </xsl:text>
      <a class="authority" href="{.}" title="{tk:authority-name(.)} record: {.}"><xsl:value-of select="tk:authority-name(.)"/></a>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
