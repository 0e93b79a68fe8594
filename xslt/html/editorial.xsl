<?xml version="1.0" encoding="UTF-8"?>
<!-- Editorial interventions, legible without JavaScript: the alternative reading of a choice
     appears on hover and on keyboard focus; brackets mark what the editors added. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:views"
    exclude-result-prefixes="#all">

  <xsl:template match="tei:choice">
    <xsl:variable name="shown" select="(tei:abbr | tei:orig | tei:sic | tei:seg | tei:unclear)[1]"/>
    <xsl:variable name="shown" select="if ($shown) then $shown else *[1]"/>
    <xsl:variable name="other" select="* except $shown"/>
    <xsl:variable name="what" select="if ($shown/self::tei:abbr) then 'expansion' else if ($shown/self::tei:sic) then 'correction' else if ($shown/self::tei:orig) then 'regularised' else 'alternative'"/>
    <span class="choice c-{local-name($shown)}" tabindex="0">
      <xsl:attribute name="title" select="$what || ': ' || string-join($other ! normalize-space(.), ' / ')"/>
      <span class="shown"><xsl:apply-templates select="$shown/node()"/></span>
      <xsl:if test="$shown/self::tei:sic"><span class="sic-mark"> [sic]</span></xsl:if>
      <span class="alt" role="note"><span class="vh"> (</span><span class="alt-label"><xsl:value-of select="$what"/>: </span><xsl:for-each select="$other"><xsl:if test="position() gt 1"> / </xsl:if><xsl:apply-templates select="node()"/></xsl:for-each><span class="vh">)</span></span>
    </span>
  </xsl:template>

  <xsl:template match="tei:abbr | tei:expan | tei:orig | tei:reg | tei:corr | tei:sic">
    <span class="{local-name()}"><xsl:apply-templates/></span>
    <xsl:if test="self::tei:sic"><span class="sic-mark"> [sic]</span></xsl:if>
  </xsl:template>

  <xsl:template match="tei:supplied">
    <span class="supplied" title="Supplied by the editors{@reason ! (' (' || . || ')')}"><span class="br">[</span><xsl:apply-templates/><span class="br">]</span></span>
  </xsl:template>

  <xsl:template match="tei:gap">
    <xsl:variable name="desc" select="normalize-space(string-join((tei:desc, @reason, @quantity ! (. || ' ' || ../@unit)), '; '))"/>
    <span class="gap" title="{if ($desc) then $desc else 'gap in the text'}"><xsl:value-of select="tk:gap-label(.)"/></span>
  </xsl:template>

  <xsl:template match="tei:unclear">
    <xsl:choose>
      <xsl:when test="normalize-space(.) = '' and empty(*)"><span class="unclear empty" title="unclear in the source">[unclear]</span></xsl:when>
      <xsl:otherwise>
        <span class="unclear" title="unclear in the source{@reason ! (': ' || .)}"><xsl:apply-templates/><span class="unclear-mark" aria-hidden="true">?</span></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:del">
    <del class="del" title="deleted{@rend ! (' (' || . || ')')}"><xsl:call-template name="tk:blocks"/></del>
  </xsl:template>

  <xsl:template match="tei:add">
    <ins class="add place-{(@place, 'inline')[1] ! tk:slug(.)}" title="added{@place ! (' (' || . || ')')}"><xsl:call-template name="tk:blocks"/></ins>
  </xsl:template>

  <xsl:template match="tei:subst | tei:mod | tei:restore | tei:damage | tei:surplus | tei:secl">
    <xsl:call-template name="tk:inline-or-block"><xsl:with-param name="class" select="local-name()"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:seg[@type = 'query']">
    <span class="seg query" title="reading queried by the editors"><xsl:apply-templates/><span class="query-mark"> [?]</span></span>
  </xsl:template>

  <xsl:template match="tei:seg | tei:w | tei:c | tei:pc">
    <xsl:call-template name="tk:inline-or-block"><xsl:with-param name="class" select="string-join((local-name(), @type ! ('t-' || tk:slug(.))), ' ')"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:space">
    <xsl:variable name="n" select="if (@quantity castable as xs:integer) then min((xs:integer(@quantity), 40)) else 3"/>
    <span class="space" title="blank space in the source"><xsl:value-of select="string-join((1 to $n) ! '_', '')"/></span>
  </xsl:template>

  <!-- apparatus: the lemma (or first reading) in the text, the variants on hover/focus -->
  <xsl:template match="tei:app">
    <xsl:variable name="shown" select="(tei:lem, tei:rdg, tei:rdgGrp/tei:rdg)[1]"/>
    <xsl:variable name="variants" select=".//tei:rdg except $shown"/>
    <xsl:variable name="box" select="if (tk:is-block(.)) then 'div' else 'span'"/>
    <xsl:element name="{$box}">
      <xsl:attribute name="class" select="'choice c-app'"/>
      <xsl:attribute name="tabindex" select="0"/>
      <xsl:attribute name="title" select="'variants: ' || string-join($variants ! (normalize-space(.)[. != ''], '(omitted)')[1], ' / ')"/>
      <xsl:element name="{$box}">
        <xsl:attribute name="class" select="'shown'"/>
        <xsl:call-template name="tk:blocks"><xsl:with-param name="nodes" select="$shown/node()"/></xsl:call-template>
      </xsl:element>
      <xsl:if test="$variants">
        <xsl:element name="{$box}">
          <xsl:attribute name="class" select="'alt'"/>
          <xsl:attribute name="role" select="'note'"/>
          <span class="vh"> (</span><span class="alt-label">variants: </span>
          <xsl:for-each select="$variants">
            <xsl:if test="position() gt 1"> / </xsl:if>
            <xsl:choose>
              <xsl:when test="normalize-space(.) = ''">(omitted)</xsl:when>
              <xsl:otherwise><xsl:apply-templates select="node()" mode="tk:variant"/></xsl:otherwise>
            </xsl:choose>
            <xsl:if test="@wit"> (<xsl:value-of select="@wit"/>)</xsl:if>
          </xsl:for-each>
          <span class="vh">)</span>
        </xsl:element>
      </xsl:if>
    </xsl:element>
    <!-- notes on the apparatus entry keep their markers -->
    <xsl:apply-templates select="tei:note"/>
  </xsl:template>

  <!-- variant readings are shown as plain text inside the tooltip (no nested blocks or anchors) -->
  <xsl:template match="node()" mode="tk:variant">
    <xsl:value-of select="normalize-space(string-join(.//text()[not(ancestor::tei:note)], ' '))"/>
    <xsl:text> </xsl:text>
  </xsl:template>
  <xsl:template match="tei:lem | tei:rdg">
    <xsl:call-template name="tk:inline-or-block"><xsl:with-param name="class" select="local-name()"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:handShift | tei:anchor | tei:milestone[not(@unit = ('page','column'))]">
    <xsl:if test="@xml:id"><span class="anchor" id="{tk:target-id(@xml:id)}"></span></xsl:if>
  </xsl:template>
</xsl:stylesheet>
