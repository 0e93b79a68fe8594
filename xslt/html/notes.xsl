<?xml version="1.0" encoding="UTF-8"?>
<!-- Notes: a numbered marker in the text linking to the note, the note linking back.
     Footnotes are collected at the end of each top-level division, endnotes at the end of the
     text; the editors' notes look different from the source's own. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:views"
    exclude-result-prefixes="#all">

  <xsl:function name="tk:note-number" as="xs:integer">
    <xsl:param name="note" as="element()"/>
    <xsl:sequence select="$tk:note-index(generate-id($note))"/>
  </xsl:function>

  <xsl:function name="tk:note-class" as="xs:string">
    <xsl:param name="note" as="element()"/>
    <xsl:sequence select="string-join(('note', if (tk:is-editorial-note($note)) then 'note-ed' else 'note-src',
        $note/@type ! ('note-' || tk:slug(.)), $note/@place ! ('place-' || tk:slug(.))), ' ')"/>
  </xsl:function>

  <xsl:function name="tk:note-kind" as="xs:string">
    <xsl:param name="note" as="element()"/>
    <xsl:sequence select="if (tk:is-editorial-note($note))
        then 'Editors'' note' || ($note/@type[. != 'editorial'] ! (' (' || tk:type-label(.) || ')'))
        else if ($note/@place = 'margin') then 'Marginal note' else 'Note'"/>
  </xsl:function>

  <!-- the marker in the text -->
  <xsl:template match="tei:note[ancestor::tei:text]">
    <xsl:variable name="n" select="tk:note-number(.)"/>
    <sup class="noteref-wrap {if (tk:is-editorial-note(.)) then 'ed' else 'src'}"><a class="noteref" href="#note-{$n}" id="noteref-{$n}" title="{tk:note-kind(.)} {$n}"><xsl:value-of select="$n"/></a></sup>
  </xsl:template>

  <xsl:template name="tk:footnotes">
    <xsl:param name="notes" as="element()*"/>
    <xsl:param name="level" as="xs:integer"/>
    <xsl:if test="$notes">
      <xsl:variable name="id" select="'notes-' || tk:note-number($notes[1])"/>
      <section class="footnotes" aria-labelledby="{$id}">
        <xsl:element name="h{$level}">
          <xsl:attribute name="id" select="$id"/>
          <xsl:attribute name="class" select="'notes-title'"/>
          <xsl:text>Notes</xsl:text>
        </xsl:element>
        <xsl:call-template name="tk:note-list"><xsl:with-param name="notes" select="$notes"/></xsl:call-template>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template name="tk:note-list">
    <xsl:param name="notes" as="element()*"/>
    <ol class="notes">
      <xsl:for-each select="$notes">
        <xsl:variable name="n" select="tk:note-number(.)"/>
        <li id="note-{$n}" class="{tk:note-class(.)}">
          <a class="note-back" href="#noteref-{$n}" title="Back to the text"><xsl:value-of select="$n"/><span class="vh"> (back to the text)</span></a>
          <div class="note-body">
            <xsl:if test="tk:is-editorial-note(.)"><span class="note-kind"><xsl:value-of select="tk:note-kind(.)"/>: </span></xsl:if>
            <xsl:choose>
              <xsl:when test="normalize-space(.) = '' and empty(*)">
                <span class="note-empty">The source gives no text for this note.</span>
              </xsl:when>
              <xsl:otherwise><xsl:call-template name="tk:blocks"/></xsl:otherwise>
            </xsl:choose>
          </div>
        </li>
      </xsl:for-each>
    </ol>
  </xsl:template>

  <!-- Endnotes (place="end"): at the end of the text, grouped by the division they belong to. -->
  <xsl:template name="tk:endnotes">
    <xsl:variable name="notes" select="//tei:text//tei:note[tk:is-endnote(.)]"/>
    <xsl:if test="$notes">
      <section class="endnotes" aria-labelledby="endnotes-title">
        <h2 id="endnotes-title">Endnotes</h2>
        <xsl:for-each-group select="$notes" group-adjacent="(tk:top-div(.) ! generate-id(.), '')[1]">
          <xsl:if test="current-grouping-key() != '' and count(distinct-values($notes ! (tk:top-div(.) ! generate-id(.), '')[1])) gt 1">
            <h3 class="endnotes-div"><xsl:value-of select="tk:div-label(tk:top-div(current-group()[1]))"/></h3>
          </xsl:if>
          <xsl:call-template name="tk:note-list"><xsl:with-param name="notes" select="current-group()"/></xsl:call-template>
        </xsl:for-each-group>
      </section>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
