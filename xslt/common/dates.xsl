<?xml version="1.0" encoding="UTF-8"?>
<!-- Dates for readers: an ISO date (@when, @from …) as "12 March 1945", "March 1945" or "1945". -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:views"
    exclude-result-prefixes="#all">

  <xsl:variable name="tk:months" as="xs:string+" select="('January','February','March','April','May','June','July',
      'August','September','October','November','December')"/>

  <!-- An ISO 8601 date, whole or partial (YYYY, YYYY-MM, YYYY-MM-DD, a time after it ignored), in words;
       () for anything else, which is then shown as written. -->
  <xsl:function name="tk:human-date" as="xs:string?">
    <xsl:param name="iso" as="xs:string?"/>
    <xsl:analyze-string select="normalize-space($iso)" regex="^(-?\d{{4}})(-(\d\d)(-(\d\d))?)?(T.*)?$">
      <xsl:matching-substring>
        <xsl:variable name="month" select="if (regex-group(3)) then xs:integer(regex-group(3)) else 0"/>
        <xsl:variable name="day" select="if (regex-group(5)) then xs:integer(regex-group(5)) else 0"/>
        <xsl:if test="$month le 12 and $day le 31">
          <xsl:sequence select="string-join((if ($day gt 0) then string($day) else (), $tk:months[$month], regex-group(1)), ' ')"/>
        </xsl:if>
      </xsl:matching-substring>
    </xsl:analyze-string>
  </xsl:function>

  <!-- A TEI date as shown beside its normalised form: the words of the source (else the ISO value in words),
       then the ISO value in brackets: "12 March 1945 (1945-03-12)"; ranges and bounds as "from … to …",
       "not before …"; an uncertain date (@cert low or medium) is "about …". -->
  <xsl:function name="tk:date-label" as="xs:string">
    <xsl:param name="date" as="element()"/>
    <xsl:variable name="written" select="normalize-space($date)"/>
    <xsl:variable name="iso" select="tk:date-bounds($date, false())"/>
    <xsl:variable name="words" select="tk:date-bounds($date, true())"/>
    <xsl:variable name="shown" select="(
        $written[. != ''],
        ($words[. != ''] ! (if ($date/@cert = ('low', 'medium')) then 'about ' || . else .)),
        $iso)[1]"/>
    <xsl:sequence select="string($shown) || (if ($iso != '' and $iso != $shown) then ' (' || $iso || ')' else '')"/>
  </xsl:function>

  <!-- @when, or the range or bounds of a date ("from … to …", "between … and …", "not before …"), as ISO
       values or in words -->
  <xsl:function name="tk:date-bounds" as="xs:string">
    <xsl:param name="date" as="element()"/>
    <xsl:param name="in-words" as="xs:boolean"/>
    <xsl:variable name="v" select="function($a as attribute()?) as xs:string? {
        $a ! (if ($in-words) then (tk:human-date(.), string(.))[1] else string(.)) }"/>
    <xsl:variable name="when" select="$v($date/@when)"/>
    <xsl:variable name="from" select="($v($date/@from), $v($date/@notBefore))[1]"/>
    <xsl:variable name="to" select="($v($date/@to), $v($date/@notAfter))[1]"/>
    <xsl:variable name="range" select="exists($date/@from | $date/@to)"/>
    <xsl:sequence select="string(
        if ($when) then $when
        else if ($from and $to) then (if ($range) then 'from ' || $from || ' to ' || $to else 'between ' || $from || ' and ' || $to)
        else if ($from) then (if ($range) then 'from ' else 'not before ') || $from
        else if ($to) then (if ($range) then 'to ' else 'not after ') || $to
        else '')"/>
  </xsl:function>
</xsl:stylesheet>
