// The console forbids style="…" attributes (Content-Security-Policy): this wraps ctx.h so that a `style`
// entry is applied through the CSSOM (el.style), which the policy allows.

export function styled(h) {
  return (tag, attrs, ...children) => {
    const {style, ...rest} = attrs || {};
    const el = h(tag, rest, ...children);
    if (style) el.style.cssText = style;
    return el;
  };
}
