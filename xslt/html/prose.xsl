<?xml version="1.0" encoding="UTF-8"?>
<!-- Prose (TEI Lite): emphasis, names, quotations, lists, tables, figures, links, verse. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:views"
    exclude-result-prefixes="#all">

  <!-- An element that is normally inline but may hold blocks (quote, hi …). -->
  <xsl:template name="tk:inline-or-block">
    <xsl:param name="class" as="xs:string"/>
    <xsl:element name="{if (tk:is-block(.)) then 'div' else 'span'}">
      <xsl:attribute name="class" select="$class"/>
      <xsl:call-template name="tk:rend-attrs"/>
      <xsl:call-template name="tk:blocks"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:hi | tei:emph | tei:foreign | tei:term | tei:mentioned | tei:distinct | tei:gloss | tei:soCalled">
    <xsl:variable name="rend" select="tokenize(normalize-space(string-join((@rend, @rendition ! replace(., '#', '')), ' ')), '\s+')[. != '']"/>
    <xsl:variable name="default" select="if (self::tei:emph or self::tei:foreign or self::tei:term or self::tei:mentioned) then 'italic' else if (self::tei:soCalled) then 'quoted' else ()"/>
    <xsl:call-template name="tk:inline-or-block">
      <xsl:with-param name="class" select="string-join((local-name(), ($rend, $default[empty($rend)]) ! ('r-' || tk:slug(.))), ' ')"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:title[ancestor::tei:text] | tei:persName | tei:placeName | tei:orgName | tei:name | tei:rs | tei:date | tei:time | tei:num | tei:measure | tei:roleName | tei:geogName | tei:idno[ancestor::tei:text]">
    <xsl:call-template name="tk:inline-or-block">
      <xsl:with-param name="class" select="string-join((local-name(), @type ! ('t-' || tk:slug(.)), if (self::tei:title and (@level = ('m','j') or empty(@level))) then 'r-italic' else ()), ' ')"/>
    </xsl:call-template>
  </xsl:template>

  <!-- A name that points at a person of the document gets the anchor the persons index links to; one that
       points at authority records (VIAF, GND, Wikidata) links to them: the name itself is the link when it
       holds no link of its own (notes, refs), else small links follow it. -->
  <xsl:template match="(tei:persName | tei:placeName | tei:orgName | tei:name | tei:rs)[ancestor::tei:text][@ref]" priority="1">
    <xsl:variable name="uris" select="tk:authority-uris(@ref, .)"/>
    <xsl:variable name="class" select="string-join((local-name(), @type ! ('t-' || tk:slug(.))), ' ')"/>
    <xsl:choose>
      <xsl:when test="count($uris) = 1 and not(tk:is-block(.)) and empty(.//(tei:note | tei:ref | tei:ptr | tei:choice | tei:app))">
        <a class="{$class} authority-name" href="{$uris}" title="{tk:authority-name($uris)} record">
          <xsl:if test="tk:name-anchor(.)"><xsl:attribute name="id" select="tk:name-anchor(.)"/></xsl:if>
          <xsl:call-template name="tk:rend-attrs"/>
          <xsl:apply-templates/>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <xsl:element name="{if (tk:is-block(.)) then 'div' else 'span'}">
          <xsl:attribute name="class" select="$class"/>
          <xsl:if test="tk:name-anchor(.)"><xsl:attribute name="id" select="tk:name-anchor(.)"/></xsl:if>
          <xsl:call-template name="tk:rend-attrs"/>
          <xsl:call-template name="tk:blocks"/>
        </xsl:element>
        <xsl:call-template name="tk:authority-links"><xsl:with-param name="ref" select="@ref"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:quote | tei:q | tei:said | tei:cit">
    <xsl:choose>
      <xsl:when test="tk:is-block(.)">
        <blockquote class="{local-name()}">
          <xsl:call-template name="tk:rend-attrs"/>
          <xsl:call-template name="tk:blocks"/>
        </blockquote>
      </xsl:when>
      <xsl:otherwise>
        <q class="{string-join((local-name(), if (tk:marks-transcribed(.)) then 'marks-transcribed' else ()), ' ')}"><xsl:call-template name="tk:rend-attrs"/><xsl:apply-templates/></q>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:bibl[ancestor::tei:text] | tei:biblStruct[ancestor::tei:text]">
    <xsl:call-template name="tk:inline-or-block">
      <xsl:with-param name="class" select="string-join(('bibl', @type ! ('t-' || tk:slug(.))), ' ')"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:listBibl">
    <div class="listBibl"><xsl:call-template name="tk:blocks"/></div>
  </xsl:template>

  <xsl:template match="tei:list">
    <xsl:variable name="ordered" select="@type = ('ordered','numbered') or @rend = ('numbered','ordered')"/>
    <div class="list-wrap">
      <xsl:apply-templates select="tei:head"/>
      <xsl:choose>
        <xsl:when test="@type = 'gloss' or tei:label">
          <dl class="list gloss">
            <xsl:for-each select="tei:item">
              <xsl:if test="preceding-sibling::*[1][self::tei:label]">
                <dt><xsl:apply-templates select="preceding-sibling::*[1]/node()"/></dt>
              </xsl:if>
              <dd><xsl:apply-templates select="." mode="tk:item-content"/></dd>
            </xsl:for-each>
            <!-- labels without an item keep their text -->
            <xsl:for-each select="tei:label[not(following-sibling::*[1][self::tei:item])]"><dt><xsl:apply-templates/></dt><dd></dd></xsl:for-each>
          </dl>
        </xsl:when>
        <xsl:otherwise>
          <xsl:element name="{if ($ordered) then 'ol' else 'ul'}">
            <xsl:attribute name="class" select="'list'"/>
            <xsl:for-each select="tei:item">
              <li><xsl:apply-templates select="." mode="tk:item-content"/></li>
            </xsl:for-each>
          </xsl:element>
        </xsl:otherwise>
      </xsl:choose>
      <!-- anything else in the list (pb, note, fw, unknown) is kept after it -->
      <xsl:apply-templates select="* except (tei:head | tei:item | tei:label)"/>
    </div>
  </xsl:template>

  <xsl:template match="tei:item" mode="tk:item-content">
    <xsl:call-template name="tk:rend-attrs"/>
    <xsl:call-template name="tk:blocks"/>
  </xsl:template>
  <!-- an item outside a list -->
  <xsl:template match="tei:item">
    <div class="item"><xsl:call-template name="tk:blocks"/></div>
  </xsl:template>

  <xsl:template match="tei:table">
    <div class="table-wrap">
      <table>
        <xsl:if test="tei:head">
          <caption><xsl:apply-templates select="tei:head/node()"/></caption>
        </xsl:if>
        <tbody>
          <xsl:for-each select="tei:row">
            <tr>
              <xsl:for-each select="tei:cell">
                <xsl:element name="{if (@role = 'label' or ../@role = 'label') then 'th' else 'td'}">
                  <xsl:if test="@cols castable as xs:integer and xs:integer(@cols) gt 1"><xsl:attribute name="colspan" select="@cols"/></xsl:if>
                  <xsl:if test="@rows castable as xs:integer and xs:integer(@rows) gt 1"><xsl:attribute name="rowspan" select="@rows"/></xsl:if>
                  <xsl:call-template name="tk:blocks"/>
                </xsl:element>
              </xsl:for-each>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
      <xsl:apply-templates select="* except (tei:head | tei:row)"/>
    </div>
  </xsl:template>

  <xsl:template match="tei:figure">
    <figure class="figure">
      <xsl:apply-templates select="* except (tei:head | tei:figDesc)"/>
      <xsl:if test="tei:head | tei:figDesc">
        <figcaption>
          <xsl:apply-templates select="tei:head/node()"/>
          <xsl:for-each select="tei:figDesc"><xsl:text> </xsl:text><span class="figDesc"><xsl:apply-templates/></span></xsl:for-each>
        </figcaption>
      </xsl:if>
    </figure>
  </xsl:template>

  <!-- Images are not fetched (no network resources): the page names them instead. -->
  <xsl:template match="tei:graphic">
    <span class="graphic">[image: <xsl:value-of select="(tokenize(@url, '/')[last()], 'graphic')[1]"/>]</span>
  </xsl:template>

  <xsl:template match="tei:ref">
    <xsl:variable name="target" select="normalize-space(tokenize(@target, '\s+')[1])"/>
    <xsl:choose>
      <xsl:when test="matches($target, '^(https?://[^\s&quot;&lt;&gt;]+|#[\p{L}\p{N}_\-.]+)$') and not(tk:is-block(.))">
        <a class="ref" href="{if (starts-with($target, '#')) then '#' || tk:target-id(substring($target, 2)) else $target}"><xsl:apply-templates/></a>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="tk:inline-or-block"><xsl:with-param name="class" select="'ref'"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:ptr">
    <xsl:variable name="target" select="normalize-space(tokenize(@target, '\s+')[1])"/>
    <xsl:if test="matches($target, '^https?://[^\s&quot;&lt;&gt;]+$')"><a class="ptr" href="{$target}"><xsl:value-of select="$target"/></a></xsl:if>
  </xsl:template>

  <!-- internal pointers land on the rendered element when it has an id here -->
  <xsl:function name="tk:target-id" as="xs:string">
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="'x-' || tk:slug($id)"/>
  </xsl:function>

  <xsl:template match="tei:lg">
    <div class="lg">
      <xsl:call-template name="tk:rend-attrs"/>
      <xsl:call-template name="tk:blocks"/>
    </div>
  </xsl:template>

  <xsl:template match="tei:l">
    <div class="l">
      <xsl:call-template name="tk:rend-attrs"/>
      <xsl:if test="@n"><span class="line-n" aria-hidden="true"><xsl:value-of select="@n"/><xsl:text> </xsl:text></span></xsl:if>
      <xsl:call-template name="tk:blocks"/>
    </div>
  </xsl:template>

  <xsl:template match="tei:lb">
    <xsl:if test="not(@break = 'no')"><br class="lb"/></xsl:if>
  </xsl:template>

  <xsl:template match="tei:label">
    <xsl:call-template name="tk:inline-or-block"><xsl:with-param name="class" select="'label'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:byline | tei:docAuthor | tei:docDate | tei:docImprint | tei:docEdition | tei:trailer | tei:epigraph | tei:argument">
    <xsl:call-template name="tk:inline-or-block"><xsl:with-param name="class" select="local-name()"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:titlePage">
    <div class="titlePage"><xsl:call-template name="tk:blocks"/></div>
  </xsl:template>
  <xsl:template match="tei:docTitle | tei:titlePart">
    <div class="{local-name()}"><xsl:call-template name="tk:blocks"/></div>
  </xsl:template>

  <!-- People listed in the text (listPerson in a division): shown when they carry names. -->
  <xsl:template match="tei:listPerson[ancestor::tei:text]">
    <xsl:if test="normalize-space(string-join(.//text(), '')) != ''">
      <ul class="listPerson">
        <xsl:for-each select="tei:person | tei:personGrp | tei:head">
          <li><xsl:apply-templates/></li>
        </xsl:for-each>
      </ul>
      <xsl:apply-templates select="* except (tei:person | tei:personGrp | tei:head)"/>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
