/**
 * Full screen needs a user gesture and may be refused (a Teams frame without `allow="fullscreen"`);
 * then the presentation simply fills the viewport, so a refusal is not an error.
 */
export function enterFullscreen(): void {
  if (!document.fullscreenEnabled || document.fullscreenElement) return;
  document.documentElement.requestFullscreen().catch(() => undefined);
}

export function leaveFullscreen(): void {
  if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
}
