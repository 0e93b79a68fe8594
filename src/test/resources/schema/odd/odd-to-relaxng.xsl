<?xml version="1.0" encoding="UTF-8"?>
<!--
  A RELAX NG grammar from schema/teikit.odd alone, for the tests (OddIsTheSchemaSourceTest).

  Not the TEI's odd2relax: that one starts from the whole of TEI P5 and applies the customization
  to it. This one starts from nothing and reads only what the ODD states, so the grammar it makes
  is the proof that the ODD says everything teikit.rnc says: every element's content
  (elementSpec/content, in TEI's pure ODD content language), its attribute classes
  (classes mode="replace") and attributes (attList), the attribute classes, macros and datatypes
  the ODD declares. Whatever the ODD leaves to TEI's own definitions (an elementSpec without
  content or without classes mode="replace", a reference to a class, macro or datatype the ODD
  does not declare, a construct outside the subset below) stops the transformation with a message
  naming it, instead of being guessed.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns="http://relaxng.org/ns/structure/1.0"
    exclude-result-prefixes="#all">

  <xsl:output indent="yes"/>

  <xsl:variable name="spec" as="element(tei:schemaSpec)" select="exactly-one(//tei:schemaSpec)"/>
  <xsl:key name="element" match="tei:elementSpec[not(@mode = 'delete')]" use="@ident"/>
  <xsl:key name="atts" match="tei:classSpec[@type = 'atts'][not(@mode = 'delete')]" use="@ident"/>
  <xsl:key name="macro" match="tei:macroSpec[not(@mode = 'delete')]" use="@ident"/>
  <xsl:key name="data" match="tei:dataSpec[not(@mode = 'delete')]" use="@ident"/>
  <xsl:key name="model" match="tei:classSpec[@type = 'model'][not(@mode = 'delete')]" use="@ident"/>
  <xsl:key name="members" match="tei:classSpec[not(@mode = 'delete')] | tei:elementSpec[not(@mode = 'delete')]"
           use="tei:classes/tei:memberOf/@key"/>

  <xsl:template match="/">
    <grammar ns="http://www.tei-c.org/ns/1.0" datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
      <start><ref name="{tei:declared('element', $spec/@start)}"/></start>
      <xsl:apply-templates select="$spec/(tei:elementSpec | tei:classSpec | tei:macroSpec | tei:dataSpec)
                                   [not(@mode = 'delete')]"/>
    </grammar>
  </xsl:template>

  <xsl:template match="tei:elementSpec">
    <xsl:if test="not(tei:content)">
      <xsl:message terminate="yes">elementSpec <xsl:value-of select="@ident"/> states no content</xsl:message>
    </xsl:if>
    <xsl:if test="not(tei:classes[@mode = 'replace'])">
      <xsl:message terminate="yes">elementSpec <xsl:value-of select="@ident"/> does not state its classes (classes mode="replace")</xsl:message>
    </xsl:if>
    <define name="{@ident}">
      <element name="{@ident}">
        <xsl:for-each select="tei:classes/tei:memberOf/@key[empty(key('model', ., root($spec)))]">
          <ref name="{tei:declared('atts', .)}"/>
        </xsl:for-each>
        <xsl:apply-templates select="tei:attList/tei:attDef[not(@mode = 'delete')]"/>
        <xsl:apply-templates select="tei:content/*"/>
      </element>
    </define>
  </xsl:template>

  <!-- a model class: the choice of its members, elements and classes -->
  <xsl:template match="tei:classSpec[@type = 'model']">
    <xsl:if test="empty(key('members', @ident))">
      <xsl:message terminate="yes">model class <xsl:value-of select="@ident"/> has no members</xsl:message>
    </xsl:if>
    <define name="{@ident}">
      <choice>
        <xsl:for-each select="key('members', @ident)">
          <ref name="{@ident}"/>
        </xsl:for-each>
      </choice>
    </define>
  </xsl:template>

  <!-- an attribute class: its own attributes and those of the classes that are members of it -->
  <xsl:template match="tei:classSpec[@type = 'atts']">
    <define name="{@ident}">
      <xsl:for-each select="key('members', @ident)[self::tei:classSpec]">
        <ref name="{@ident}"/>
      </xsl:for-each>
      <xsl:apply-templates select="tei:attList/tei:attDef[not(@mode = 'delete')]"/>
      <empty/>
    </define>
  </xsl:template>

  <xsl:template match="tei:macroSpec | tei:dataSpec">
    <define name="{@ident}">
      <xsl:apply-templates select="tei:content/*"/>
    </define>
  </xsl:template>

  <xsl:template match="tei:attDef">
    <xsl:variable name="attribute">
      <attribute name="{@ident}">
        <xsl:choose>
          <xsl:when test="tei:valList[@type = 'closed']">
            <choice>
              <xsl:for-each select="tei:valList/tei:valItem">
                <value><xsl:value-of select="@ident"/></value>
              </xsl:for-each>
            </choice>
          </xsl:when>
          <xsl:when test="tei:datatype[@maxOccurs = 'unbounded']">
            <list><oneOrMore><xsl:apply-templates select="tei:datatype/*"/></oneOrMore></list>
          </xsl:when>
          <xsl:when test="tei:datatype[not(@maxOccurs)]">
            <xsl:apply-templates select="tei:datatype/*"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:message terminate="yes">attDef <xsl:value-of select="@ident"/> of <xsl:value-of
              select="../../@ident"/> states neither a closed value list nor a datatype</xsl:message>
          </xsl:otherwise>
        </xsl:choose>
      </attribute>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="@usage = 'req'"><xsl:sequence select="$attribute"/></xsl:when>
      <xsl:when test="@usage = 'opt'"><optional><xsl:sequence select="$attribute"/></optional></xsl:when>
      <xsl:otherwise>
        <xsl:message terminate="yes">attDef <xsl:value-of select="@ident"/> of <xsl:value-of
          select="../../@ident"/> states no usage (req or opt)</xsl:message>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- the pure ODD content language, each particle with its minOccurs and maxOccurs -->
  <xsl:template match="tei:sequence">
    <xsl:call-template name="occurs"><xsl:with-param name="pattern"><group><xsl:apply-templates/></group></xsl:with-param></xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:alternate">
    <xsl:call-template name="occurs"><xsl:with-param name="pattern"><choice><xsl:apply-templates/></choice></xsl:with-param></xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:elementRef">
    <xsl:call-template name="occurs"><xsl:with-param name="pattern"><ref name="{tei:declared('element', @key)}"/></xsl:with-param></xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:macroRef">
    <xsl:call-template name="occurs"><xsl:with-param name="pattern"><ref name="{tei:declared('macro', @key)}"/></xsl:with-param></xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:classRef">
    <xsl:if test="@expand and not(@expand = 'alternation')">
      <xsl:message terminate="yes">classRef <xsl:value-of select="@key"/> expand="<xsl:value-of
        select="@expand"/>" is outside the subset</xsl:message>
    </xsl:if>
    <xsl:call-template name="occurs"><xsl:with-param name="pattern"><ref name="{tei:declared('model', @key)}"/></xsl:with-param></xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:textNode"><text/></xsl:template>
  <xsl:template match="tei:empty"><empty/></xsl:template>
  <xsl:template match="tei:dataRef[@key]"><ref name="{tei:declared('data', @key)}"/></xsl:template>
  <xsl:template match="tei:dataRef[@name]">
    <data type="{@name}">
      <xsl:for-each select="tei:dataFacet">
        <param name="{@name}"><xsl:value-of select="@value"/></param>
      </xsl:for-each>
    </data>
  </xsl:template>
  <xsl:template match="tei:content/* | tei:datatype/* | tei:sequence/* | tei:alternate/*" priority="-1">
    <xsl:message terminate="yes"><xsl:value-of select="name()"/> in <xsl:value-of
      select="ancestor::*[@ident][1]/@ident"/> is outside the ODD subset this stylesheet reads</xsl:message>
  </xsl:template>
  <xsl:template match="text()"/>

  <xsl:template name="occurs">
    <xsl:param name="pattern"/>
    <xsl:variable name="min" select="(@minOccurs, '1')[1]"/>
    <xsl:variable name="max" select="(@maxOccurs, '1')[1]"/>
    <xsl:choose>
      <xsl:when test="$min = '1' and $max = '1'"><xsl:sequence select="$pattern"/></xsl:when>
      <xsl:when test="$min = '0' and $max = '1'"><optional><xsl:sequence select="$pattern"/></optional></xsl:when>
      <xsl:when test="$min = '0' and $max = 'unbounded'"><zeroOrMore><xsl:sequence select="$pattern"/></zeroOrMore></xsl:when>
      <xsl:when test="$min = '1' and $max = 'unbounded'"><oneOrMore><xsl:sequence select="$pattern"/></oneOrMore></xsl:when>
      <xsl:otherwise>
        <xsl:message terminate="yes">minOccurs="<xsl:value-of select="$min"/>" maxOccurs="<xsl:value-of
          select="$max"/>" in <xsl:value-of select="ancestor::*[@ident][1]/@ident"/> is outside the subset</xsl:message>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- the name, if the ODD declares it as that kind of thing -->
  <xsl:function name="tei:declared" as="xs:string">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="name" as="xs:string"/>
    <xsl:if test="empty(key($kind, $name, root($spec)))">
      <xsl:message terminate="yes">the ODD refers to <xsl:value-of select="$kind"/>
        "<xsl:value-of select="$name"/>" but does not declare it</xsl:message>
    </xsl:if>
    <xsl:sequence select="$name"/>
  </xsl:function>
</xsl:stylesheet>
