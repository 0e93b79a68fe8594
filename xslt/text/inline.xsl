<?xml version="1.0" encoding="UTF-8"?>
<!-- Plain text, inline level: the words of a paragraph as one string. Editorial additions go in
     [brackets]; furniture and note texts stay out of the running text. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:views"
    exclude-result-prefixes="#all">

  <!-- unknown elements, TEI or foreign: their text -->
  <xsl:mode name="tk:inline" on-no-match="text-only-copy" warning-on-no-match="false"/>

  <xsl:function name="tk:inline" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:variable name="parts" as="xs:string*">
      <xsl:apply-templates select="$nodes" mode="tk:inline"/>
    </xsl:variable>
    <xsl:sequence select="string-join($parts, '')"/>
  </xsl:function>

  <xsl:template match="*[tk:separated(.)]" mode="tk:inline" priority="100">
    <xsl:text> </xsl:text>
    <xsl:next-match/>
  </xsl:template>

  <xsl:template match="text()" mode="tk:inline"><xsl:value-of select="."/></xsl:template>
  <xsl:template match="comment() | processing-instruction()" mode="tk:inline"/>

  <xsl:template match="tei:note" mode="tk:inline">
    <xsl:sequence select="'[' || $tk:note-index(generate-id(.)) || ']'"/>
  </xsl:template>

  <!-- page furniture and archive stamps are not the reading text -->
  <xsl:template match="tei:fw | tei:stamp | tei:teiHeader | tei:figDesc[false()]" mode="tk:inline"/>

  <xsl:template match="tei:lb | tei:pb | tei:cb | tei:milestone" mode="tk:inline">
    <xsl:sequence select="if (@break = 'no') then '' else ' '"/>
  </xsl:template>

  <xsl:template match="tei:choice" mode="tk:inline">
    <xsl:variable name="shown" select="((tei:abbr | tei:orig | tei:sic | tei:seg | tei:unclear)[1], *[1])[1]"/>
    <xsl:variable name="other" select="* except $shown"/>
    <xsl:sequence select="tk:inline($shown/node())
        || (if ($shown/self::tei:sic) then ' [sic' || (if (exists($other)) then '; read: ' || tk:bracket-safe(string-join($other ! tk:inline(node()), ' / ')) else '') || ']'
            else if (exists($other)) then ' [' || tk:bracket-safe(string-join($other ! tk:inline(node()), ' / ')) || ']' else '')"/>
  </xsl:template>

  <xsl:template match="tei:app" mode="tk:inline">
    <xsl:variable name="shown" select="(tei:lem, tei:rdg, tei:rdgGrp/tei:rdg)[1]"/>
    <xsl:variable name="other" select=".//tei:rdg except $shown"/>
    <xsl:sequence select="tk:inline($shown/node())
        || (if ($other) then ' [variants: ' || tk:bracket-safe(string-join($other ! (normalize-space(string-join(.//text()[not(ancestor::tei:note)], ' '))[. != ''], '(omitted)')[1], ' / ')) || ']' else '')
        || tk:inline(tei:note)"/>
  </xsl:template>

  <xsl:template match="tei:incident | tei:vocal | tei:kinesic | tei:writing" mode="tk:inline">
    <xsl:sequence select="'(' || normalize-space(tk:inline(node())) || ')'"/>
  </xsl:template>
  <xsl:template match="tei:pause" mode="tk:inline"><xsl:sequence select="' … '"/></xsl:template>

  <xsl:template match="tei:sic" mode="tk:inline">
    <xsl:sequence select="tk:inline(node()) || ' [sic]'"/>
  </xsl:template>

  <xsl:template match="tei:supplied" mode="tk:inline">
    <xsl:sequence select="'[' || tk:bracket-safe(tk:inline(node())) || ']'"/>
  </xsl:template>

  <xsl:template match="tei:gap" mode="tk:inline">
    <xsl:sequence select="tk:gap-label(.)"/>
  </xsl:template>

  <xsl:template match="tei:unclear" mode="tk:inline">
    <xsl:sequence select="if (normalize-space(.) = '' and empty(*)) then '[unclear]' else tk:inline(node())"/>
  </xsl:template>

  <xsl:template match="tei:seg[@type = 'query']" mode="tk:inline">
    <xsl:sequence select="tk:inline(node()) || ' [?]'"/>
  </xsl:template>

  <xsl:template match="tei:del" mode="tk:inline">
    <xsl:sequence select="' ' || tk:inline(node()) || ' [deleted] '"/>
  </xsl:template>

  <xsl:template match="tei:space" mode="tk:inline">
    <xsl:variable name="n" select="if (@quantity castable as xs:integer) then min((xs:integer(@quantity), 40)) else 3"/>
    <xsl:sequence select="string-join((1 to $n) ! '_', '')"/>
  </xsl:template>

  <xsl:template match="tei:q | tei:said | tei:quote | tei:soCalled" mode="tk:inline">
    <xsl:sequence select="if (tk:marks-transcribed(.)) then tk:inline(node()) else '“' || tk:inline(node()) || '”'"/>
  </xsl:template>

  <xsl:template match="tei:figDesc" mode="tk:inline">
    <xsl:sequence select="' [' || tk:bracket-safe(normalize-space(tk:inline(node()))) || '] '"/>
  </xsl:template>

  <xsl:template match="tei:graphic" mode="tk:inline">
    <xsl:sequence select="' [image] '"/>
  </xsl:template>

  <!-- block-level children met inside a line of text: keep words apart -->
  <xsl:template match="tei:p | tei:ab | tei:l | tei:item | tei:head | tei:cell | tei:row | tei:lg | tei:addrLine | tei:dateline | tei:salute | tei:signed | tei:label" mode="tk:inline">
    <xsl:sequence select="' ' || tk:inline(node()) || ' '"/>
  </xsl:template>

  <!-- Editorial text inside brackets must not close them early. -->
  <xsl:function name="tk:bracket-safe" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:sequence select="translate($s, '[]', '()')"/>
  </xsl:function>
</xsl:stylesheet>
