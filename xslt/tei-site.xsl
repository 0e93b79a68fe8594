<?xml version="1.0" encoding="UTF-8"?>
<!-- The site around the pages: a summary per document (initial mode: default, applied to a TEI
     document) and, from all summaries, index.html (template "index") and persons.html
     (template "persons"). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:views"
    exclude-result-prefixes="#all">

  <xsl:import href="common/functions.xsl"/>
  <xsl:import href="common/names.xsl"/>
  <xsl:import href="common/authority.xsl"/>
  <xsl:import href="common/typography.xsl"/>
  <xsl:import href="html/style.xsl"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no"/>

  <!-- the page of this document, relative to the site -->
  <xsl:param name="href" as="xs:string" select="''"/>
  <xsl:param name="source-name" as="xs:string" select="''"/>
  <!-- for "index" and "persons": the summaries of all documents -->
  <xsl:param name="summaries" as="element(doc)*" select="()"/>
  <!-- for "persons": the edition's persons index (tei/persons.xml), when there is one: standard names, name forms -->
  <xsl:param name="registry" as="document-node()?" select="()"/>

  <xsl:mode on-no-match="shallow-skip"/>

  <!-- Roles (particDesc person/@role) of the people who made the edition rather than its history. -->
  <xsl:variable name="tk:editorial-roles" as="xs:string*" select="
      ('author','editor','translator','commentator','annotator','compiler','encoder','transcriber','contributor','introducer')"/>

  <xsl:template match="/" as="element(doc)">
    <xsl:variable name="doc" select="."/>
    <xsl:variable name="turns" select="//tei:text//(tei:sp | tei:u)"/>
    <xsl:variable name="turn-index" as="map(xs:string, xs:integer)" select="map:merge($turns ! map{generate-id(.): position()})"/>
    <xsl:variable name="header" select="(//tei:teiHeader)[1]"/>
    <xsl:variable name="registry" select="$header//tei:particDesc//tei:person[@xml:id]"/>
    <!-- every place a person is found, one <ev/> each; grouped below per person and division -->
    <xsl:variable name="evidence" as="element(ev)*">
      <xsl:for-each select="$turns">
        <xsl:variable name="turn" select="'turn-' || $turn-index(generate-id(.))"/>
        <xsl:variable name="label" select="tk:speaker-name(.)"/>
        <xsl:variable name="sp" select="."/>
        <xsl:for-each select="(tk:refs(@who)[. != ''], tk:speaker-key(.))[1]">
          <ev key="{.}" kind="turn" anchor="{$turn}" form="{$label}"><xsl:sequence select="tk:place($sp)"/></ev>
        </xsl:for-each>
      </xsl:for-each>
      <xsl:for-each select="//tei:text//(tei:persName | tei:name | tei:rs)[exists(tk:local-refs(@ref))]">
        <xsl:variable name="name" select="."/>
        <xsl:for-each select="tk:local-refs(@ref)">
          <ev key="{.}" kind="name" anchor="{tk:name-anchor($name)}" form="{tk:one-line($name)}"><xsl:sequence select="tk:place($name)"/></ev>
        </xsl:for-each>
      </xsl:for-each>
      <!-- listed as present in a division (listPerson/person pointing at the registry, itself or by its persName) -->
      <xsl:for-each select="//tei:text//tei:listPerson//tei:person">
        <xsl:variable name="person" select="."/>
        <xsl:for-each select="distinct-values(tk:local-refs(string-join(($person/@corresp, $person/@sameAs, $person/@ref, $person/tei:persName/@ref), ' ')))">
          <ev key="{.}" kind="present"><xsl:sequence select="tk:place($person)"/></ev>
        </xsl:for-each>
      </xsl:for-each>
      <!-- sender or addressee of a letter: its division (correspDesc/@corresp), else the whole document -->
      <xsl:for-each select="$header/tei:profileDesc/tei:correspDesc/tei:correspAction[@type = ('sent', 'received')]//(tei:persName | tei:name)[exists(tk:local-refs(@ref))]">
        <xsl:variable name="action" select="ancestor::tei:correspAction/@type"/>
        <xsl:variable name="letter" select="(tk:local-refs(ancestor::tei:correspDesc/@corresp) ! key('tk:by-id', ., $doc)[ancestor::tei:text])[1]"/>
        <xsl:for-each select="tk:local-refs(@ref)">
          <ev key="{.}" kind="{$action}"><xsl:sequence select="tk:place($letter)"/></ev>
        </xsl:for-each>
      </xsl:for-each>
      <!-- which word of a registry name the text uses alone ("Zhou also said", "Stalin replied"): tells a name
           written family name first (tk:name-parts); a word next to another capitalised word is not alone -->
      <xsl:variable name="words" select="tokenize(string-join(tk:reading-text-nodes(//tei:text), ' '), '[^\p{L}\p{N}]+')[. != '']"/>
      <xsl:variable name="lower" select="$words ! lower-case(.)"/>
      <xsl:for-each select="$registry">
        <xsl:variable name="name" select="tokenize(normalize-space(tk:id-name(@xml:id, .)), '[^\p{L}\p{N}]+')[. != '']"/>
        <xsl:if test="count($name) ge 2">
          <xsl:variable name="first" select="count(for $i in index-of($lower, lower-case($name[1])) return $i[not(matches(string($words[$i + 1]), '^\p{Lu}'))])"/>
          <xsl:variable name="last" select="count(for $i in index-of($lower, lower-case($name[last()])) return $i[not(matches(string($words[$i - 1]), '^\p{Lu}'))])"/>
          <xsl:if test="max(($first, $last)) gt 0">
            <ev key="{@xml:id}" kind="short" short="{if ($first gt $last) then $name[1] else $name[last()]}"/>
          </xsl:if>
        </xsl:if>
      </xsl:for-each>
      <xsl:for-each select="$registry">
        <ev key="{@xml:id}" kind="listed" anchor="participant-{tk:slug(@xml:id)}" roles="{normalize-space(@role)}"><xsl:sequence select="tk:place(())"/></ev>
      </xsl:for-each>
      <!-- the edition's own makers: authors of its parts, editors, the header's responsibilities -->
      <xsl:for-each select="(//tei:text//(tei:docAuthor | tei:byline) | $header/tei:fileDesc//(tei:author | tei:editor | tei:respStmt))//(tei:persName | tei:name)[exists(tk:local-refs(@ref))]">
        <xsl:for-each select="tk:local-refs(@ref)"><ev key="{.}" kind="made"/></xsl:for-each>
      </xsl:for-each>
    </xsl:variable>
    <doc href="{$href}" file="{$source-name}" title="{tk:title(.)}" date="{tk:date(.)}" kind="{tk:kind(.) ! tk:type-label(.)}"
         turns="{count($turns)}" notes="{count(//tei:text//tei:note)}">
      <xsl:for-each-group select="$evidence" group-by="@key">
        <xsl:variable name="key" select="current-grouping-key()"/>
        <xsl:variable name="spoken" select="current-group()[@kind = 'turn']"/>
        <xsl:variable name="roles" select="distinct-values(current-group()/@roles ! tokenize(., ' '))"/>
        <person doc="{$href}" doc-title="{tk:title($doc)}" key="{$key}" name="{(tk:id-name($key, $doc)[. != ''], current-group()/@form[. != ''], $key)[1]}" turns="{count($spoken)}"
                historical="{exists(current-group()[@kind = ('turn', 'present', 'sent', 'received')]) or exists($roles[not(. = $tk:editorial-roles)])}"
                editorial="{exists(current-group()[@kind = 'made']) or exists($roles[. = $tk:editorial-roles])}">
          <xsl:if test="$spoken"><xsl:attribute name="first" select="$spoken[1]/@anchor"/></xsl:if>
          <xsl:for-each select="distinct-values(current-group()/@form[. != ''])"><form><xsl:value-of select="."/></form></xsl:for-each>
          <xsl:for-each select="distinct-values(current-group()/@short)"><short><xsl:value-of select="."/></short></xsl:for-each>
          <xsl:for-each-group select="current-group()[place]" group-by="place/@id">
            <xsl:sort select="number(place/@order)"/>
            <xsl:variable name="in" select="current-group()"/>
            <place label="{$in[1]/place/@label}" div="{$in[1]/place/@div}">
              <xsl:for-each select="'turn', 'name'">
                <xsl:variable name="these" select="$in[@kind = current()]"/>
                <xsl:if test="$these">
                  <xsl:attribute name="{.}s" select="count($these)"/>
                  <xsl:attribute name="{.}" select="$these[1]/@anchor"/>
                </xsl:if>
              </xsl:for-each>
              <xsl:for-each select="'present', 'sent', 'received', 'listed'">
                <xsl:if test="$in[@kind = current()]"><xsl:attribute name="{.}" select="($in[@kind = current()]/@anchor, 'yes')[1]"/></xsl:if>
              </xsl:for-each>
            </place>
          </xsl:for-each-group>
        </person>
      </xsl:for-each-group>
    </doc>
  </xsl:template>

  <!-- Where a node is, for the persons index: its innermost division (label and anchor), else the part of
       the text it is in (title page, front, back), else the whole document ($node empty). -->
  <xsl:function name="tk:place" as="element(place)">
    <xsl:param name="at" as="node()?"/>
    <xsl:variable name="div" select="$at/ancestor-or-self::tei:*[local-name() = ('div','div1','div2','div3','div4','div5','div6','div7')][1]"/>
    <xsl:choose>
      <xsl:when test="$div"><place id="{generate-id($div)}" order="{$tk:div-index(generate-id($div))}" label="{tk:div-label($div)}" div="{tk:div-id($div)}"/></xsl:when>
      <xsl:when test="$at/ancestor::tei:text">
        <xsl:variable name="part" select="($at/ancestor::tei:titlePage, $at/ancestor::tei:front, $at/ancestor::tei:back)[1]"/>
        <place id="{($part ! generate-id(.), 'text')[1]}" order="0" div=""
               label="{if ($part/self::tei:titlePage) then 'Title page' else if ($part/self::tei:front) then 'Front matter' else if ($part/self::tei:back) then 'Back matter' else 'Text'}"/>
      </xsl:when>
      <xsl:otherwise><place id="document" order="-1" label="Header" div=""/></xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <xsl:template name="page">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="body" as="node()*"/>
    <html lang="en">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="teikit"/>
        <title><xsl:value-of select="$title"/></title>
        <style><xsl:value-of select="$tk:css"/></style>
      </head>
      <body>
        <header class="doc-header">
          <p class="kind"><a href="index.html">Documents</a> · <a href="persons.html">Persons</a></p>
          <h1><xsl:value-of select="$title"/></h1>
        </header>
        <main class="site-list">
          <xsl:sequence select="$body"/>
        </main>
        <footer class="colophon"><p>Generated by teikit.</p></footer>
      </body>
    </html>
  </xsl:template>

  <xsl:template name="index">
    <xsl:call-template name="page">
      <xsl:with-param name="title" select="'Documents'"/>
      <xsl:with-param name="body">
        <p><xsl:value-of select="count($summaries)"/> document<xsl:if test="count($summaries) ne 1">s</xsl:if>.</p>
        <div class="table-wrap">
          <table class="index">
            <thead><tr><th scope="col">Title</th><th scope="col">Date</th><th scope="col">Kind</th><th scope="col">Turns</th><th scope="col">Notes</th></tr></thead>
            <tbody>
              <xsl:for-each select="$summaries">
                <tr>
                  <td><a href="{@href}"><xsl:value-of select="tk:typographic(@title)"/></a></td>
                  <td><xsl:value-of select="@date"/></td>
                  <td><xsl:value-of select="@kind"/></td>
                  <td class="num"><xsl:value-of select="@turns"/></td>
                  <td class="num"><xsl:value-of select="@notes"/></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </div>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- persons.html: everyone across the documents, in two groups (the people of the history, and the
       edition's modern authors, editors and translators), each sorted by surname and listing every division
       where they speak, are named, are present or write, each a link to the place. -->
  <xsl:template name="persons">
    <xsl:variable name="people" as="element(entry)*">
      <xsl:for-each-group select="$summaries/person" group-by="@key">
        <xsl:variable name="listed" select="$registry//tei:person[@xml:id = current-grouping-key()][1]"/>
        <xsl:variable name="standard" select="($listed/tei:persName[@type = 'standard'], $listed/tei:persName)[1]"/>
        <xsl:variable name="written" select="(normalize-space(string-join($standard//text(), ''))[. != ''], (current-group()/@name)[1])[1]"/>
        <xsl:variable name="forms" select="distinct-values(($listed/tei:persName ! normalize-space(string-join(.//text(), '')), current-group()/form ! string(.)))[. != '']"/>
        <xsl:variable name="parts" select="tk:name-parts(($standard, $written)[1], ($forms, current-group()/short)[. != $written])"/>
        <!-- modern: evidence of making the edition (a role like author or editor, a byline) and none of the
             history (no turn, no letter, not present, no other role) -->
        <entry key="{current-grouping-key()}" group="{if (current-group()/@editorial = 'true' and not(current-group()/@historical = 'true')) then 'modern' else 'historical'}"
               sort="{tk:name-sort-key($parts)}" name="{tk:index-form($parts, $written)}" written="{$written}" ref="{string-join(($listed/@ref, $listed/tei:persName/@ref, $listed/tei:idno), ' ')}">
          <xsl:for-each select="$forms"><form><xsl:value-of select="."/></form></xsl:for-each>
          <xsl:sequence select="current-group()"/>
        </entry>
      </xsl:for-each-group>
    </xsl:variable>
    <xsl:call-template name="page">
      <xsl:with-param name="title" select="'Persons'"/>
      <xsl:with-param name="body">
        <xsl:variable name="documents" select="count($summaries) || (if (count($summaries) = 1) then ' document' else ' documents')"/>
        <xsl:choose>
          <xsl:when test="empty($people)">
            <p>No person is named in the edition's <xsl:value-of select="$documents"/>.</p>
          </xsl:when>
          <xsl:otherwise>
            <p><xsl:value-of select="count($people) || (if (count($people) = 1) then ' person' else ' persons')"/> across <xsl:value-of select="$documents"/>:
              <xsl:for-each select="('historical', 'modern')[. = $people/@group]">
                <xsl:if test="position() gt 1"> · </xsl:if>
                <a href="#persons-{.}"><xsl:value-of select="if (. = 'historical') then 'historical persons' else 'modern authors, editors and translators'"/></a>
                <xsl:value-of select="' (' || count($people[@group = current()]) || ')'"/>
              </xsl:for-each>.</p>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:for-each select="('historical', 'modern')[. = $people/@group]">
          <section class="persons-group" id="persons-{.}" aria-labelledby="persons-{.}-title">
            <h2 id="persons-{.}-title"><xsl:value-of select="if (. = 'historical') then 'Historical persons' else 'Modern authors, editors and translators'"/></h2>
            <ul class="persons-index">
              <xsl:for-each select="$people[@group = current()]">
                <xsl:sort select="@sort" lang="en"/>
                <xsl:apply-templates select="." mode="tk:person-entry"/>
              </xsl:for-each>
            </ul>
          </section>
        </xsl:for-each>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="entry" mode="tk:person-entry">
    <li id="p-{tk:slug(@key)}" style="--who:{tk:colour(@key)}">
      <span class="swatch" aria-hidden="true"/>
      <strong class="person-name"><xsl:value-of select="@name"/></strong>
      <xsl:variable name="aka" select="form[not(. = (current()/@name, current()/@written))][position() le 8]"/>
      <xsl:if test="exists($aka)"><span class="aka"> (also <xsl:value-of select="string-join($aka, '; ')"/>)</span></xsl:if>
      <xsl:call-template name="tk:authority-links"><xsl:with-param name="ref" select="string(@ref)"/></xsl:call-template>
      <ul class="appearances">
        <xsl:for-each select="person">
          <!-- in the edition's order of files, whatever order the documents were rendered in -->
          <xsl:sort select="@doc"/>
          <xsl:variable name="doc" select="string(@doc)"/>
          <li class="in-document">
            <a class="document" href="{$doc}"><xsl:value-of select="tk:typographic(@doc-title)"/></a>
            <ul class="places">
              <!-- the participants list of the header counts only where the document shows the person nowhere else -->
              <xsl:for-each select="place[@turns or @names or @present or @sent or @received or (@listed and empty(../place[@div != '']))]">
                <li>
                  <xsl:choose>
                    <xsl:when test="@div != ''"><a class="division" href="{$doc}#{@div}"><xsl:value-of select="tk:typographic(@label)"/></a></xsl:when>
                    <xsl:otherwise><span class="division"><xsl:value-of select="@label"/></span></xsl:otherwise>
                  </xsl:choose>
                  <xsl:variable name="what" as="element()*">
                    <xsl:if test="@turns"><a class="speaks" href="{$doc}#{@turn}">speaks, <xsl:value-of select="@turns"/> turn<xsl:if test="@turns != '1'">s</xsl:if></a></xsl:if>
                    <xsl:if test="@names"><a class="named" href="{$doc}#{@name}">named<xsl:if test="@names != '1'"><xsl:value-of select="' ' || @names || ' times'"/></xsl:if></a></xsl:if>
                    <xsl:if test="@present"><span class="present">present</span></xsl:if>
                    <xsl:if test="@sent"><span class="sent">sender</span></xsl:if>
                    <xsl:if test="@received"><span class="received">addressee</span></xsl:if>
                    <xsl:if test="@listed and empty(../place[@div != ''])"><a class="listed" href="{$doc}#{@listed}">listed among the participants</a></xsl:if>
                  </xsl:variable>
                  <xsl:if test="exists($what)">
                    <span class="counts"> — <xsl:for-each select="$what"><xsl:if test="position() gt 1">, </xsl:if><xsl:sequence select="."/></xsl:for-each></span>
                  </xsl:if>
                </li>
              </xsl:for-each>
            </ul>
          </li>
        </xsl:for-each>
      </ul>
    </li>
  </xsl:template>
</xsl:stylesheet>
