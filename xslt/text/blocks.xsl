<?xml version="1.0" encoding="UTF-8"?>
<!-- Plain text, block level: TEI → <block kind="h|p|line|note|rule" …>text</block>.
     @group joins adjacent blocks of one list/verse group/closer with single line breaks. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:views"
    exclude-result-prefixes="#all">

  <xsl:mode name="tk:block" on-no-match="shallow-skip" warning-on-no-match="false"/>

  <!-- The header: title, date, kind, source, summary. -->
  <xsl:template name="tk:text-header">
    <xsl:variable name="h" select="(//tei:teiHeader)[1]"/>
    <xsl:variable name="ms" select="($h//tei:sourceDesc//tei:msDesc)[1]"/>
    <block kind="h" level="1"><xsl:value-of select="tk:title(.)"/></block>
    <xsl:variable name="facts" as="xs:string*" select="(
        tk:date(.) ! ('Date: ' || .),
        tk:kind(.) ! ('Kind: ' || tk:type-label(.)),
        ($h//tei:sourceDesc/(tei:bibl | tei:biblStruct | tei:listBibl/tei:bibl)) ! ('Source: ' || string-join((if (*) then * else .) ! normalize-space(.), ', ')),
        $ms/tei:msIdentifier ! ('Repository: ' || string-join(*[normalize-space()] ! normalize-space(.), ', ')),
        $h/tei:profileDesc/tei:correspDesc[empty(@corresp)] ! tk:corresp-line(.))"/>
    <xsl:for-each select="$facts">
      <block kind="line" group="header"><xsl:value-of select="replace(., '\s+', ' ')"/></block>
    </xsl:for-each>
    <xsl:for-each select="$h/tei:profileDesc/tei:abstract[normalize-space()]">
      <block kind="p"><xsl:value-of select="'Summary: ' || normalize-space(.)"/></block>
    </xsl:for-each>
    <xsl:variable name="people" select="$h/tei:profileDesc/tei:particDesc//tei:person"/>
    <xsl:if test="$people">
      <block kind="p"><xsl:value-of select="'Participants: ' || string-join($people ! (normalize-space(string-join(tei:persName[1]//text(), '')), string(@xml:id))[. != ''][1], '; ')"/></block>
    </xsl:if>
  </xsl:template>

  <xsl:function name="tk:corresp-line" as="xs:string">
    <xsl:param name="c" as="element()"/>
    <xsl:sequence select="string-join($c/tei:correspAction ! (
        (if (@type = 'sent') then 'From' else if (@type = 'received') then 'To' else tk:type-label(@type)) || ': '
        || string-join(((tei:persName | tei:orgName | tei:name | tei:placeName) ! normalize-space(.), tei:date ! (normalize-space(.)[. != ''], string(@when))[1])[. != ''], ', ')), '; ')"/>
  </xsl:function>

  <!-- Children of a container: blocks stay blocks, runs of text become paragraphs. -->
  <xsl:template name="tk:text-blocks">
    <xsl:param name="nodes" select="node()"/>
    <xsl:param name="group" as="xs:string?" select="()"/>
    <xsl:for-each-group select="$nodes" group-adjacent="tk:is-block(.)">
      <xsl:choose>
        <xsl:when test="current-grouping-key()">
          <xsl:apply-templates select="current-group()" mode="tk:block"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:variable name="s" select="normalize-space(tk:inline(current-group()))"/>
          <xsl:if test="$s != ''">
            <block kind="p"><xsl:if test="$group"><xsl:attribute name="group" select="$group"/></xsl:if><xsl:value-of select="$s"/></block>
          </xsl:if>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each-group>
  </xsl:template>

  <!-- unknown block elements: their content -->
  <xsl:template match="*" mode="tk:block" priority="-10">
    <xsl:call-template name="tk:text-blocks"/>
  </xsl:template>

  <xsl:template match="tei:teiHeader | tei:fw | tei:stamp | tei:pb | tei:cb | tei:lb | tei:milestone" mode="tk:block"/>

  <xsl:template match="tei:text" mode="tk:block">
    <xsl:call-template name="tk:text-blocks"/>
    <xsl:variable name="loose" select=".//tei:note[not(tk:is-endnote(.))][empty(tk:top-div(.))][ancestor::tei:text[1] is current()]"/>
    <xsl:if test="$loose">
      <block kind="notes-title" group="notes">Notes</block>
      <xsl:apply-templates select="$loose" mode="tk:note-entry"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:div | tei:div1 | tei:div2 | tei:div3 | tei:div4 | tei:div5 | tei:div6 | tei:div7" mode="tk:block">
    <xsl:variable name="level" select="min((4, 2 + count(ancestor::tei:*[starts-with(local-name(), 'div')][tei:head])))"/>
    <xsl:choose>
      <xsl:when test="tei:head">
        <xsl:call-template name="tk:text-blocks">
          <xsl:with-param name="nodes" select="node()[. &lt;&lt; current()/tei:head[1]] | tei:head[1]"/>
        </xsl:call-template>
        <xsl:call-template name="tk:text-div-meta"/>
        <xsl:call-template name="tk:text-blocks">
          <xsl:with-param name="nodes" select="node()[. &gt;&gt; current()/tei:head[1]]"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="tk:text-div-meta"/>
        <xsl:call-template name="tk:text-blocks"/>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:if test="empty(tk:top-div(.)) and ancestor::tei:text">
      <xsl:variable name="notes" select=".//tei:note[not(tk:is-endnote(.))]"/>
      <xsl:if test="$notes">
        <block kind="notes-title" group="notes">Notes</block>
        <xsl:apply-templates select="$notes" mode="tk:note-entry"/>
      </xsl:if>
    </xsl:if>
  </xsl:template>

  <!-- correspondence of a letter, in brackets: it comes from the header, not the text -->
  <xsl:template name="tk:text-div-meta">
    <xsl:for-each select="tk:corresp-desc(.)">
      <block kind="p"><xsl:value-of select="'[' || tk:bracket-safe(tk:corresp-line(.)) || ']'"/></block>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="tei:head" mode="tk:block">
    <xsl:variable name="div" select="parent::tei:*[starts-with(local-name(), 'div')]"/>
    <xsl:variable name="s" select="normalize-space(tk:inline(node()))"/>
    <xsl:choose>
      <xsl:when test="$s = ''"/>
      <xsl:when test="$div or parent::tei:body or parent::tei:front or parent::tei:back">
        <block kind="h" level="{if ($div) then min((4, 2 + count($div/ancestor::tei:*[starts-with(local-name(), 'div')][tei:head]))) else 2}">
          <xsl:value-of select="$s || (if (@type = 'supplied') then ' *' else '')"/>
        </block>
      </xsl:when>
      <xsl:otherwise><block kind="p" group="{generate-id(..)}"><xsl:value-of select="$s"/></block></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:p | tei:ab" mode="tk:block">
    <xsl:call-template name="tk:text-blocks"/>
  </xsl:template>

  <!-- A turn: the speaker's label (as printed) in capitals before the first block. -->
  <xsl:template match="tei:sp" mode="tk:block">
    <xsl:variable name="label" select="if (tei:speaker) then upper-case(tk:speaker-name(.)) || ':' else ()"/>
    <xsl:variable name="content" as="element(block)*">
      <xsl:call-template name="tk:text-blocks">
        <xsl:with-param name="nodes" select="node() except tei:speaker"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="empty($label)"><xsl:sequence select="$content"/></xsl:when>
      <xsl:when test="empty($content)"><block kind="p"><xsl:value-of select="$label"/></block></xsl:when>
      <xsl:when test="$content[1]/@kind = 'line' or $content[1]/@indent">
        <!-- verse or a stage direction first: the label on a line of its own, above it -->
        <block kind="line"><xsl:sequence select="$content[1]/@group"/><xsl:value-of select="$label"/></block>
        <xsl:sequence select="$content"/>
      </xsl:when>
      <xsl:otherwise>
        <block>
          <xsl:sequence select="$content[1]/@*"/>
          <xsl:value-of select="$label || ' ' || $content[1]"/>
        </block>
        <xsl:sequence select="$content[position() gt 1]"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- An utterance: the speaker's name from the registry, in brackets (it is not in the text). -->
  <xsl:template match="tei:u" mode="tk:block">
    <xsl:variable name="content" as="element(block)*"><xsl:call-template name="tk:text-blocks"/></xsl:variable>
    <xsl:variable name="who" select="tk:who-name(.)"/>
    <xsl:for-each select="$content">
      <block>
        <xsl:sequence select="@*"/>
        <xsl:value-of select="(if (position() = 1 and $who != '') then '[' || tk:bracket-safe(upper-case($who)) || ':] ' else '') || ."/>
      </block>
    </xsl:for-each>
  </xsl:template>

  <!-- A speaker outside a turn keeps its words. -->
  <xsl:template match="tei:speaker" mode="tk:block">
    <block kind="p"><xsl:value-of select="upper-case(normalize-space(tk:inline(node())))"/></block>
  </xsl:template>

  <!-- apparatus holding blocks: the lemma's blocks, then the variants in brackets -->
  <xsl:template match="tei:app" mode="tk:block">
    <xsl:variable name="shown" select="(tei:lem, tei:rdg, tei:rdgGrp/tei:rdg)[1]"/>
    <xsl:variable name="other" select=".//tei:rdg except $shown"/>
    <xsl:call-template name="tk:text-blocks"><xsl:with-param name="nodes" select="$shown/node()"/></xsl:call-template>
    <xsl:variable name="tail" select="normalize-space(
        (if ($other) then '[variants: ' || tk:bracket-safe(string-join($other ! (normalize-space(string-join(.//text()[not(ancestor::tei:note)], ' '))[. != ''], '(omitted)')[1], ' / ')) || ']' else '')
        || tk:inline(tei:note))"/>
    <xsl:if test="$tail != ''"><block kind="p" indent="2"><xsl:value-of select="$tail"/></block></xsl:if>
  </xsl:template>

  <xsl:template match="tei:lg" mode="tk:block">
    <xsl:call-template name="tk:text-blocks">
      <xsl:with-param name="group" select="generate-id()"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:l" mode="tk:block">
    <block kind="line" group="{generate-id((ancestor::tei:lg[1], ..)[1])}" indent="2"><xsl:value-of select="normalize-space(tk:inline(node()))"/></block>
  </xsl:template>

  <xsl:template match="tei:list | tei:castList | tei:castGroup | tei:listBibl" mode="tk:block">
    <xsl:variable name="group" select="generate-id()"/>
    <xsl:for-each select="node()">
      <xsl:choose>
        <xsl:when test="self::tei:item | self::tei:castItem | self::tei:bibl | self::tei:label">
          <xsl:variable name="inner" as="element(block)*">
            <xsl:call-template name="tk:text-blocks"/>
          </xsl:variable>
          <xsl:for-each select="$inner">
            <block kind="line" group="{$group}" indent="{if (position() = 1) then 0 else 2}" hang="2">
              <xsl:value-of select="(if (position() = 1) then '- ' else '') || ."/>
            </block>
          </xsl:for-each>
        </xsl:when>
        <xsl:otherwise><xsl:call-template name="tk:text-blocks"><xsl:with-param name="nodes" select="."/></xsl:call-template></xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="tei:table" mode="tk:block">
    <xsl:variable name="group" select="generate-id()"/>
    <xsl:apply-templates select="tei:head" mode="tk:block"/>
    <xsl:for-each select="tei:row">
      <block kind="line" group="{$group}"><xsl:value-of select="string-join(tei:cell ! normalize-space(tk:inline(node())), ' | ')"/></block>
    </xsl:for-each>
    <xsl:call-template name="tk:text-blocks"><xsl:with-param name="nodes" select="node() except (tei:head | tei:row)"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:opener | tei:closer | tei:address | tei:byline | tei:docImprint | tei:titlePage | tei:docTitle" mode="tk:block">
    <xsl:call-template name="tk:text-blocks">
      <xsl:with-param name="group" select="generate-id()"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:dateline | tei:salute | tei:signed | tei:addrLine | tei:docAuthor | tei:docDate | tei:titlePart | tei:trailer" mode="tk:block">
    <block kind="line" group="{generate-id(..)}" indent="{if (self::tei:signed or (self::tei:salute and parent::tei:closer) or self::tei:dateline) then 4 else 0}">
      <xsl:value-of select="normalize-space(tk:inline(node()))"/>
    </block>
  </xsl:template>

  <xsl:template match="tei:quote | tei:q | tei:said | tei:cit | tei:epigraph | tei:stage" mode="tk:block">
    <xsl:variable name="inner" as="element(block)*"><xsl:call-template name="tk:text-blocks"/></xsl:variable>
    <xsl:for-each select="$inner">
      <block><xsl:sequence select="@*"/><xsl:attribute name="indent" select="4"/><xsl:value-of select="."/></block>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="tei:figure" mode="tk:block">
    <xsl:variable name="s" select="normalize-space(string-join((tk:inline(tei:head/node()), tk:inline(tei:figDesc), tk:inline(tei:graphic)), ' '))"/>
    <xsl:if test="$s != ''"><block kind="p" indent="4"><xsl:value-of select="$s"/></block></xsl:if>
    <xsl:call-template name="tk:text-blocks"><xsl:with-param name="nodes" select="node() except (tei:head | tei:figDesc | tei:graphic)"/></xsl:call-template>
  </xsl:template>

  <!-- People listed in a division: their names when the text gives them, else the registry's, in brackets. -->
  <xsl:template match="tei:listPerson" mode="tk:block">
    <xsl:choose>
      <xsl:when test="normalize-space(string-join(.//text(), '')) != ''">
        <xsl:variable name="group" select="generate-id()"/>
        <xsl:for-each select="*">
          <xsl:variable name="s" select="normalize-space(tk:inline(.))"/>
          <xsl:choose>
            <!-- a group (one side) is its own list: its heading, then its persons, one a line -->
            <xsl:when test="self::tei:listPerson"><xsl:apply-templates select="." mode="tk:block"/></xsl:when>
            <xsl:when test="$s = ''"/>
            <xsl:when test="self::tei:head"><block kind="line" group="{$group}"><xsl:value-of select="$s"/></block></xsl:when>
            <xsl:otherwise><block kind="line" group="{$group}"><xsl:value-of select="'- ' || $s"/></block></xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </xsl:when>
      <xsl:when test="parent::*[starts-with(local-name(), 'div')] and exists(tk:div-participants(..))">
        <block kind="p"><xsl:value-of select="'[Present: ' || tk:bracket-safe(string-join(tk:div-participants(..), ', ')) || ']'"/></block>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- a note's entry at the end of its division -->
  <xsl:template match="tei:note" mode="tk:note-entry">
    <xsl:variable name="s" select="normalize-space(string-join(tk:inline(node()), ' '))"/>
    <block kind="note" group="notes">
      <xsl:value-of select="'[' || $tk:note-index(generate-id(.)) || '] '
          || (if (tk:is-editorial-note(.)) then '(Editors) ' else '')
          || (if ($s = '') then '(The source gives no text for this note.)' else $s)"/>
    </block>
  </xsl:template>
</xsl:stylesheet>
