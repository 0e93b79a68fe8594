<?xml version="1.0" encoding="UTF-8"?>
<!-- Text structure: front/body/back, divisions with headings in order, paragraphs, the table of contents. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:views"
    exclude-result-prefixes="#all">

  <xsl:variable name="tk:div-names" select="('div','div1','div2','div3','div4','div5','div6','div7')"/>

  <xsl:template match="tei:text">
    <div class="tei-text">
      <xsl:call-template name="tk:rend-attrs"/>
      <xsl:call-template name="tk:blocks"/>
      <!-- notes outside any top-level division -->
      <xsl:call-template name="tk:footnotes">
        <xsl:with-param name="notes" select=".//tei:note[not(tk:is-endnote(.))][empty(tk:top-div(.))][ancestor::tei:text[1] is current()]"/>
        <xsl:with-param name="level" select="2"/>
      </xsl:call-template>
    </div>
  </xsl:template>

  <xsl:template match="tei:front | tei:body | tei:back | tei:group">
    <div class="tei-{local-name()}">
      <xsl:call-template name="tk:rend-attrs"/>
      <xsl:call-template name="tk:blocks"/>
    </div>
  </xsl:template>

  <!-- h2 for top-level divisions, one level deeper per ancestor division that has a heading. -->
  <xsl:function name="tk:heading-level" as="xs:integer">
    <xsl:param name="div" as="element()"/>
    <xsl:sequence select="min((6, 2 + count($div/ancestor::tei:*[local-name() = $tk:div-names][tei:head])))"/>
  </xsl:function>

  <xsl:template match="tei:div | tei:div1 | tei:div2 | tei:div3 | tei:div4 | tei:div5 | tei:div6 | tei:div7">
    <xsl:variable name="level" select="tk:heading-level(.)"/>
    <section id="{tk:div-id(.)}">
      <xsl:attribute name="class" select="string-join(('div', @type ! ('div-' || tk:slug(.)), if (tk:top-div(.)) then () else 'top'), ' ')"/>
      <xsl:call-template name="tk:rend-attrs"/>
      <xsl:choose>
        <xsl:when test="tei:head">
          <xsl:call-template name="tk:blocks">
            <xsl:with-param name="nodes" select="node()[. &lt;&lt; current()/tei:head[1]] | tei:head[1]"/>
          </xsl:call-template>
          <xsl:call-template name="tk:div-meta"/>
          <xsl:call-template name="tk:blocks">
            <xsl:with-param name="nodes" select="node()[. &gt;&gt; current()/tei:head[1]]"/>
          </xsl:call-template>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="tk:div-meta"/>
          <xsl:call-template name="tk:blocks"/>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:if test="empty(tk:top-div(.)) and ancestor::tei:text">
        <xsl:call-template name="tk:footnotes">
          <xsl:with-param name="notes" select=".//tei:note[not(tk:is-endnote(.))]"/>
          <xsl:with-param name="level" select="min(($level + 1, 6))"/>
        </xsl:call-template>
      </xsl:if>
    </section>
  </xsl:template>

  <!-- Date, participants and correspondence of a division, under its heading. -->
  <xsl:template name="tk:div-meta">
    <xsl:variable name="date" select="tk:div-date(.)"/>
    <!-- a listPerson with names of its own shows them itself -->
    <xsl:variable name="participants" select="if (normalize-space(string-join(tei:listPerson//text(), '')) = '') then tk:div-participants(.) else ()"/>
    <xsl:variable name="corresp" select="tk:corresp-desc(.)"/>
    <xsl:if test="exists(($date[current()/tei:head], $participants, $corresp))">
      <div class="div-meta">
        <xsl:if test="$date and empty($corresp) and tei:head"><span class="meta-date"><xsl:value-of select="$date"/></span></xsl:if>
        <xsl:if test="exists($participants)">
          <span class="meta-participants"><span class="meta-label">Present: </span><xsl:value-of select="string-join($participants, ', ')"/></span>
        </xsl:if>
        <xsl:apply-templates select="$corresp" mode="tk:corresp"/>
      </div>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:head">
    <xsl:variable name="div" select="parent::tei:*[local-name() = $tk:div-names]"/>
    <xsl:choose>
      <xsl:when test="$div or parent::tei:body or parent::tei:front or parent::tei:back">
        <xsl:variable name="level" select="if ($div) then tk:heading-level($div) else 2"/>
        <xsl:element name="h{$level}">
          <xsl:attribute name="class" select="string-join(('head', @type ! ('head-' || tk:slug(.))), ' ')"/>
          <xsl:call-template name="tk:rend-attrs"/>
          <xsl:apply-templates/>
          <xsl:if test="@type = 'supplied'">
            <span class="supplied-mark" title="Title supplied by the editors"> *</span>
          </xsl:if>
        </xsl:element>
      </xsl:when>
      <xsl:otherwise>
        <div class="head-minor"><xsl:call-template name="tk:rend-attrs"/><xsl:apply-templates/></div>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:p | tei:ab">
    <xsl:element name="{if (tk:has-blocks(.)) then 'div' else 'p'}">
      <xsl:attribute name="class" select="string-join((local-name(), @rend ! ('rend-' || tk:slug(.))), ' ')"/>
      <xsl:call-template name="tk:rend-attrs"/>
      <xsl:call-template name="tk:blocks"/>
    </xsl:element>
  </xsl:template>

  <!-- Contents: every division, nested, with its date and participants. -->
  <xsl:template name="tk:toc">
    <xsl:variable name="top" select="tk:top-divs(.)"/>
    <xsl:if test="count(//tei:text//tei:*[local-name() = $tk:div-names]) gt 1">
      <nav class="toc" aria-labelledby="toc-title">
        <details class="side-panel" open="open">
          <summary><h2 id="toc-title">Contents</h2></summary>
          <ol><xsl:apply-templates select="$top" mode="tk:toc"/></ol>
        </details>
      </nav>
    </xsl:if>
  </xsl:template>

  <xsl:template match="*" mode="tk:toc">
    <xsl:variable name="date" select="tk:div-date(.)"/>
    <xsl:variable name="participants" select="tk:div-participants(.)"/>
    <li>
      <a href="#{tk:div-id(.)}"><xsl:value-of select="tk:typographic(tk:div-label(.))"/></a>
      <xsl:if test="$date or exists($participants)">
        <span class="toc-meta">
          <xsl:value-of select="string-join(($date, if (exists($participants)) then string-join($participants, ', ') else ()), ' · ')"/>
        </span>
      </xsl:if>
      <xsl:variable name="children" select="tei:*[local-name() = $tk:div-names]"/>
      <xsl:if test="$children">
        <ol><xsl:apply-templates select="$children" mode="tk:toc"/></ol>
      </xsl:if>
    </li>
  </xsl:template>
</xsl:stylesheet>
