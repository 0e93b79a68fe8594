<?xml version="1.0" encoding="UTF-8"?>
<!-- Personal names for indexes: the surname a name is sorted by and the "Surname, Forenames" form
     it is listed under. Used by the persons index of the site. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:views"
    exclude-result-prefixes="#all">

  <!-- Lower-case particles that stand between forenames and surname ("Ludwig van Beethoven",
       "Charles de Gaulle", "Alexander von Humboldt"). Written in lower case they are separable: listed
       after the forenames ("Beethoven, Ludwig van") and not sorted by, as German and Dutch indexes do and
       as most English indexes do for these. Written with a capital ("Van Buren", "De Niro") a particle is
       part of the surname and is sorted by, so only the lower-case forms are listed here. -->
  <xsl:variable name="tk:name-particles" as="xs:string*" select="
      ('von','van','vom','zu','zum','zur','der','den','de','del','della','degli','di','da','das','dos','du','des',
       'le','la','ter','ten','y','bin','ibn','al','el','af','av')"/>

  <!-- Generational suffixes after the surname: "John Smith Jr." is sorted under Smith. -->
  <xsl:variable name="tk:name-suffix" as="xs:string" select="'^(Jr\.?|Sr\.?|Junior|Senior|[IVX]{1,4})$'"/>

  <!--
    The parts of a personal name: (surname, forenames, particles, suffix), each a string.
    Evidence, strongest first:
    1. markup: a persName with surname (and forename, nameLink) children says which is which;
    2. the short forms the edition uses for the person ($forms: other persName forms, speaker labels):
       when the person is called by the FIRST word of their name alone ("Mao" for "Mao Zedong"), the name
       is written family name first, as Chinese, Japanese, Korean and Hungarian names are;
    3. otherwise the last word (before a suffix like "Jr.") is the surname and lower-case particles before
       it (see tk:name-particles) go with it. Double surnames without markup ("Clark Kerr") cannot be told
       from a middle name: mark them up with surname to have them sorted as such.
  -->
  <xsl:function name="tk:name-parts" as="xs:string+">
    <xsl:param name="name" as="item()"/>
    <xsl:param name="forms" as="xs:string*"/>
    <xsl:variable name="e" select="if ($name instance of element()) then $name else ()"/>
    <xsl:choose>
      <xsl:when test="$e//tei:surname">
        <xsl:sequence select="(normalize-space(string-join($e//tei:surname ! normalize-space(.), ' ')),
            normalize-space(string-join(($e//tei:forename, $e//tei:addName[@type = ('first','given')]) ! normalize-space(.), ' ')),
            normalize-space(string-join($e//tei:nameLink ! normalize-space(.), ' ')),
            normalize-space(string-join($e//tei:genName ! normalize-space(.), ' ')))"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="all" select="tokenize(normalize-space(string($name)), ' ')"/>
        <xsl:variable name="suffixed" select="count($all) gt 2 and matches($all[last()], $tk:name-suffix)"/>
        <xsl:variable name="words" select="if ($suffixed) then $all[position() lt last()] else $all"/>
        <xsl:variable name="short" select="$forms ! normalize-space(.) ! lower-case(.)"/>
        <xsl:choose>
          <xsl:when test="count($words) le 1">
            <xsl:sequence select="(string($words[1]), '', '', '')"/>
          </xsl:when>
          <xsl:when test="lower-case($words[1]) = $short and not(lower-case($words[last()]) = $short)">
            <!-- family name first: the forenames follow it -->
            <xsl:sequence select="($words[1], string-join($words[position() gt 1], ' '), '', '')"/>
          </xsl:when>
          <xsl:otherwise>
            <!-- the particles right before the last word, at most all words but the first -->
            <xsl:variable name="first-particle" select="(for $i in 2 to count($words) - 1
                return $i[every $w in $words[position() ge $i and position() lt last()] satisfies $w = $tk:name-particles], count($words))[1]"/>
            <xsl:sequence select="($words[last()],
                string-join($words[position() lt $first-particle], ' '),
                string-join($words[position() ge $first-particle and position() lt last()], ' '),
                string($all[last()][$suffixed]))"/>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- What a name is sorted by: surname, then forenames (particles ignored), case and accents ignored by the collation. -->
  <xsl:function name="tk:name-sort-key" as="xs:string">
    <xsl:param name="parts" as="xs:string+"/>
    <xsl:sequence select="string-join(($parts[1], $parts[2])[. != ''], ' ')"/>
  </xsl:function>

  <!-- How a name is listed in an index: "Stalin, Joseph", "Beethoven, Ludwig van", "Adams, John Quincy, Jr."; a name written family
       name first is listed as written ("Mao Zedong"). -->
  <xsl:function name="tk:index-form" as="xs:string">
    <xsl:param name="parts" as="xs:string+"/>
    <xsl:param name="written" as="xs:string"/>
    <xsl:variable name="rest" select="string-join(($parts[2], $parts[3])[. != ''], ' ')"/>
    <xsl:sequence select="if ($rest = '') then string-join(($parts[1], $parts[4])[. != ''], ', ')
        else if (starts-with(normalize-space($written), $parts[1] || ' ') and not(contains(normalize-space($written), ' ' || $parts[1])))
          then normalize-space($written)
        else string-join(($parts[1], $rest, $parts[4])[. != ''], ', ')"/>
  </xsl:function>
</xsl:stylesheet>
