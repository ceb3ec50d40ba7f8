// The widget's styles, inside its shadow root. `:host` resets everything the host page could pass
// down (with !important, which beats the page's own rules on the element); sites theme the widget
// through the --chorus-* custom properties and ::part(), never by reaching inside.
export const STYLES = `
:host{all:initial!important;display:block!important;contain:content}
:host([hidden]){display:none!important}
.w{--t:var(--chorus-color-text,#1a1a1a);--b:var(--chorus-color-background,#fff);--a:var(--chorus-color-accent,#1d4ed8);--at:var(--chorus-color-accent-text,#fff);--m:var(--chorus-color-muted,#4b5563);--l:var(--chorus-color-border,#6b7280);--e:var(--chorus-color-error,#b91c1c);--r:var(--chorus-radius,6px);
font:16px/1.5 var(--chorus-font,system-ui,-apple-system,"Segoe UI","Noto Sans KR","Noto Sans JP",sans-serif);color:var(--t);background:var(--b);border:1px solid var(--l);border-radius:var(--r);padding:1.25em;max-width:40em;box-sizing:border-box;text-align:start}
:host([theme=dark]) .w{--t:var(--chorus-color-text,#f3f4f6);--b:var(--chorus-color-background,#111827);--a:var(--chorus-color-accent,#93c5fd);--at:var(--chorus-color-accent-text,#111827);--m:var(--chorus-color-muted,#d1d5db);--l:var(--chorus-color-border,#9ca3af);--e:var(--chorus-color-error,#fca5a5)}
*,*::before,*::after{box-sizing:inherit}
h2{font-size:1.35em;line-height:1.25;margin:0 0 .5em}
h3{font-size:1.15em;margin:0 0 .5em}
p{margin:0 0 .75em}
.to,.goal{color:var(--m)}
.bar{height:.6em;border-radius:var(--r);background:var(--l);background:color-mix(in srgb,var(--l) 35%,transparent);overflow:hidden;margin:.25em 0}
.bar>span{display:block;height:100%;background:var(--a);min-width:2px}
.count{font-size:1.1em;margin:.75em 0 0}
form{margin-top:1em}
form>*{margin:0 0 .75em}
label{display:block;font-weight:600}
.check{display:flex;gap:.5em;align-items:flex-start;font-weight:400}
.check input{margin:.3em 0 0;width:1.1em;height:1.1em;flex:none;accent-color:var(--a)}
input,select,textarea{font:inherit;color:var(--t);background:var(--b);border:1px solid var(--l);border-radius:var(--r);padding:.45em .6em;width:100%;margin-top:.2em}
textarea{min-height:4.5em;resize:vertical}
[aria-invalid=true]{border-color:var(--e);border-width:2px}
:focus-visible{outline:3px solid var(--a);outline-offset:2px}
button,.share a{font:inherit;font-weight:600;border-radius:var(--r);cursor:pointer}
button{background:var(--a);color:var(--at);border:0;padding:.65em 1.2em}
button[aria-disabled=true]{cursor:progress}
.link{background:none;color:var(--a);padding:.2em 0;text-decoration:underline}
.err{color:var(--e);font-weight:600;margin:.25em 0 0}
.err:empty,.note:empty{margin:0}
.trap{position:absolute!important;left:-10000px!important;width:1px;height:1px;overflow:hidden}
.share{display:flex;flex-wrap:wrap;gap:.5em;padding:0;margin:0;list-style:none}
.share a,.share button{display:inline-block;padding:.4em .8em;border:1px solid var(--a);color:var(--a);background:none;text-decoration:none}
details{margin:.5em 0}
summary{cursor:pointer;color:var(--a);font-weight:600}
`;
