import { useMemo } from 'react';
import { softHyphen, withSoftHyphens } from './compoundBreaks';

/**
 * Text whose compounds carry soft hyphens, each compound in a span of its own: a heading's CSS
 * keeps them whole (`hyphens: none`), and useFittedType lets one break (`hyphens: manual`) only
 * when it is wider than its line even at the smallest size allowed. Otherwise the browser would
 * break any compound at the end of a line ("Kostnader och stats-/bidrag") that fits the next.
 */
export function CompoundText({ text }: { text: string }) {
  const pieces = useMemo(() => withSoftHyphens(text).split(/(\S*\u00ad\S*)/u), [text]);
  return (
    <>
      {pieces.map((piece, i) =>
        piece.includes(softHyphen) ? (
          <span key={i} data-compound="">
            {piece}
          </span>
        ) : (
          piece
        ),
      )}
    </>
  );
}
