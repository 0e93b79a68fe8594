<?xml version="1.0" encoding="UTF-8"?>
<!-- Shared by the HTML, text and site views: person registry look-ups, block/inline
     classification, numbering of notes and turns, header facts. Works on any TEI P5. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:views"
    exclude-result-prefixes="#all">

  <xsl:key name="tk:by-id" match="*[@xml:id]" use="string(@xml:id)"/>
  <xsl:key name="tk:corresp" match="tei:correspDesc[@corresp]" use="tokenize(normalize-space(@corresp), ' ')"/>

  <!-- Position of every division in document order, for ids of divisions without xml:id. -->
  <xsl:variable name="tk:div-index" as="map(xs:string, xs:integer)"
      select="map:merge(//tei:text//tei:*[starts-with(local-name(), 'div')] ! map{generate-id(.): position()})"/>

  <!-- Elements that always start a block of their own. -->
  <xsl:variable name="tk:structural" as="xs:string*" select="
      ('p','ab','lg','l','list','table','row','cell','item','sp','figure','castList','castGroup',
       'castItem','listPerson','listBibl','listPlace','listOrg','head','titlePage','opener','closer',
       'postscript','trailer','argument','epigraph','byline','docTitle','docImprint','docEdition',
       'titlePart','div','div1','div2','div3','div4','div5','div6','div7','floatingText','body',
       'front','back','group','text','spGrp','performance','set','prologue','epilogue')"/>

  <!-- Elements whose children are blocks (text directly inside them is gathered into paragraphs). -->
  <xsl:variable name="tk:containers" as="xs:string*" select="
      ('body','front','back','text','group','div','div1','div2','div3','div4','div5','div6','div7',
       'sp','spGrp','lg','castList','castGroup','titlePage','floatingText','listPerson','listBibl',
       'listPlace','listOrg','opener','closer','postscript','argument','epigraph','figure','performance',
       'set','prologue','epilogue','trailer')"/>

  <!-- Phrase-level TEI: inline wherever it occurs unless it holds blocks. -->
  <xsl:variable name="tk:phrase" as="xs:string*" select="
      ('hi','emph','foreign','distinct','term','gloss','mentioned','soCalled','title','name','persName',
       'placeName','orgName','geogName','roleName','forename','surname','addName','genName','nameLink',
       'rs','date','time','num','measure','unit','ref','ptr','choice','abbr','expan','orig','reg','sic',
       'corr','supplied','gap','unclear','del','add','subst','mod','restore','damage','surplus','seg',
       'w','c','pc','lb','pb','cb','milestone','anchor','note','space','handShift','app','lem','rdg',
       'q','quote','said','cit','bibl','stage','speaker','label','fw','idno','email','address','addrLine',
       'ex','am','secl','metamark','graphic','formula','lang','media','index','term','affiliation',
       'occupation','role','roleDesc','actor','dateline','salute','signed','docAuthor','docDate','stamp')"/>

  <xsl:function name="tk:is-tei" as="xs:boolean">
    <xsl:param name="e" as="node()"/>
    <xsl:sequence select="$e instance of element() and namespace-uri($e) = 'http://www.tei-c.org/ns/1.0'"/>
  </xsl:function>

  <!-- Does $e hold block content of its own (not counting what sits inside its notes)? -->
  <xsl:function name="tk:has-blocks" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists(($e//tei:*[local-name() = $tk:structural] except $e//tei:note//*)[1])"/>
  </xsl:function>

  <xsl:function name="tk:is-container" as="xs:boolean">
    <xsl:param name="e" as="node()?"/>
    <xsl:sequence select="$e instance of element()
        and ((tk:is-tei($e) and local-name($e) = $tk:containers) or tk:has-blocks($e))"/>
  </xsl:function>

  <!-- A node that is laid out as a block (in HTML a div-like element, in text its own paragraph). -->
  <xsl:function name="tk:is-block" as="xs:boolean">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="
        if (not($n instance of element())) then false()
        else if (tk:is-tei($n) and local-name($n) = ('note','pb','cb','lb','fw','milestone','anchor','gap','space')) then false()
        else if (tk:has-blocks($n)) then true()
        else if (tk:is-tei($n) and local-name($n) = $tk:structural) then true()
        else tk:is-container($n/..) and not(tk:is-tei($n) and local-name($n) = $tk:phrase
                                             and not(local-name($n) = ('dateline','salute','signed','docAuthor','docDate','speaker','stage','quote','q','said','bibl','cit','label','address')))"/>
  </xsl:function>

  <!-- Siblings in element-only content (entry/form/sense, persName/forename/surname, w w w) are
       separate items: the views keep a space between them even when the source has none. -->
  <xsl:function name="tk:separated" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/preceding-sibling::*) and $e/parent::* and empty($e/../text()[normalize-space()])
        and not($e/../self::tei:choice or $e/../self::tei:app or $e/../self::tei:subst)"/>
  </xsl:function>

  <!-- Person registry: persName of the person (or castList role, or any element) with that id. -->
  <xsl:function name="tk:id-name" as="xs:string?">
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="context" as="node()"/>
    <xsl:variable name="target" select="key('tk:by-id', $id, root($context))[1]"/>
    <xsl:sequence select="
        if (empty($target)) then ()
        else if ($target/tei:persName) then normalize-space(string-join($target/tei:persName[1]//text()[not(ancestor::tei:note)], ''))
        else if ($target/tei:name) then normalize-space($target/tei:name[1])
        else if ($target/self::tei:role) then normalize-space($target)
        else if ($target/tei:role) then normalize-space($target/tei:role[1])
        else normalize-space($target)"/>
  </xsl:function>

  <!-- The ids of this document that a @ref/@corresp points at: '#stalin viaf:123' → ('stalin'). -->
  <xsl:function name="tk:local-refs" as="xs:string*">
    <xsl:param name="pointers" as="xs:string?"/>
    <xsl:sequence select="tokenize(normalize-space($pointers), ' ')[starts-with(., '#')] ! substring(., 2)[. != '']"/>
  </xsl:function>

  <!-- Names in the text that point at a person of the document, numbered in document order: the HTML view
       gives each an anchor (name-N) and the persons index of the site links to it. -->
  <xsl:variable name="tk:name-index" as="map(xs:string, xs:integer)"
      select="map:merge(//tei:text//(tei:persName | tei:name | tei:rs)[exists(tk:local-refs(@ref))] ! map{generate-id(.): position()})"/>

  <xsl:function name="tk:name-anchor" as="xs:string?">
    <xsl:param name="name" as="element()"/>
    <xsl:sequence select="$tk:name-index(generate-id($name)) ! ('name-' || .)"/>
  </xsl:function>

  <!-- The ids a @who/@ref/@corresp points at: '#stalin #mao' → ('stalin','mao'). -->
  <xsl:function name="tk:refs" as="xs:string*">
    <xsl:param name="pointers" as="xs:string?"/>
    <xsl:sequence select="for $t in tokenize(normalize-space($pointers), ' ')[. != ''] return replace($t, '^.*#', '')"/>
  </xsl:function>

  <!-- The label a turn is shown with: its speaker, else the registry name(s), else the id. -->
  <xsl:function name="tk:speaker-name" as="xs:string">
    <xsl:param name="sp" as="element()"/>
    <xsl:variable name="label" select="normalize-space(string-join($sp/tei:speaker[1]//text()[not(ancestor::tei:note)], ''))"/>
    <xsl:sequence select="if ($label != '') then replace($label, '[\s:.]+$', '') else tk:who-name($sp)"/>
  </xsl:function>

  <xsl:function name="tk:who-name" as="xs:string">
    <xsl:param name="sp" as="element()"/>
    <xsl:sequence select="string-join(for $id in tk:refs($sp/@who) return (tk:id-name($id, $sp), $id)[. != ''][1], ' and ')"/>
  </xsl:function>

  <!-- Identity of a speaker for grouping turns: first @who id, else the normalised label. -->
  <xsl:function name="tk:speaker-key" as="xs:string">
    <xsl:param name="sp" as="element()"/>
    <xsl:variable name="ids" select="tk:refs($sp/@who)"/>
    <xsl:sequence select="if (exists($ids)) then $ids[1] else 'label-' || replace(lower-case(tk:speaker-name($sp)), '[^\p{L}\p{N}]+', '-')"/>
  </xsl:function>

  <!-- A stable hue per person: the same id always gets the same colour, on every page. -->
  <xsl:function name="tk:hue" as="xs:integer">
    <xsl:param name="key" as="xs:string"/>
    <xsl:variable name="cps" select="string-to-codepoints($key)"/>
    <xsl:variable name="h" select="sum(for $i in 1 to count($cps) return $cps[$i] * (31 + $i * 17)) mod 997"/>
    <!-- golden-ratio spread so that similar ids land far apart -->
    <xsl:sequence select="xs:integer(floor(($h * 0.618033988749) mod 1 * 360))"/>
  </xsl:function>

  <xsl:function name="tk:colour" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:sequence select="'hsl(' || tk:hue($key) || ' 55% 36%)'"/>
  </xsl:function>

  <!-- Safe HTML id fragment. -->
  <xsl:function name="tk:slug" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:sequence select="replace(replace($s, '[^\p{L}\p{N}_\-]+', '-'), '^-+|-+$', '')"/>
  </xsl:function>

  <!-- Word count of reading text (letters/digits runs), as the fidelity check counts words. -->
  <xsl:function name="tk:reading-text-nodes" as="text()*">
    <xsl:param name="e" as="node()*"/>
    <xsl:sequence select="$e//text()[not(ancestor::tei:note | ancestor::tei:fw | ancestor::tei:speaker
        | ancestor::tei:expan | ancestor::tei:reg | ancestor::tei:corr[parent::tei:choice] | ancestor::tei:supplied
        | ancestor::tei:gap | ancestor::tei:figDesc | ancestor::tei:teiHeader)]"/>
  </xsl:function>

  <xsl:function name="tk:word-count" as="xs:integer">
    <xsl:param name="e" as="node()*"/>
    <!-- text joined as written; breaks (unless break="no") and block starts separate words -->
    <xsl:variable name="separators" select="$e//(tei:lb | tei:pb | tei:cb)[not(@break = 'no')] | $e//tei:*[local-name() = $tk:structural]"/>
    <xsl:variable name="pieces" select="(tk:reading-text-nodes($e) | $separators) ! (if (. instance of text()) then string(.) else ' ')"/>
    <xsl:sequence select="count(analyze-string(string-join($pieces, ''), '[\p{L}\p{N}]+')/*:match)"/>
  </xsl:function>

  <!-- Numbering -->
  <xsl:function name="tk:notes" as="element()*">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="root($doc)//tei:text//tei:note"/>
  </xsl:function>

  <xsl:function name="tk:is-endnote" as="xs:boolean">
    <xsl:param name="note" as="element()"/>
    <xsl:sequence select="$note/@place = 'end'"/>
  </xsl:function>

  <xsl:function name="tk:is-editorial-note" as="xs:boolean">
    <xsl:param name="note" as="element()"/>
    <xsl:sequence select="$note/@type = ('editorial','identification','omission','ellipsis','classification','query','unavailable','gloss','commentary','translation')
        or ($note/@resp and not($note/@type = ('source','original','authorial')))"/>
  </xsl:function>

  <!-- The division whose end collects a footnote: the outermost div of front/body/back. -->
  <xsl:function name="tk:top-div" as="element()?">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="$n/ancestor::*[self::tei:div or self::tei:div1][parent::tei:body or parent::tei:front or parent::tei:back][1]"/>
  </xsl:function>

  <xsl:function name="tk:top-divs" as="element()*">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="root($doc)//tei:text//*[self::tei:div or self::tei:div1][parent::tei:body or parent::tei:front or parent::tei:back]"/>
  </xsl:function>

  <!-- Header facts -->
  <xsl:function name="tk:title" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="h" select="(root($doc)//tei:teiHeader)[1]"/>
    <xsl:variable name="t" select="($h/tei:fileDesc/tei:titleStmt/tei:title[@type='main'], $h/tei:fileDesc/tei:titleStmt/tei:title)[1]"/>
    <xsl:sequence select="(tk:one-line($t), tk:one-line((root($doc)//tei:text//tei:head)[1]), 'Untitled TEI document')[. != ''][1]"/>
  </xsl:function>

  <!-- The document's date: its source's, its creation's, its one letter's (the first of several letters is not
       the date of a collection of them) … -->
  <xsl:function name="tk:date" as="xs:string?">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="h" select="(root($doc)//tei:teiHeader)[1]"/>
    <xsl:variable name="d" select="(
        $h/tei:fileDesc/tei:sourceDesc//tei:bibl/tei:date,
        $h/tei:fileDesc/tei:sourceDesc//tei:biblStruct//tei:date,
        $h/tei:fileDesc/tei:sourceDesc//tei:msDesc//tei:origDate,
        $h/tei:profileDesc/tei:creation/tei:date,
        $h/tei:profileDesc[count(tei:correspDesc) = 1]/tei:correspDesc//tei:date,
        root($doc)//tei:text//tei:docDate,
        $h/tei:fileDesc/tei:sourceDesc//tei:date,
        $h/tei:fileDesc/tei:publicationStmt/tei:date)[1]"/>
    <xsl:sequence select="if ($d) then (normalize-space($d)[. != ''], string($d/(@when, @from, @notBefore)[1]))[. != ''][1] else ()"/>
  </xsl:function>

  <xsl:function name="tk:kind" as="xs:string?">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="h" select="(root($doc)//tei:teiHeader)[1]"/>
    <xsl:variable name="family" select="normalize-space(($h//tei:appInfo//tei:desc[@type='family'])[1])"/>
    <xsl:variable name="types" select="distinct-values(tk:top-divs($doc)[parent::tei:body]/@type)"/>
    <xsl:sequence select="($family, string-join($types, ', '), string((root($doc)//tei:text)[1]/@type),
        if (root($doc)//tei:castList or root($doc)//tei:sp/tei:l or root($doc)//tei:sp/tei:lg) then 'drama' else (),
        if ($h//tei:msDesc) then 'manuscript' else ())[. != ''][1]"/>
  </xsl:function>

  <!-- Date of a division: its own dateline/docDate/date in the head, or its letter's correspDesc. -->
  <xsl:function name="tk:div-date" as="xs:string?">
    <xsl:param name="div" as="element()"/>
    <xsl:variable name="corresp" select="tk:corresp-desc($div)"/>
    <!-- the first date written out in the text, else the first normalized one (@when) -->
    <xsl:variable name="d" select="($div/tei:head//tei:date, $div/tei:opener//tei:date, $div/tei:docDate,
        $div/tei:dateline//tei:date, $div/tei:dateline, $corresp//tei:correspAction[@type='sent']/tei:date, $div/tei:closer//tei:date)"/>
    <xsl:sequence select="(($d ! normalize-space(.))[. != ''], ($d ! string(@when))[. != ''])[1]"/>
  </xsl:function>

  <xsl:function name="tk:corresp-desc" as="element()*">
    <xsl:param name="div" as="element()"/>
    <xsl:sequence select="if ($div/@xml:id) then key('tk:corresp', '#' || $div/@xml:id, root($div)) else ()"/>
  </xsl:function>

  <!-- Participants of a division: its listPerson, else the distinct speakers of its turns. -->
  <xsl:function name="tk:div-participants" as="xs:string*">
    <xsl:param name="div" as="element()"/>
    <xsl:variable name="listed" select="$div/tei:listPerson//tei:person"/>
    <xsl:sequence select="if ($listed) then
        for $p in $listed return (normalize-space(string-join($p/tei:persName[1]//text(), '')), for $id in tk:refs($p/(@corresp, @sameAs, @ref)[1]) return tk:id-name($id, $p), tk:refs($p/@corresp)[1])[. != ''][1]
      else ()"/>
  </xsl:function>

  <!-- An element's text as one line: line, page and column breaks (unless break="no") are spaces, notes left out. -->
  <xsl:function name="tk:one-line" as="xs:string">
    <xsl:param name="e" as="element()?"/>
    <xsl:variable name="pieces" select="($e//text()[not(ancestor::tei:note)] | $e//(tei:lb | tei:pb | tei:cb)[not(@break = 'no')])
        ! (if (. instance of text()) then string(.) else ' ')"/>
    <xsl:sequence select="normalize-space(string-join($pieces, ''))"/>
  </xsl:function>

  <!-- Quotation marks a transcription may keep around or inside a q, said or quote. -->
  <xsl:variable name="tk:quote-marks" as="xs:string">"“”„‟«»‘’‚‹›'</xsl:variable>

  <!-- True when the transcription kept the element's quotation marks (just outside it on both sides, or as
       its first and last characters): a view then adds none of its own. -->
  <xsl:function name="tk:marks-transcribed" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="before" select="string($e/preceding-sibling::node()[1][self::text()])"/>
    <xsl:variable name="after" select="string($e/following-sibling::node()[1][self::text()])"/>
    <xsl:variable name="inside" select="normalize-space($e)"/>
    <xsl:sequence select="tk:is-mark(substring($before, string-length($before))) and tk:is-mark(substring($after, 1, 1))
        or string-length($inside) ge 2 and tk:is-mark(substring($inside, 1, 1)) and tk:is-mark(substring($inside, string-length($inside)))"/>
  </xsl:function>

  <xsl:function name="tk:is-mark" as="xs:boolean">
    <xsl:param name="c" as="xs:string"/>
    <xsl:sequence select="string-length($c) = 1 and contains($tk:quote-marks, $c)"/>
  </xsl:function>

  <xsl:function name="tk:div-label" as="xs:string">
    <xsl:param name="div" as="element()"/>
    <xsl:variable name="head" select="tk:one-line($div/tei:head[1])"/>
    <xsl:sequence select="($head, string-join((tk:type-label($div/@type), $div/@n), ' '), local-name($div))[normalize-space() != ''][1]"/>
  </xsl:function>

  <xsl:function name="tk:type-label" as="xs:string?">
    <xsl:param name="type" as="xs:string?"/>
    <xsl:sequence select="if ($type) then upper-case(substring($type, 1, 1)) || replace(substring($type, 2), '([a-z])([A-Z])', '$1 $2') else ()"/>
  </xsl:function>

  <xsl:function name="tk:div-id" as="xs:string">
    <xsl:param name="div" as="element()"/>
    <xsl:sequence select="'div-' || (if ($div/@xml:id) then tk:slug($div/@xml:id) else string(($tk:div-index(generate-id($div)), 0)[1]))"/>
  </xsl:function>

  <!-- gap text shown to the reader -->
  <xsl:function name="tk:gap-label" as="xs:string">
    <xsl:param name="gap" as="element()"/>
    <xsl:sequence select="'[' || (
        if ($gap/@reason = 'signature') then 'signature'
        else if ($gap/@reason = 'illegible') then 'illegible'
        else if ($gap/@reason) then 'gap: ' || replace($gap/@reason, '[\[\]]', '')
        else if (normalize-space($gap/tei:desc)) then lower-case(replace(normalize-space($gap/tei:desc), '[\[\]]', ''))
        else 'gap') || ']'"/>
  </xsl:function>
</xsl:stylesheet>
