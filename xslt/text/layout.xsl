<?xml version="1.0" encoding="UTF-8"?>
<!-- Plain text, layout: wraps the blocks at the given width, underlines headings, separates blocks
     by exactly one blank line (single line breaks inside a group), never two blank lines. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="urn:teikit:views"
    exclude-result-prefixes="#all">

  <xsl:function name="tk:layout" as="xs:string">
    <xsl:param name="blocks" as="element(block)*"/>
    <xsl:param name="width" as="xs:integer"/>
    <xsl:variable name="kept" select="$blocks[@kind = 'rule' or normalize-space(.) != '']"/>
    <xsl:variable name="chunks" as="xs:string*">
      <xsl:for-each-group select="$kept" group-adjacent="(@group, generate-id())[1]">
        <xsl:sequence select="string-join(current-group() ! tk:format(., $width), '&#10;')"/>
      </xsl:for-each-group>
    </xsl:variable>
    <xsl:variable name="text" select="string-join($chunks, '&#10;&#10;')"/>
    <!-- blocks are never empty and wrapped lines never end in a space; this is the guard for both -->
    <xsl:sequence select="replace(replace($text, ' +\n', '&#10;'), '\n\n\n+', '&#10;&#10;') || '&#10;'"/>
  </xsl:function>

  <xsl:function name="tk:format" as="xs:string">
    <xsl:param name="b" as="element(block)"/>
    <xsl:param name="width" as="xs:integer"/>
    <xsl:variable name="s" select="normalize-space($b)"/>
    <xsl:variable name="indent" select="tk:spaces(xs:integer(($b/@indent, 0)[1]))"/>
    <xsl:choose>
      <xsl:when test="$b/@kind = 'rule'"><xsl:sequence select="'* * *'"/></xsl:when>
      <xsl:when test="$b/@kind = 'h'">
        <xsl:variable name="lines" select="tokenize(tk:wrap($s, $width, '', ''), '&#10;')"/>
        <xsl:variable name="char" select="if (xs:integer($b/@level) le 2) then '=' else '-'"/>
        <xsl:sequence select="string-join($lines, '&#10;') || '&#10;' || tk:repeat($char, max($lines ! string-length(.)))"/>
      </xsl:when>
      <xsl:when test="$b/@kind = 'notes-title'">
        <xsl:sequence select="$s || '&#10;' || tk:repeat('-', string-length($s))"/>
      </xsl:when>
      <xsl:when test="$b/@kind = 'note'">
        <xsl:sequence select="tk:wrap($s, $width, '', '    ')"/>
      </xsl:when>
      <xsl:when test="$b/@kind = 'line'">
        <xsl:sequence select="tk:wrap($s, $width, $indent, $indent || tk:spaces(xs:integer(($b/@hang, 2)[1])))"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="tk:wrap($s, $width, $indent, $indent)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <xsl:function name="tk:wrap" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:param name="width" as="xs:integer"/>
    <xsl:param name="first" as="xs:string"/>
    <xsl:param name="rest" as="xs:string"/>
    <!-- teikit keeps text runs too long for one string out of the tree (render/LongTexts: a mark,
         U+FDD0, in their place); its tk:wrap-long wraps such a paragraph as it is written out -->
    <xsl:sequence use-when="function-available('tk:wrap-long', 4)"
        select="(if (contains($s, '&#xFDD0;')) then tk:wrap-long($s, $width, $first, $rest) else (), tk:wrap-words($s, $width, $first, $rest))[1]"/>
    <xsl:sequence use-when="not(function-available('tk:wrap-long', 4))" select="tk:wrap-words($s, $width, $first, $rest)"/>
  </xsl:function>

  <!-- Greedy word wrap; a word longer than the line stays whole on its own line. -->
  <xsl:function name="tk:wrap-words" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:param name="width" as="xs:integer"/>
    <xsl:param name="first" as="xs:string"/>
    <xsl:param name="rest" as="xs:string"/>
    <xsl:iterate select="tokenize(normalize-space($s), ' ')">
      <xsl:param name="lines" as="xs:string*" select="()"/>
      <xsl:param name="current" as="xs:string" select="$first"/>
      <xsl:param name="length" as="xs:integer" select="string-length($first)"/>
      <xsl:param name="empty" as="xs:boolean" select="true()"/>
      <xsl:on-completion select="string-join(($lines, $current), '&#10;')"/>
      <xsl:variable name="word-length" select="string-length(.)"/>
      <xsl:choose>
        <xsl:when test="$empty">
          <xsl:next-iteration>
            <xsl:with-param name="current" select="$current || ."/>
            <xsl:with-param name="length" select="$length + $word-length"/>
            <xsl:with-param name="empty" select="false()"/>
          </xsl:next-iteration>
        </xsl:when>
        <xsl:when test="$length + 1 + $word-length le $width">
          <xsl:next-iteration>
            <xsl:with-param name="current" select="$current || ' ' || ."/>
            <xsl:with-param name="length" select="$length + 1 + $word-length"/>
          </xsl:next-iteration>
        </xsl:when>
        <xsl:otherwise>
          <xsl:next-iteration>
            <xsl:with-param name="lines" select="($lines, $current)"/>
            <xsl:with-param name="current" select="$rest || ."/>
            <xsl:with-param name="length" select="string-length($rest) + $word-length"/>
          </xsl:next-iteration>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:iterate>
  </xsl:function>

  <xsl:function name="tk:spaces" as="xs:string">
    <xsl:param name="n" as="xs:integer"/>
    <xsl:sequence select="tk:repeat(' ', $n)"/>
  </xsl:function>

  <xsl:function name="tk:repeat" as="xs:string">
    <xsl:param name="c" as="xs:string"/>
    <xsl:param name="n" as="xs:integer?"/>
    <xsl:sequence select="string-join((1 to ($n, 0)[1]) ! $c, '')"/>
  </xsl:function>
</xsl:stylesheet>
