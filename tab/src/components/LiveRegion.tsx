import type { ReactNode } from 'react';

/**
 * Always in the page, so screen readers announce what appears in it (an action's result);
 * a live region added together with its text is often not read.
 */
export function LiveRegion({ children }: { children: ReactNode }) {
  return (
    <div role="status" aria-live="polite" aria-atomic="true">
      {children}
    </div>
  );
}
