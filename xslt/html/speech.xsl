<?xml version="1.0" encoding="UTF-8"?>
<!-- Speech: turns with the speaker's name and colour, an anchor per turn, and the persons panel. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:views"
    exclude-result-prefixes="#all">

  <xsl:function name="tk:turn-id" as="xs:string">
    <xsl:param name="sp" as="element()"/>
    <xsl:sequence select="'turn-' || $tk:turn-index(generate-id($sp))"/>
  </xsl:function>

  <!-- sp (drama, transcripts) and u (transcribed speech) are both turns -->
  <xsl:template match="tei:sp | tei:u">
    <xsl:variable name="key" select="tk:speaker-key(.)"/>
    <xsl:variable name="labelled" select="exists(tei:speaker)"/>
    <div id="{tk:turn-id(.)}" class="sp {if ($labelled) then 'labelled' else 'third-person'}"
         style="--who:{tk:colour($key)}" data-who="{$key}">
      <xsl:call-template name="tk:rend-attrs"/>
      <xsl:choose>
        <xsl:when test="$labelled">
          <xsl:call-template name="tk:blocks"/>
        </xsl:when>
        <xsl:otherwise>
          <!-- third-person turn: prose with a quiet mark naming the speaker -->
          <xsl:if test="normalize-space(tk:who-name(.))">
            <div class="who-mark" title="Turn of {tk:who-name(.)}"><xsl:value-of select="tk:who-name(.)"/></div>
          </xsl:if>
          <xsl:call-template name="tk:blocks"/>
        </xsl:otherwise>
      </xsl:choose>
    </div>
  </xsl:template>

  <xsl:template match="tei:speaker">
    <div class="speaker">
      <xsl:call-template name="tk:rend-attrs"/>
      <xsl:apply-templates/>
      <xsl:if test="parent::tei:sp/@who and normalize-space(tk:who-name(..)) != '' and not(contains(lower-case(normalize-space(.)), lower-case(tk:who-name(..))))">
        <span class="who-name"> (<xsl:value-of select="tk:who-name(..)"/>)</span>
      </xsl:if>
    </div>
  </xsl:template>

  <!-- Every speaker with turns and words, linking to the first turn and to each turn. -->
  <xsl:template name="tk:persons-panel">
    <xsl:variable name="turns" select="//tei:text//(tei:sp | tei:u)"/>
    <xsl:if test="$turns">
      <aside class="persons" aria-labelledby="persons-title">
        <details class="side-panel" open="open">
        <summary><h2 id="persons-title">Speakers</h2></summary>
        <ul>
          <xsl:for-each-group select="$turns" group-by="tk:speaker-key(.)">
            <xsl:sort select="count(current-group())" order="descending"/>
            <xsl:sort select="current-grouping-key()"/>
            <xsl:variable name="first" select="current-group()[1]"/>
            <xsl:variable name="name" select="(tk:who-name($first)[. != ''], tk:speaker-name($first))[1]"/>
            <li id="person-{tk:slug(current-grouping-key())}" style="--who:{tk:colour(current-grouping-key())}">
              <a class="person-first" href="#{tk:turn-id($first)}"><span class="swatch" aria-hidden="true"/><xsl:value-of select="$name"/></a>
              <span class="counts">
                <xsl:value-of select="count(current-group())"/> turn<xsl:if test="count(current-group()) ne 1">s</xsl:if>,
                <xsl:value-of select="sum(current-group() ! tk:word-count(.))"/> words</span>
              <xsl:if test="count(current-group()) gt 1">
                <details class="turns">
                  <summary>Turns of <xsl:value-of select="$name"/></summary>
                  <ol>
                    <xsl:for-each select="current-group()">
                      <li><a href="#{tk:turn-id(.)}">Turn <xsl:value-of select="$tk:turn-index(generate-id(.))"/></a></li>
                    </xsl:for-each>
                  </ol>
                </details>
              </xsl:if>
            </li>
          </xsl:for-each-group>
        </ul>
        </details>
      </aside>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
