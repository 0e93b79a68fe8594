<?xml version="1.0" encoding="UTF-8"?>
<!-- Top of the page from the teiHeader: title, date, kind, source, repository, summary, participants. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:views"
    exclude-result-prefixes="#all">

  <xsl:template name="tk:page-header">
    <xsl:variable name="h" select="(//tei:teiHeader)[1]"/>
    <xsl:variable name="source" select="$h/tei:fileDesc/tei:sourceDesc"/>
    <xsl:variable name="ms" select="($source//tei:msDesc)[1]"/>
    <xsl:variable name="date" select="tk:date(.)"/>
    <xsl:variable name="kind" select="tk:kind(.)"/>
    <header class="doc-header">
      <xsl:if test="$kind"><p class="kind"><xsl:value-of select="tk:type-label($kind)"/></p></xsl:if>
      <h1><xsl:value-of select="tk:typographic(tk:title(.))"/></h1>
      <xsl:for-each select="$h/tei:fileDesc/tei:titleStmt/tei:title[position() gt 1][normalize-space()]">
        <p class="subtitle"><xsl:value-of select="tk:typographic(normalize-space(.))"/></p>
      </xsl:for-each>
      <dl class="meta">
        <xsl:if test="$date">
          <dt>Date</dt><dd><xsl:value-of select="$date"/></dd>
        </xsl:if>
        <xsl:for-each select="$h/tei:fileDesc/tei:titleStmt/tei:author[normalize-space()]">
          <dt>Author</dt><dd><xsl:value-of select="normalize-space(.)"/></dd>
        </xsl:for-each>
        <xsl:for-each select="$source/tei:bibl | $source/tei:biblStruct | $source/tei:listBibl/tei:bibl | $source/tei:p[normalize-space()]">
          <dt>Source</dt><dd class="citation"><xsl:apply-templates select="." mode="tk:citation"/></dd>
        </xsl:for-each>
        <xsl:for-each select="$ms">
          <xsl:variable name="id" select="tei:msIdentifier"/>
          <xsl:if test="$id/(tei:repository | tei:institution | tei:settlement)">
            <dt>Repository</dt>
            <dd><xsl:value-of select="string-join($id/(tei:country, tei:settlement, tei:institution, tei:repository)[normalize-space()] ! normalize-space(.), ', ')"/></dd>
          </xsl:if>
          <xsl:if test="$id/tei:collection | $id/tei:idno">
            <dt>Collection</dt>
            <dd><xsl:value-of select="string-join($id/(tei:collection, tei:idno, tei:altIdentifier/tei:idno)[normalize-space()] ! normalize-space(.), ', ')"/></dd>
          </xsl:if>
          <xsl:if test="tei:msContents/tei:summary[normalize-space()]">
            <dt>Contents</dt><dd><xsl:value-of select="normalize-space(tei:msContents/tei:summary)"/></dd>
          </xsl:if>
          <xsl:if test="tei:physDesc[normalize-space()]">
            <dt>Physical description</dt><dd><xsl:value-of select="normalize-space(tei:physDesc)"/></dd>
          </xsl:if>
        </xsl:for-each>
        <xsl:for-each select="$h/tei:profileDesc/tei:correspDesc[empty(@corresp)]">
          <dt>Correspondence</dt><dd><xsl:apply-templates select="." mode="tk:corresp"/></dd>
        </xsl:for-each>
      </dl>
      <xsl:for-each select="$h/tei:profileDesc/tei:abstract[normalize-space()]">
        <div class="abstract">
          <h2 class="abstract-title">Summary</h2>
          <xsl:for-each select="tei:p[normalize-space()]"><p><xsl:value-of select="tk:typographic(normalize-space(.))"/></p></xsl:for-each>
          <xsl:if test="empty(tei:p)"><p><xsl:value-of select="tk:typographic(normalize-space(.))"/></p></xsl:if>
        </div>
      </xsl:for-each>
      <xsl:variable name="people" select="$h/tei:profileDesc/tei:particDesc//tei:person | $h/tei:profileDesc/tei:particDesc//tei:personGrp"/>
      <xsl:if test="$people">
        <details class="participants">
          <summary>Participants (<xsl:value-of select="count($people)"/>)</summary>
          <ul>
            <xsl:for-each select="$people">
              <xsl:variable name="name" select="(normalize-space(string-join(tei:persName[1]//text(), '')), normalize-space(tei:name[1]), string(@xml:id))[. != ''][1]"/>
              <xsl:variable name="roles" select="distinct-values((tei:occupation ! normalize-space(.), tokenize(@role, '\s+')))[. != '']"/>
              <li>
                <xsl:if test="@xml:id"><xsl:attribute name="id" select="'participant-' || tk:slug(@xml:id)"/></xsl:if>
                <span class="swatch" style="background:{tk:colour(string((@xml:id, $name)[1]))}" aria-hidden="true"/>
                <xsl:value-of select="$name"/>
                <xsl:if test="exists($roles)"><span class="role"> (<xsl:value-of select="string-join($roles, ', ')"/>)</span></xsl:if>
                <xsl:variable name="others" select="distinct-values(tei:persName[position() gt 1] ! normalize-space(.))[. != $name]"/>
                <xsl:if test="exists($others)"><span class="aka"> — also <xsl:value-of select="string-join($others, '; ')"/></span></xsl:if>
              </li>
            </xsl:for-each>
          </ul>
        </details>
      </xsl:if>
    </header>
  </xsl:template>

  <!-- A bibliographic citation as one readable line. -->
  <xsl:template match="*" mode="tk:citation">
    <xsl:variable name="parts" as="xs:string*">
      <xsl:for-each select="if (*) then * else .">
        <xsl:choose>
          <xsl:when test="self::tei:editor"><xsl:sequence select="'ed. ' || normalize-space(.)"/></xsl:when>
          <xsl:when test="self::tei:biblScope[@unit = 'page']"><xsl:sequence select="'p. ' || normalize-space(.)"/></xsl:when>
          <xsl:when test="self::tei:biblScope[@unit = 'volume']"><xsl:sequence select="'vol. ' || normalize-space(.)"/></xsl:when>
          <xsl:when test="self::tei:date"><xsl:sequence select="(normalize-space(.)[. != ''], string(@when))[1]"/></xsl:when>
          <xsl:otherwise><xsl:sequence select="normalize-space(.)"/></xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="uri" select="(.//tei:idno[@type = 'URI'], .//tei:ref/@target)[matches(normalize-space(.), '^https?://[^\s&quot;&lt;&gt;]+$')][1] ! normalize-space(.)"/>
    <xsl:value-of select="tk:typographic(string-join($parts[. != ''][not(. = string($uri))], ', '))"/>
    <xsl:if test="$uri">
      <xsl:text> </xsl:text><a href="{$uri}" class="uri"><xsl:value-of select="$uri"/></a>
    </xsl:if>
  </xsl:template>

  <!-- correspDesc: sender, addressee, place, date. -->
  <xsl:template match="tei:correspDesc" mode="tk:corresp">
    <span class="corresp">
      <xsl:for-each select="tei:correspAction">
        <span class="corresp-action">
          <span class="meta-label"><xsl:value-of select="if (@type = 'sent') then 'From' else if (@type = 'received') then 'To' else tk:type-label(@type)"/>: </span>
          <xsl:for-each select="(tei:persName | tei:orgName | tei:name | tei:placeName | tei:date)[normalize-space() or @when or @from or @to or @notBefore or @notAfter]">
            <xsl:if test="position() gt 1">, </xsl:if>
            <xsl:choose>
              <xsl:when test="self::tei:date"><span class="corresp-date"><xsl:value-of select="tk:date-label(.)"/></span></xsl:when>
              <xsl:otherwise>
                <xsl:value-of select="normalize-space(.)"/>
                <xsl:call-template name="tk:authority-links"><xsl:with-param name="ref" select="@ref"/></xsl:call-template>
              </xsl:otherwise>
            </xsl:choose>
          </xsl:for-each>
        </span>
      </xsl:for-each>
    </span>
  </xsl:template>
</xsl:stylesheet>
