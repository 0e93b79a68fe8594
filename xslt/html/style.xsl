<?xml version="1.0" encoding="UTF-8"?>
<!-- The page's stylesheet, inlined into every page so a page is one self-contained file. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="urn:teikit:views"
    exclude-result-prefixes="#all">

  <xsl:variable name="tk:css" as="xs:string"><![CDATA[
:root{--ink:#1f1d1a;--muted:#6b645a;--paper:#fdfcf8;--rule:#e6dfd1;--accent:#8c2f1b;--ed:#1d6a72;--mark:#9a8f7a;--tint:#f5f1e8;
  --serif:"Iowan Old Style","Palatino Linotype",Palatino,"Book Antiqua",Georgia,"Noto Serif","DejaVu Serif",serif;
  --sans:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--paper);color:var(--ink);font:1.0625rem/1.65 var(--serif);padding:0 1.25rem 3rem}
a{color:var(--accent)}
a:hover{color:#5e1d10}
:focus-visible{outline:2px solid var(--ed);outline-offset:2px;border-radius:2px}
.skip{position:absolute;left:-999px;top:0}.skip:focus{left:1rem;background:#fff;padding:.4rem .8rem;z-index:10}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
body{position:relative}
/* the page-marks switch: the checkbox itself is visually hidden (it stays focusable and labelled) and the label,
   in the flow of the page above the header, draws its box; nothing is positioned over the header */
.marks-toggle{position:absolute;opacity:0;width:1px;height:1px;margin:0}
.marks-label{display:block;max-width:66rem;margin:.9rem auto 0;text-align:right;font:.8rem/1.5 var(--sans);color:var(--muted);cursor:pointer}
.marks-label::before{content:"";display:inline-block;box-sizing:border-box;width:.95rem;height:.95rem;margin-right:.45rem;vertical-align:-.15rem;border:1.5px solid var(--accent);border-radius:2px;background:#fff}
.marks-toggle:checked + .marks-label::before{background:var(--accent) url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Cpath d='M3 8.5l3.2 3L13 4.5' fill='none' stroke='%23fff' stroke-width='2.2'/%3E%3C/svg%3E") center/100% no-repeat}
.marks-toggle:focus-visible + .marks-label{outline:2px solid var(--ed);outline-offset:2px}
@media (max-width:40rem){.marks-label{text-align:left}main h2{font-size:1.35rem}h1{font-size:1.7rem}}
.doc-header{max-width:66rem;margin:0 auto;padding:1.4rem 0 1.6rem;border-bottom:1px solid var(--rule)}
.doc-header .kind{font:600 .75rem/1 var(--sans);letter-spacing:.12em;text-transform:uppercase;color:var(--accent);margin:0 0 .8rem}
h1{font-weight:600;font-size:clamp(1.6rem,1.1rem + 2.2vw,2.5rem);line-height:1.15;margin:0 0 .6rem;max-width:46rem}
.subtitle{color:var(--muted);font-style:italic;margin:0 0 .6rem}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1.2rem;margin:1.2rem 0 0;font-size:.92rem;max-width:46rem}
dl.meta dt{font:600 .72rem/1.9 var(--sans);letter-spacing:.06em;text-transform:uppercase;color:var(--muted)}
dl.meta dd{margin:0}
.uri{word-break:break-all;font-size:.85em}
.abstract{margin:1.4rem 0 0;max-width:46rem;padding:1rem 1.2rem;background:var(--tint);border-radius:6px}
.abstract-title{font:600 .72rem/1 var(--sans);letter-spacing:.06em;text-transform:uppercase;color:var(--muted);margin:0 0 .5rem}
.abstract p{margin:.3rem 0}
details.participants{margin-top:1rem;font-size:.92rem;max-width:46rem}
details.participants summary{cursor:pointer;font:600 .8rem var(--sans);color:var(--muted)}
details.participants ul{columns:16rem;padding-left:0;list-style:none}
details.participants li{break-inside:avoid;margin:.15rem 0}
.role,.aka{color:var(--muted);font-size:.9em}
.swatch{display:inline-block;width:.65em;height:.65em;border-radius:50%;margin-right:.45em;background:var(--who,#999);vertical-align:.05em}
.layout{max-width:66rem;margin:0 auto;display:grid;grid-template-columns:minmax(0,1fr);gap:1rem 3.5rem}
@media (min-width:60rem){.layout{grid-template-columns:15rem minmax(0,44rem)}.layout.single{grid-template-columns:minmax(0,44rem);justify-content:center}.side{position:sticky;top:0;align-self:start;max-height:100vh;overflow:auto;padding-bottom:2rem}}
.side{font:.85rem/1.45 var(--sans)}
.side h2{font:600 .72rem/1 var(--sans);letter-spacing:.08em;text-transform:uppercase;color:var(--muted);margin:1.8rem 0 .7rem}
/* contents and speakers fold away (closed on narrow screens, see tk:side-panels-script) */
.side-panel > summary{cursor:pointer;margin:1.8rem 0 .7rem;color:var(--muted)}.side-panel > summary h2{display:inline;margin:0}
.side-panel[open] > summary{margin-bottom:.7rem}
@media (max-width:59.99rem){.side{border-bottom:1px solid var(--rule);padding-bottom:1rem}.side-panel > summary{margin:1rem 0 .4rem}}
.toc ol{list-style:none;padding-left:0;margin:0}.toc ol ol{padding-left:.9rem;border-left:1px solid var(--rule);margin:.2rem 0 .4rem}
.toc li{margin:.35rem 0}.toc a{text-decoration:none;color:var(--ink)}.toc a:hover{color:var(--accent);text-decoration:underline}
.toc-meta{display:block;color:var(--muted);font-size:.78rem}
.persons ul{list-style:none;padding:0;margin:0}.persons li{margin:.45rem 0}
.persons .person-first{font-weight:600;color:var(--who);text-decoration:none}.persons .person-first:hover{text-decoration:underline}
.persons .counts{display:block;color:var(--muted);font-size:.78rem;padding-left:1.1rem}
.persons details.turns{padding-left:1.1rem;font-size:.78rem}.persons details.turns summary{cursor:pointer;color:var(--muted)}
.persons details.turns ol{display:flex;flex-wrap:wrap;gap:.1rem .6rem;list-style:none;padding:0;margin:.3rem 0}
main{min-width:0}
main h2,main h3,main h4,main h5,main h6{font-weight:600;line-height:1.25}
main h2{font-size:1.6rem;margin:2.6rem 0 .4rem}
main h3{font-size:1.25rem;margin:2rem 0 .4rem}
main h4,main h5,main h6{font-size:1.05rem;margin:1.6rem 0 .3rem}
section.div.top + section.div.top{border-top:1px solid var(--rule);margin-top:3rem}
.supplied-mark{color:var(--ed);font-weight:400}
.div-meta{font:.82rem/1.5 var(--sans);color:var(--muted);margin:0 0 1.2rem;display:flex;flex-wrap:wrap;gap:.2rem 1.2rem}
.meta-label{font-weight:600}
.corresp{display:flex;flex-wrap:wrap;gap:.2rem 1.2rem}
p,.para{margin:0 0 1em;hyphens:auto;overflow-wrap:break-word}
.sp{margin:0 0 1.1rem;padding-left:1rem;border-left:3px solid var(--who)}
.sp .speaker{font:600 .78rem/1.4 var(--sans);letter-spacing:.07em;text-transform:uppercase;color:var(--who);margin-bottom:.15rem}
.sp .who-name{text-transform:none;letter-spacing:0;font-weight:400;color:var(--muted)}
.sp > p:last-child,.sp > .para:last-child{margin-bottom:0}
.sp.third-person{border-left:3px dotted var(--who)}
.who-mark{display:block;font:.7rem/1.4 var(--sans);color:var(--who);opacity:.85;letter-spacing:.04em}
.sp:target{background:#f7f0df}
.stage{font-style:italic;color:var(--muted)}div.stage{margin:.4rem 0 .8rem}
.lg{margin:0 0 1em}.l{position:relative}.line-n{position:absolute;left:-2.4rem;width:2rem;text-align:right;font:.72rem/2 var(--sans);color:var(--mark)}
.castList ul{list-style:none;padding-left:0}.head-minor{font:600 .78rem/1.4 var(--sans);letter-spacing:.07em;text-transform:uppercase;color:var(--muted);margin:1rem 0 .4rem}.castItem .role{font-variant:small-caps;letter-spacing:.03em}.roleDesc{color:var(--muted);font-style:italic}
blockquote{margin:1em 0;padding:.1rem 0 .1rem 1.1rem;border-left:2px solid var(--rule);color:#3a362f}
.r-italic{font-style:italic}.r-bold{font-weight:700}.r-underline{text-decoration:underline}.r-superscript,.r-sup{vertical-align:super;font-size:.75em;line-height:0}.r-subscript,.r-sub{vertical-align:sub;font-size:.75em;line-height:0}
.r-smallcaps,.r-sc{font-variant:small-caps}.r-strikethrough{text-decoration:line-through}q.marks-transcribed{quotes:none}.r-quoted::before{content:"\201C"}.r-quoted::after{content:"\201D"}
.list-wrap{margin:0 0 1em}.list-wrap ul,.list-wrap ol{margin:0;padding-left:1.4rem}.list-wrap li{margin:.2rem 0}
dl.gloss dt{font-weight:600}dl.gloss dd{margin:0 0 .4rem 1.2rem}
.table-wrap{overflow-x:auto;margin:0 0 1.2em}
table{border-collapse:collapse;font-size:.93rem}caption{text-align:left;font-weight:600;padding:.3rem 0}
td,th{border-bottom:1px solid var(--rule);padding:.35rem .7rem;vertical-align:top;text-align:left}th{font-family:var(--sans);font-size:.85rem}
figure{margin:1.2em 0;padding:.8rem;background:var(--tint);border-radius:6px}figcaption{font-size:.9rem}.figDesc{display:block;color:var(--muted)}
.graphic{font:.8rem var(--sans);color:var(--muted)}
.opener,.closer{margin:1em 0}
.opener .dateline,.closer .dateline{text-align:right;font-style:italic}
.salute{display:block;margin:.6em 0}.closer .salute{margin-left:45%}
.signed{display:block;margin-left:45%;font-variant:small-caps;letter-spacing:.03em}
.address{display:block;margin:0 0 1em}.addrLine{display:block}
.postscript{margin-top:1.2em}.byline,.docAuthor{font-style:italic;color:var(--muted)}
.bibl.t-source{font:.82rem/1.5 var(--sans);color:var(--muted);margin:.8em 0 1em}
.titlePage{text-align:center;margin:1.5rem 0 2.5rem}.docTitle{font-size:1.35rem;font-weight:600;margin:.5rem 0}
.supplied{color:var(--ed)}.supplied .br{color:var(--ed);opacity:.7}
.gap,.sic-mark,.query-mark,.unclear.empty{font:.78em var(--sans);color:var(--ed);white-space:nowrap}
.gap{background:#e9f2f2;border-radius:3px;padding:0 .25em;cursor:help}
.unclear{background:linear-gradient(transparent 60%,#f3e6c4 60%)}.unclear-mark{font:.65em var(--sans);vertical-align:super;color:var(--ed)}
.sic{border-bottom:1px dashed #c7a27c}
del,.del{text-decoration:line-through;text-decoration-color:var(--accent);color:var(--muted)}
ins,.add{text-decoration:none;background:#eef5e9}.add.place-above,.add.place-supralinear{vertical-align:.5em;font-size:.85em}
.space{color:var(--mark);letter-spacing:-.05em}
.choice{position:relative;border-bottom:1px dotted var(--ed);cursor:help}
.choice .alt{display:none}
.choice:hover .alt,.choice:focus .alt,.choice:focus-within .alt{display:block;position:absolute;left:0;top:calc(100% + 4px);z-index:5;width:max-content;max-width:min(22rem,80vw);background:#23211e;color:#fff;font:.8rem/1.4 var(--sans);padding:.35rem .6rem;border-radius:5px;box-shadow:0 3px 10px rgba(0,0,0,.2)}
.alt-label{opacity:.7}
.mark{font:500 .68rem/1 var(--sans);color:var(--mark);border:1px solid var(--rule);border-radius:3px;padding:.1em .35em;margin:0 .3em;white-space:nowrap;vertical-align:.15em;background:#fff}
/* furniture with words (stamps, running heads) wraps like text, within the column */
.mark:not(.pb):not(.cb){white-space:normal;overflow-wrap:anywhere;line-height:1.5;-webkit-box-decoration-break:clone;box-decoration-break:clone}
.authority{font:600 .62rem/1 var(--sans);letter-spacing:.04em;text-decoration:none;vertical-align:.2em}
a.authority-name{color:inherit;text-decoration:underline dotted var(--ed)}
.corresp-date .iso{color:var(--muted);font-variant-numeric:tabular-nums}
.fw{font-style:normal}.fw-stamp,.stamp{border-style:dashed}.opener .stamp{display:inline-block;margin:.15em 0}.fw-header,.fw-catch,.fw-pageNum{letter-spacing:.05em}
#show-marks:not(:checked) ~ .layout .mark,#show-marks:not(:checked) ~ .endnotes .mark{display:none}
.noteref-wrap{line-height:0;font:600 .7em var(--sans)}
.noteref{text-decoration:none;padding:0 .15em}.noteref:hover{text-decoration:underline}
.noteref-wrap.ed .noteref{color:var(--ed);font-style:italic}
.noteref-wrap.ed::before{content:"[";color:var(--ed)}.noteref-wrap.ed::after{content:"]";color:var(--ed)}
.footnotes,.endnotes{margin:2.2rem 0 0;padding-top:.8rem;border-top:1px solid var(--rule);font-size:.9rem;line-height:1.55}
.endnotes{max-width:66rem;margin:3rem auto 0}
.notes-title,.endnotes h2{font:600 .72rem/1 var(--sans) !important;letter-spacing:.08em;text-transform:uppercase;color:var(--muted);margin:0 0 .8rem !important}
.endnotes h3{font-size:1rem;margin:1.2rem 0 .4rem}
ol.notes{list-style:none;padding:0;margin:0}
ol.notes li{display:flex;gap:.6rem;margin:0 0 .55rem;padding:.1rem .5rem;border-radius:4px}
ol.notes li:target{background:#fff3cf}
.note-back{flex:none;min-width:1.6rem;font:600 .8rem/1.9 var(--sans);text-decoration:none}
.note-body{flex:1;min-width:0}.note-body p{margin:0 0 .4em}
li.note-ed{background:#eef5f5;border-left:3px solid var(--ed)}li.note-ed .note-back{color:var(--ed)}
.note-kind{font:600 .72rem var(--sans);letter-spacing:.04em;text-transform:uppercase;color:var(--ed)}
.note-empty{color:var(--muted);font-style:italic}
.colophon{max-width:66rem;margin:3rem auto 0;padding-top:1rem;border-top:1px solid var(--rule);font:.78rem var(--sans);color:var(--muted)}
.foreign{outline:1px dashed var(--rule)}
table.index{width:100%;font-size:.9rem}table.index td.num{text-align:right;font-variant-numeric:tabular-nums}
.site-list{max-width:66rem;margin:0 auto}
.persons-index{list-style:none;padding:0;margin:0 0 2rem}.persons-index > li{margin:0 0 1.1rem;break-inside:avoid}
.persons-index .person-name{color:var(--who)}
.appearances{list-style:none;padding-left:1.1rem;margin:.2rem 0 0;font-size:.95rem}.appearances > li{margin:.25rem 0}
.places{padding-left:1.2rem;margin:.1rem 0;font:.85rem/1.5 var(--sans)}.places .counts{color:var(--muted)}
@media print{
  body{background:#fff;font-size:11pt;padding:0}
  .marks-toggle,.marks-label,.skip,.persons details,.side{display:none}
  .layout{display:block}
  a{color:inherit;text-decoration:none}
  .choice{border:0}.choice .alt{display:inline;position:static;background:none;color:inherit;box-shadow:none;padding:0;font:inherit}
  .choice .alt .vh{position:static;width:auto;height:auto;clip:auto}
  .footnotes,.endnotes,ol.notes li{break-inside:avoid-page}
  .sp{break-inside:avoid}
  h2,h3{break-after:avoid}
}
]]></xsl:variable>
</xsl:stylesheet>
