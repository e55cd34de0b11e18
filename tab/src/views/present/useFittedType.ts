import { type RefObject, useLayoutEffect } from 'react';
import { softHyphen } from './compoundBreaks';
import { fittedSize, type TypeFloors } from './fittedSize';

/**
 * Shrinks type, within its floors, so that the longest word fits its box, and lets a compound
 * break only where it is wider than its line (CompoundText); done again whenever the box or the
 * window changes. The element itself is fitted, or, given `selector`, the elements in it that
 * match, all to the one size the tightest of them needs: tiles side by side read as a set only
 * when their names are set alike. `text` is what is shown, so new text is fitted anew.
 */
export function useFittedType(
  ref: RefObject<HTMLElement | null>,
  text: string,
  floors: TypeFloors,
  selector?: string,
): void {
  const { words, parts } = floors;
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || text === '') return;
    let live = true;
    let fittedFor = '';
    const fit = (force = false) => {
      // Heights follow the font size; only a new width or viewport (base sizes are in vw and
      // vh) calls for measuring again, so a fit never sets off another.
      const box = `${element.clientWidth}x${window.innerWidth}x${window.innerHeight}`;
      if (!live || (box === fittedFor && !force)) return;
      fittedFor = box;
      const targets = selector ? [...element.querySelectorAll<HTMLElement>(selector)] : [element];
      fitTogether(targets, { words, parts });
    };
    fit(true);
    const observer = new ResizeObserver(() => fit());
    observer.observe(element);
    const onResize = () => fit();
    window.addEventListener('resize', onResize);
    // Widths measured before a web font arrives are the fallback font's.
    void document.fonts?.ready.then(() => fit(true));
    return () => {
      live = false;
      observer.disconnect();
      window.removeEventListener('resize', onResize);
    };
  }, [ref, text, words, parts, selector]);
}

function fitTogether(elements: HTMLElement[], floors: TypeFloors): void {
  for (const element of elements) element.style.fontSize = '';
  const fits = elements.map((element) => ({ element, ...fitOf(element, floors) }));
  const scale = Math.min(1, ...fits.map((fit) => fit.scale));
  for (const { element, base, room, compounds } of fits) {
    if (scale < 1) element.style.fontSize = `${Math.floor(base * scale * 10) / 10}px`;
    // A compound (CompoundText) breaks at its soft hyphens only if it cannot have a line to itself.
    for (const { span, width } of compounds) span.style.hyphens = width * scale > room ? 'manual' : '';
  }
}

type Fit = {
  base: number;
  room: number;
  /** The share of the base size at which the element's words fit. */
  scale: number;
  /** The element's compounds, and their widths unbroken at the base size. */
  compounds: { span: HTMLElement; width: number }[];
};

function fitOf(element: HTMLElement, floors: TypeFloors): Fit {
  const style = getComputedStyle(element);
  const base = Number.parseFloat(style.fontSize);
  const inner =
    element.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
  // Canvas widths leave out the layout's rounding and kerning across a line: keep a little slack.
  const room = inner * 0.98 - 1;
  const width = textWidth(style);
  if (!width || !Number.isFinite(base) || base <= 0 || room <= 0)
    return { base, room, scale: 1, compounds: [] };
  const whole = (text: string) => width(text.replaceAll(softHyphen, ''));
  const runs = (element.textContent ?? '').split(/\s+/).flatMap((word) => word.split(/(?<=[-‐])/));
  let widestWord = 0;
  let widestPart = 0;
  for (const run of runs) {
    if (run === '') continue;
    widestWord = Math.max(widestWord, whole(run));
    const pieces = run.split(softHyphen);
    pieces.forEach((piece, i) => {
      widestPart = Math.max(widestPart, width(i < pieces.length - 1 ? `${piece}-` : piece));
    });
  }
  const compounds = [...element.querySelectorAll<HTMLElement>('[data-compound]')].map((span) => ({
    span,
    width: whole(span.textContent ?? ''),
  }));
  const scale = fittedSize({ base, room, widestWord, widestPart }, floors) / base;
  return { base, room, scale, compounds };
}

let canvas: CanvasRenderingContext2D | null | undefined;

/** Measures text in the element's font at its base size; null where a canvas cannot be had. */
function textWidth(style: CSSStyleDeclaration): ((text: string) => number) | null {
  canvas ??= document.createElement('canvas').getContext('2d');
  const context = canvas;
  if (!context) return null;
  context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  return (text) => context.measureText(text).width;
}
